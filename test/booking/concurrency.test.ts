import { beforeAll, describe, expect, it } from "vitest";
import { allSchedules } from "../support/chat.ts";
import { json, requestBody } from "../support/stack.ts";
import { useTestStack } from "../support/use-test-stack.ts";
import { demoLink } from "../../infra/demo.ts";

const t = useTestStack({ now: "2026-12-01T12:00:00Z" });

beforeAll(async () => {
  // A second, longer link of the same host: its chats overlap the 20-minute ones in other ways.
  await t.stack.deps.store.putLink({ ...demoLink, slug: "long", durationMinutes: 45, slotStepMinutes: 15 });
});

const post = (slug: string, body: unknown) => fetch(t.stack.url(`/api/v1/links/demo/${slug}/requests`), json(body));

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
      await fetch(t.stack.url("/api/v1/links/demo/coffee/slots?from=2026-12-08&to=2026-12-08&timeZone=UTC"))
    ).json()) as any;
    expect(slots.slots.map((s: any) => s.start)).not.toContain(start);
    expect((await t.stack.keys("REQ#")).filter((k) => k.endsWith("|REQ"))).toHaveLength(1);
    // The losers' outbox and follow-up schedules went with their answers: only the winner's are left.
    const { id } = (await responses.find((r) => r.status === 202)!.json()) as { id: string };
    const left = (await allSchedules(t.stack)).map((s) => s.Name).filter((name) => name.startsWith("cc-"));
    expect(left.length).toBeGreaterThan(0);
    expect(left.filter((name) => !name.startsWith(`cc-${id}-`))).toEqual([]);
  });

  it("overlapping slots of different lengths never both win", async () => {
    // 45 minutes from 10:00 EST covers the 20-minute slots at 10:00 and 10:30 EST.
    const results = await Promise.all([
      post("long", requestBody("2026-12-09T15:00:00.000Z", { email: "long@example.com" })),
      post("coffee", requestBody("2026-12-09T15:30:00.000Z", { email: "short@example.com" })),
      post("coffee", requestBody("2026-12-09T15:00:00.000Z", { email: "short2@example.com" })),
    ]);
    const [long, shortLater, shortEarlier] = results.map((r) => r.status === 202);
    // The two short chats do not overlap each other and may both win; the long one overlaps both.
    expect(long ? !shortLater && !shortEarlier : shortLater || shortEarlier).toBe(true);
    expect(results.every((r) => r.status === 202 || r.status === 409)).toBe(true);
  });
});

describe("a long chat against a short one that it overlaps", () => {
  it("never both win, over many rounds", async () => {
    // Each round a 45-minute and a 20-minute request race for overlapping time on a new weekday.
    const days = ["2026-12-14", "2026-12-15", "2026-12-16", "2026-12-17", "2026-12-18", "2026-12-21", "2026-12-22", "2026-12-23"];
    for (const [i, day] of days.entries()) {
      const results = await Promise.all([
        // Addresses of their own: one with an open request already (short2@, above) is answered 202
        // whatever the slot, so nobody learns which addresses have requests.
        post("long", requestBody(`${day}T15:00:00.000Z`, { email: `round-long${i}@example.com` })),
        post("coffee", requestBody(`${day}T15:30:00.000Z`, { email: `round-short${i}@example.com` })),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([202, 409]);
    }
  });
});
