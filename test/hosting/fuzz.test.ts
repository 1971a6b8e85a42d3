import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lastLinks } from "../support/chat.ts";
import { press } from "../support/links.ts";
import { json, requestBody } from "../support/stack.ts";
import { useTestStack } from "../support/use-test-stack.ts";
import { hostileString as hostile } from "../support/hostile.ts";
import { becomeHost, minimalLink, signIn } from "../support/accounts.ts";
import { rawPost } from "../support/raw-post.ts";

const t = useTestStack({ now: "2026-12-01T12:00:00Z" });
const RUNS = 150;

const hostileString = hostile("../../etc/passwd", "HOST#demo", "%00", "🙂".repeat(50));
const anyJson = fc.jsonValue({ maxDepth: 3 });
const mutate = (base: Record<string, unknown>) =>
  fc
    .record({ field: fc.constantFrom(...Object.keys(base), "__proto__", "constructor", "handle", "owner"), value: fc.oneof(hostileString, anyJson) })
    .map(({ field, value }) => JSON.stringify({ ...base, [field]: value }));
const bodies = (base: Record<string, unknown>) => fc.oneof(mutate(base), anyJson.map((v) => JSON.stringify(v)), hostileString);
const contentType = fc.constantFrom("application/json", "text/plain", "application/x-www-form-urlencoded");

/** Every answer is a 2xx (the random value happened to be valid) or a 4xx with a code, never a 5xx. */
async function expectClientError(res: Response, sent: string) {
  expect(res.status, sent).toBeLessThan(500);
  if (res.status < 400) return false;
  const body = (await res.json()) as any;
  expect(body.error.code, sent).toBeTypeOf("string");
  if (body.error.code === "INVALID_INPUT") expect(body.error.issues.length, sent).toBeGreaterThan(0);
  return true;
}

