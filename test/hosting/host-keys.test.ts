import { describe, expect, it } from "vitest";
import { MINUTE, resolveHandle } from "@coffeechat/core";
import { createApp, type AppDeps } from "@coffeechat/functions";
import { hostKeys } from "../../packages/functions/src/host-keys.ts";
import { becomeHost, minimalLink } from "../support/accounts.ts";
import { useTestStack } from "../support/use-test-stack.ts";

const t = useTestStack({ now: "2026-12-01T12:00:00Z" });

/** The app's deps with the handle reads counted (the reads themselves go to DynamoDB Local). */
function counted(): { deps: AppDeps; reads: () => number } {
  let reads = 0;
  const { hosts } = t.stack.deps;
  const deps: AppDeps = {
    ...t.stack.deps,
    hosts: Object.assign(Object.create(hosts), { getHandle: (handle: string) => (reads++, hosts.getHandle(handle)) }),
  };
  return { deps, reads: () => reads };
}

describe("a handle → host key (the API and the booking pages), kept a few minutes", () => {
  it("reads an active handle once within five minutes, and again after", async () => {
    await becomeHost(t.stack, t.mail, "kept@example.com", "kept-handle");
    const { deps, reads } = counted();
    const keyOf = hostKeys(deps);
    const key = await keyOf("kept-handle");
    expect(key).toBe((await resolveHandle(t.stack.deps, "kept-handle", t.now)).key);
    expect(await keyOf("kept-handle")).toBe(key);
    expect(reads()).toBe(1);
    t.now += 5 * MINUTE;
    try {
      expect(await keyOf("kept-handle")).toBe(key);
      expect(reads()).toBe(2);
    } finally {
      t.now -= 5 * MINUTE;
    }
    // The clock went back: not trusted, read again.
    expect(await keyOf("kept-handle")).toBe(key);
    expect(reads()).toBe(3);
  });

  it("one per app: a booking page and the API ask for the same handle with one read between them", async () => {
    const host = await becomeHost(t.stack, t.mail, "shared@example.com", "shared-handle");
    expect((await host.me("/api/v1/me/links", { method: "POST", body: minimalLink("chat") })).status).toBe(201);
    const { deps, reads } = counted();
    const app = createApp(deps);
    expect((await app.request("/shared-handle/chat?tz=UTC")).status).toBe(200);
    expect((await app.request("/api/v1/links/shared-handle/chat")).status).toBe(200);
    expect(reads()).toBe(1);
  });

  it("a renamed handle still names the same host; a handle given up is read every time; an unknown one is never kept", async () => {
    const host = await becomeHost(t.stack, t.mail, "renamer@example.com", "before-rename");
    const { deps, reads } = counted();
    const keyOf = hostKeys(deps);
    const key = await keyOf("before-rename");
    expect((await host.me("/api/v1/me", { method: "PUT", body: { handle: "after-rename" } })).status).toBe(200);
    // Kept: the key it names is the same, whoever asks within the 30 days nobody else may take it.
    expect(await keyOf("before-rename")).toBe(key);
    expect(await keyOf("after-rename")).toBe(key);
    const before = reads();
    t.now += 6 * MINUTE;
    try {
      expect(await keyOf("before-rename")).toBe(key);
      expect(await keyOf("before-rename")).toBe(key);
      expect(reads()).toBe(before + 2);
      await expect(keyOf("nobody-here")).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(keyOf("nobody-here")).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect(reads()).toBe(before + 4);
    } finally {
      t.now -= 6 * MINUTE;
    }
  });
});
