import { describe, expect, it } from "vitest";
import { KeptAtMost } from "./kept-at-most.ts";

describe("KeptAtMost", () => {
  it("keeps at most its bound, dropping the entry used longest ago", () => {
    const kept = new KeptAtMost<string, number>(2);
    kept.set("a", 1);
    kept.set("b", 2);
    expect(kept.get("a")).toBe(1); // a is now newer than b
    kept.set("c", 3);
    expect(kept.size).toBe(2);
    expect([kept.get("a"), kept.get("b"), kept.get("c")]).toEqual([1, undefined, 3]);
  });

  it("makes a value once, and keeps an undefined one too", () => {
    const kept = new KeptAtMost<string, string | undefined>(4);
    let made = 0;
    const make = () => (made++, undefined);
    expect(kept.getOr("x", make)).toBeUndefined();
    expect(kept.getOr("x", make)).toBeUndefined();
    expect(made).toBe(1);
    kept.delete("x");
    kept.getOr("x", make);
    expect(made).toBe(2);
  });
});
