import { describe, expect, it } from "vitest";
import { lazyPort, whenLoaded } from "./lazy-port.ts";

interface Greeter {
  greet(name: string): Promise<string>;
}

describe("a lazy port", () => {
  it("loads its adapter on the first call, once, and forwards every call to it", async () => {
    let loads = 0;
    const port = lazyPort<Greeter>(async () => {
      loads++;
      return { greet: async (name) => `hello ${name}` };
    });
    expect(loads).toBe(0);
    expect(await Promise.all([port.greet("a"), port.greet("b")])).toEqual(["hello a", "hello b"]);
    expect(loads).toBe(1);
  });

  it("is no promise to whoever awaits it, and shows the real adapter to a watcher before its first call", async () => {
    const calls: string[] = [];
    const adapter = { greet: async (name: string) => (calls.push(`call ${name}`), name) };
    const port = lazyPort<Greeter>(async () => adapter);
    expect(await Promise.resolve(port)).toBe(port);
    expect(whenLoaded(port, (real) => calls.push(real === adapter ? "watched" : "other"))).toBe(true);
    expect(whenLoaded(adapter, () => {})).toBe(false);
    await port.greet("x");
    expect(calls).toEqual(["watched", "call x"]);
  });

  it("shows the adapter at once to a watcher that comes after it loaded", async () => {
    const adapter = { greet: async (name: string) => name };
    const port = lazyPort<Greeter>(async () => adapter);
    await port.greet("first");
    let seen: object | undefined;
    expect(whenLoaded(port, (real) => (seen = real))).toBe(true);
    expect(seen).toBe(adapter);
  });

  it("passes on a failure to load to every caller", async () => {
    const port = lazyPort<Greeter>(async () => {
      throw new Error("no module");
    });
    await expect(port.greet("a")).rejects.toThrow("no module");
    await expect(port.greet("b")).rejects.toThrow("no module");
  });
});
