import { beforeAll, describe, expect, it } from "vitest";
import { json, requestBody } from "../support/stack.ts";
import { fireUntil } from "../support/chat.ts";
import { useTestStack } from "../support/use-test-stack.ts";
import { saveLink } from "@coffeechat/core";
import { demoLink } from "../../infra/demo.ts";

const t = useTestStack({ now: "2026-12-01T12:00:00Z" });

beforeAll(async () => {
  await saveLink(t.stack.deps.store, { ...demoLink, slug: "one-a-day", maxPerDay: 1, maxPerWeek: 3 });
});

const post = (start: string, email: string) =>
  fetch(t.stack.url("/api/v1/links/demo/one-a-day/requests"), json(requestBody(start, { email })));

describe("caps hold under races", () => {
  it("two guests racing for different slots of a day with room for one: one wins", async () => {
    for (const [i, day] of ["2026-12-08", "2026-12-09", "2026-12-10"].entries()) {
      const results = await Promise.all([post(`${day}T15:00:00.000Z`, `a${i}@example.com`), post(`${day}T18:00:00.000Z`, `b${i}@example.com`)]);
      expect(results.map((r) => r.status).sort()).toEqual([202, 409]);
    }
    // Three chats this week: the weekly cap closes the other days too.
    expect((await post("2026-12-11T15:00:00.000Z", "c@example.com")).status).toBe(409);
  });

  it("a request that lets its slot go gives its place back", async () => {
    // Nobody confirmed: the requests expire after 30 minutes, and the week opens again.
    await fireUntil(t.stack, "2026-12-01T12:31:00Z");
    expect((await post("2026-12-11T15:00:00.000Z", "d@example.com")).status).toBe(202);
  });
});

describe("saving a link", () => {
  it("refuses rules that make no sense, naming each field, and stores nothing", async () => {
    const bad = {
      ...demoLink,
      slug: "broken",
      timeZone: "Mars/Olympus",
      durationMinutes: 25 as never,
      weeklyHours: { 1: [{ start: "17:00", end: "09:00" }] },
      formats: [],
    };
    const error = await saveLink(t.stack.deps.store, bad).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "INVALID_INPUT" });
    const paths = (error as { details: { issues: { path: string }[] } }).details.issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["timeZone", "durationMinutes", "formats"]));
    expect(paths.some((p) => p.startsWith("weeklyHours"))).toBe(true);
    expect(await t.stack.deps.store.getLink("demo", "broken")).toBeUndefined();
  });
});
