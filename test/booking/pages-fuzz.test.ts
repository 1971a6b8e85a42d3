import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { json, requestBody } from "../support/stack.ts";
import { actionLinks } from "../support/links.ts";
import { useTestStack } from "../support/use-test-stack.ts";

const t = useTestStack({ now: "2026-12-01T12:00:00Z" });

let realToken = "";
beforeAll(async () => {
  await fetch(t.stack.url("/api/v1/links/demo/coffee/requests"), json(requestBody("2026-12-08T15:00:00.000Z", { email: "fuzz@example.com" })));
  const confirm = (await t.stack.emails()).find((m) => m.destination.to.some((t) => t.includes("fuzz@example.com")))!;
  realToken = actionLinks(confirm.body.text ?? "")["confirm_email"]!.split("/a/")[1]!;
});

const text = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom("<script>", "%00", "..%2F..%2F", "9999-99-99", "2026-02-30", "Mars/Olympus", "Europe/London", "\u202e", "a".repeat(3000)),
);

describe("pages under random and hostile input", () => {
  it("never answer with a 5xx", async () => {
    const request = fc.oneof(
      fc.record({ week: text, tz: text }).map(({ week, tz }) => ({
        method: "GET",
        path: `/demo/coffee?week=${encodeURIComponent(week)}&tz=${encodeURIComponent(tz)}`,
      })),
      text.map((t) => ({ method: "GET", path: `/${encodeURIComponent(t)}/${encodeURIComponent(t)}` })),
      text.map((t) => ({ method: "GET", path: `/a/${encodeURIComponent(t)}` })),
      fc.record({ tamper: fc.nat({ max: 200 }), c: fc.string({ minLength: 1, maxLength: 1 }) }).map(({ tamper, c }) => {
        const i = tamper % realToken.length;
        return { method: "POST", path: `/a/${realToken.slice(0, i)}${encodeURIComponent(c)}${realToken.slice(i + 1)}` };
      }),
      fc.dictionary(fc.constantFrom("start", "name", "email", "background", "purpose", "format", "bankQuestions", "notAJob", "links", "website"), text).map((fields) => ({
        method: "POST",
        path: "/demo/coffee?tz=Europe/London",
        body: new URLSearchParams(fields).toString(),
      })),
      fc.dictionary(fc.constantFrom("note", "start", "questions", "names"), text).map((fields) => ({
        method: "POST",
        path: `/a/${realToken}x`,
        body: new URLSearchParams(fields).toString(),
      })),
    );
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const res = await fetch(t.stack.url(r.path), {
          method: r.method,
          redirect: "manual",
          // From the app's own origin, so the fuzz reaches the handlers past the csrf check.
          ...("body" in r ? { body: r.body, headers: { "content-type": "application/x-www-form-urlencoded", origin: t.stack.appUrl } } : {}),
        });
        expect(res.status, `${r.method} ${r.path}`).toBeLessThan(500);
        await res.arrayBuffer();
      }),
      { numRuns: 400 },
    );
  }, 120_000);
});