describe("hostile input on every new route: a 4xx naming the field, and nothing written", () => {
  it("account, links, tokens and request actions", async () => {
    const host = await becomeHost(t.stack, t.mail, "fuzz@example.com", "fuzz-host");
    const { token } = (await (await host.me("/api/v1/me/tokens", { method: "POST", body: { name: "fuzz" } })).json()) as any;
    await host.me("/api/v1/me/links", { method: "POST", body: minimalLink("chat") });
    const { id } = (await (await fetch(t.stack.url("/api/v1/links/fuzz-host/chat/requests"), json(requestBody("2026-12-07T09:00:00.000Z", { email: "fz@example.com" })))).json()) as any;
    await press((await lastLinks(t.mail, "fz@example.com"))["confirm_email"]!);
    const key = host.profile.id as string;
    const deps = t.stack.deps;
    /** What each route could change, read back: it must not move on a 4xx. */
    const state = async () =>
      JSON.stringify([
        await deps.accounts.getAccount(key),
        await deps.hosts.listLinks(key),
        (await deps.accounts.listCredentials(key, "token")).map((c) => c.id),
        await deps.store.getRequest(id),
      ]);
    const routes: [string, string, Record<string, unknown>][] = [
      ["PUT", "/api/v1/me", { name: "Fuzz Host", headline: "Tester", timeZone: "Europe/London" }],
      ["POST", "/api/v1/me/links", minimalLink("second")],
      ["PUT", "/api/v1/me/links/chat", { title: "Renamed", durationMinutes: 30 }],
      ["POST", "/api/v1/me/tokens", { name: "another" }],
      ["POST", `/api/v1/me/requests/${id}/decline`, { note: "Sorry" }],
      ["POST", `/api/v1/me/requests/${id}/reschedule`, { start: "2026-12-08T09:00:00Z" }],
      ["POST", `/api/v1/me/requests/${id}/cancel`, { note: "Sorry" }],
    ];
    for (const [method, path, base] of routes) {
      let before = await state();
      await fc.assert(
        fc.asyncProperty(bodies(base), contentType, async (text, type) => {
          const res = await fetch(t.stack.url(path), { method, headers: { authorization: `Bearer ${token}`, "content-type": type }, body: text });
          const refused = await expectClientError(res, `${method} ${path} ${text.slice(0, 200)}`);
          const after = await state();
          if (refused) expect(after, `${method} ${path} wrote on a ${res.status}: ${text.slice(0, 200)}`).toBe(before);
          before = after;
        }),
        { numRuns: RUNS },
      );
    }
  }, 600_000);

  it("sign-in: hostile addresses and codes make no account and no session", async () => {
    const before = await t.stack.keys("EMAIL#", "ACCOUNT#");
    for (const path of ["/api/v1/auth/start", "/api/v1/auth/verify"]) {
      await fc.assert(
        fc.asyncProperty(bodies({ email: "fuzz-signin@example.com", code: "123456" }), contentType, async (text, type) => {
          const res = await fetch(t.stack.url(path), { method: "POST", headers: { "content-type": type }, body: text });
          await expectClientError(res, `${path} ${text.slice(0, 200)}`);
        }),
        { numRuns: RUNS },
      );
    }
    expect(await t.stack.keys("EMAIL#", "ACCOUNT#")).toEqual(before);
  }, 600_000);

  it("odd handles, slugs and ids in paths are 4xx, never found or a 5xx", async () => {
    const host = await becomeHost(t.stack, t.mail, "paths@example.com", "paths-host");
    // "." and ".." are resolved by every HTTP client before a request is sent; they name no segment.
    const segment = fc.oneof(
      hostileString.filter((s) => s.length > 0 && s !== "." && s !== ".."),
      fc.constantFrom("%2e%2e", "%2F", "a%00b", "CHAT", "chat ", "-", "x".repeat(300), "demo", "HANDLE#demo"),
    );
    await fc.assert(
      fc.asyncProperty(segment, fc.constantFrom("GET", "PUT", "DELETE", "POST"), async (raw, method) => {
        const seg = encodeURIComponent(raw);
        for (const path of [`/api/v1/me/links/${seg}`, `/api/v1/me/requests/${seg}/accept`, `/api/v1/me/tokens/${seg}`, `/${seg}/${seg}`, `/api/v1/links/${seg}/chat`]) {
          const res = await host.me(path, { method, ...(method === "PUT" || method === "POST" ? { body: { title: "x" } } : {}) });
          expect(res.status, `${method} ${path}`).toBeGreaterThanOrEqual(400);
          expect(res.status, `${method} ${path}`).toBeLessThan(500);
        }
      }),
      { numRuns: 80 },
    );
  }, 600_000);

  it("a 1 MB body is refused naming the body, on every route", async () => {
    const host = await becomeHost(t.stack, t.mail, "big@example.com", "big-host");
    const big = JSON.stringify({ name: "x".repeat(1024 * 1024) });
    for (const [method, path] of [
      ["POST", "/api/v1/auth/start"],
      ["POST", "/api/v1/auth/verify"],
      ["PUT", "/api/v1/me"],
      ["POST", "/api/v1/me/links"],
      ["PUT", "/api/v1/me/links/chat"],
      ["POST", "/api/v1/me/tokens"],
      ["POST", "/api/v1/me/requests/0123456789abcdef0123456789abcdef/decline"],
      ["POST", "/onboarding"],
      ["POST", "/dashboard/links/new"],
      ["POST", "/settings/profile"],
      ["POST", "/signin"],
    ] as const) {
      const res = await rawPost(
        t.stack.url(path),
        { cookie: host.cookie, origin: t.stack.appUrl, "content-type": path.startsWith("/api/") ? "application/json" : "application/x-www-form-urlencoded" },
        path.startsWith("/api/") ? big : `name=${"x".repeat(1024 * 1024)}`,
        method,
      );
      expect(res.status, path).toBe(400);
      if (path.startsWith("/api/")) expect(JSON.parse(res.text).error.issues[0].path, path).toBe("body");
      else expect(res.text, path).toContain("larger than 64 KiB");
    }
  });

  it("random form posts to the new pages never reach a 5xx", async () => {
    const newcomer = await signIn(t.stack, t.mail, "forms@example.com");
    const host = await becomeHost(t.stack, t.mail, "forms-host@example.com", "forms-host");
    await host.me("/api/v1/me/links", { method: "POST", body: minimalLink("chat") });
    const formBody = fc.dictionary(
      fc.constantFrom("name", "headline", "timeZone", "handle", "template", "format", "details", "title", "durationMinutes", "h1_0_start", "h1_0_end", "overrides", "bufferAfterMinutes", "maxPerDay", "bank", "followUps", "intent", "email", "code", "confirm", "note", "about", "next"),
      hostileString,
    );
    await fc.assert(
      fc.asyncProperty(formBody, fc.constantFrom("/onboarding", "/dashboard/links/new", "/dashboard/links/chat", "/settings/profile", "/signin", "/signin/code", "/settings/tokens"), async (fields, path) => {
        const cookie = path === "/onboarding" ? newcomer.cookie : host.cookie;
        const res = await fetch(t.stack.url(path), {
          method: "POST",
          headers: { cookie, origin: t.stack.appUrl },
          body: new URLSearchParams(fields),
          redirect: "manual",
        });
        expect(res.status, `${path} ${JSON.stringify(fields).slice(0, 300)}`).toBeLessThan(500);
      }),
      { numRuns: 200 },
    );
  }, 600_000);
});
