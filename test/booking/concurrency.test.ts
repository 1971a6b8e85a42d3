import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, requestBody, startTestStack, type TestStack } from "../support/stack.ts";
import { demoLink } from "../../infra/demo.ts";

let stack: TestStack;
const now = Date.parse("2026-12-01T12:00:00Z");
beforeAll(async () => {
  stack = await startTestStack({ clock: () => now });
  // A second, longer link of the same host: its chats overlap the 20-minute ones in other ways.
  await stack.deps.store.putLink({ ...demoLink, slug: "long", durationMinutes: 45, slotStepMinutes: 15 });
});
afterAll(() => stack?.stop());

const post = (slug: string, body: unknown) => fetch(stack.url(`/api/v1/links/demo/${slug}/requests`), json(body));

describe("one slot, many guests", () => {
  it("100 concurrent requests for one slot: exactly one 202, the rest 409 or 429, never a 5xx", async () => {
    const start = "2026-12-08T15:00:00.000Z";
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, i) => post("coffee", requestBody(start, { email: `guest${i}@example.com` }))),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 202)).toHaveLength(1);
    expect(statuses.every((s) => s === 202 || s === 409 || s === 429)).toBe(true);

    const slots = (await (
      await fetch(stack.url("/api/v1/links/demo/coffee/slots?from=2026-12-08&to=2026-12-08&timeZone=UTC"))
    ).json()) as any;
    expect(slots.slots.map((s: any) => s.start)).not.toContain(start);
    expect((await stack.keys("REQ#")).filter((k) => k.endsWith("|REQ"))).toHaveLength(1);
  });

  it("overlapping slots of different lengths never both win", async () => {
    // 45 minutes from 10:00 EST covers the 20-minute slots at 10:00 and 10:30 EST.
    const results = await Promise.all([
      post("long", requestBody("2026-12-09T15:00:00.000Z", { email: "long@example.com" })),
      post("coffee", requestBody("2026-12-09T15:30:00.000Z", { email: "short@example.com" })),
      post("coffee", requestBody("2026-12-09T15:00:00.000Z", { email: "short2@example.com" })),
    ]);
    const won = results.filter((r) => r.status === 202);
    expect(won).toHaveLength(1);
    expect(results.every((r) => r.status === 202 || r.status === 409)).toBe(true);
  });
});
