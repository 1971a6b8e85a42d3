import { describe, expect, it } from "vitest";
import { DAY } from "@coffeechat/core";
import { useTestStack } from "../support/use-test-stack.ts";
import { asBrowser, becomeHost, minimalLink, signIn } from "../support/accounts.ts";

const t = useTestStack({ now: "2026-12-01T12:00:00Z" });

const issuesOf = async (res: Response) => ((await res.json()) as any).error.issues.map((i: any) => i.path);

describe("GET and PUT /api/v1/me", () => {
  it("shows the profile, handle null until chosen, and sets it (lower-cased)", async () => {
    const me = asBrowser(t.stack, (await signIn(t.stack, t.mail, "profile@example.com")).cookie);
    expect((await (await me("/api/v1/me")).json()) as any).toMatchObject({ email: "profile@example.com", handle: null, name: "" });
    const res = await me("/api/v1/me", {
      method: "PUT",
      body: { handle: "Lee-Park", name: "Lee Park", headline: "Data engineer", about: "Ask me anything.", timeZone: "Asia/Seoul" },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ handle: "lee-park", name: "Lee Park", timeZone: "Asia/Seoul", about: "Ask me anything." });
    expect((await (await me("/api/v1/me")).json()) as any).toMatchObject({ handle: "lee-park", headline: "Data engineer" });
  });

  it.each([
    [{ handle: "api" }, "handle"],
    [{ handle: "signin" }, "handle"],
    [{ handle: "x" }, "handle"],
    [{ handle: "no spaces" }, "handle"],
    [{ handle: "-dash" }, "handle"],
    [{ timeZone: "Mars/Olympus" }, "timeZone"],
    [{ name: "two\nlines" }, "name"],
    [{ email: "new@example.com" }, "body"],
    [{ handle: 42 }, "handle"],
  ])("refuses %j naming %s, and changes nothing", async (body, field) => {
    const me = asBrowser(t.stack, (await signIn(t.stack, t.mail, "refused@example.com")).cookie);
    const before = await (await me("/api/v1/me")).json();
    const res = await me("/api/v1/me", { method: "PUT", body });
    expect(res.status).toBe(400);
    const paths = await issuesOf(res);
    expect(paths.some((p: string) => p === field || (field === "body" && p.length > 0))).toBe(true);
    expect(await (await me("/api/v1/me")).json()).toEqual(before);
  });

  it("a host needs a name", async () => {
    const me = asBrowser(t.stack, (await signIn(t.stack, t.mail, "nameless@example.com")).cookie);
    const res = await me("/api/v1/me", { method: "PUT", body: { handle: "nameless" } });
    expect(res.status).toBe(400);
    expect(await issuesOf(res)).toEqual(["name"]);
  });

  it("a handle someone holds is 409 HANDLE_TAKEN", async () => {
    const me = asBrowser(t.stack, (await signIn(t.stack, t.mail, "copycat@example.com")).cookie);
    const res = await me("/api/v1/me", { method: "PUT", body: { handle: "demo", name: "Copy Cat" } });
    expect(res.status).toBe(409);
    expect(((await res.json()) as any).error).toMatchObject({ code: "HANDLE_TAKEN", issues: [{ path: "handle" }] });
  });

  it("two accounts racing for one handle: exactly one gets it", async () => {
    const [a, b] = await Promise.all([signIn(t.stack, t.mail, "race-a@example.com"), signIn(t.stack, t.mail, "race-b@example.com")]);
    const results = await Promise.all(
      [a, b].map((s) => asBrowser(t.stack, s.cookie)("/api/v1/me", { method: "PUT", body: { handle: "contested", name: "Racer" } })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
  });

  it("a booking page seen just before the rename redirects right after it (the kept host key does not hide the move)", async () => {
    const host = await becomeHost(t.stack, t.mail, "quick-mover@example.com", "seen-before");
    expect((await host.me("/api/v1/me/links", { method: "POST", body: minimalLink("chat") })).status).toBe(201);
    expect((await fetch(t.stack.url("/seen-before/chat?tz=UTC"))).status).toBe(200);
    expect((await host.me("/api/v1/me", { method: "PUT", body: { handle: "seen-after" } })).status).toBe(200);

    const moved = await fetch(t.stack.url("/seen-before/chat?tz=UTC"), { redirect: "manual" });
    expect(moved.status).toBe(301);
    expect(moved.headers.get("location")).toBe("/seen-after/chat?tz=UTC");
    expect((await fetch(t.stack.url("/seen-after/chat?tz=UTC"))).status).toBe(200);
  });

  it("a changed handle: the old one redirects for 30 days and nobody else can take it meanwhile", async () => {
    const host = await becomeHost(t.stack, t.mail, "mover@example.com", "old-name");
    expect((await host.me("/api/v1/me/links", { method: "POST", body: minimalLink("chat") })).status).toBe(201);
    expect((await host.me("/api/v1/me", { method: "PUT", body: { handle: "new-name" } })).status).toBe(200);

    const moved = await fetch(t.stack.url("/old-name/chat?tz=UTC"), { redirect: "manual" });
    expect(moved.status).toBe(301);
    expect(moved.headers.get("location")).toBe("/new-name/chat?tz=UTC");
    expect((await fetch(t.stack.url("/new-name/chat?tz=UTC"))).status).toBe(200);
    expect((await fetch(t.stack.url("/api/v1/links/old-name/chat"))).status).toBe(200);

    const other = asBrowser(t.stack, (await signIn(t.stack, t.mail, "squatter@example.com")).cookie);
    expect((await other("/api/v1/me", { method: "PUT", body: { handle: "old-name", name: "Squatter" } })).status).toBe(409);

    t.now += 30 * DAY;
    try {
      expect((await fetch(t.stack.url("/old-name/chat"), { redirect: "manual" })).status).toBe(404);
      // Sessions last 30 days too: sign in again.
      const later = asBrowser(t.stack, (await signIn(t.stack, t.mail, "squatter@example.com")).cookie);
      expect((await later("/api/v1/me", { method: "PUT", body: { handle: "old-name", name: "Squatter" } })).status).toBe(200);
      expect((await fetch(t.stack.url("/new-name/chat?tz=UTC"))).status).toBe(200);
    } finally {
      t.now -= 30 * DAY;
    }
  });

  it("switching back to one's own previous handle is allowed", async () => {
    const host = await becomeHost(t.stack, t.mail, "flipflop@example.com", "flip");
    expect((await host.me("/api/v1/me", { method: "PUT", body: { handle: "flop" } })).status).toBe(200);
    expect((await host.me("/api/v1/me", { method: "PUT", body: { handle: "flip" } })).status).toBe(200);
    expect((await fetch(t.stack.url("/api/v1/links/flop/none"))).status).toBe(404);
  });
});
