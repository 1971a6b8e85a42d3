import { beforeAll, describe, expect, it } from "vitest";
import { json, requestBody } from "../support/stack.ts";
import { fireUntil } from "../support/chat.ts";
import { useTestStack } from "../support/use-test-stack.ts";
import { MINUTE, saveLink } from "@coffeechat/core";
import { aRequest } from "../support/fixtures.ts";
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

describe("caps count chats outside the days shown", () => {
  // Slots are read for the days shown only, plus the host-local days and ISO weeks their caps count.
  const slotsOn = async (slug: string, from: string, to: string, timeZone = "America/New_York") => {
    const res = await fetch(t.stack.url(`/api/v1/links/demo/${slug}/slots?from=${from}&to=${to}&timeZone=${encodeURIComponent(timeZone)}`));
    expect(res.status).toBe(200);
    return ((await res.json()) as { slots: { start: string }[] }).slots.map((s) => s.start);
  };
  const chat = async (slug: string, id: string, start: string) => {
    const at = Date.parse(start);
    const request = aRequest({ id, handle: "demo", slug, status: "accepted", start: at, end: at + 20 * MINUTE });
    await t.stack.deps.store.createRequest(request, { start: request.start, end: request.end + 10 * MINUTE });
  };

  it("a week's cap is full with chats on days not asked for; the week before does not count", async () => {
    // Mon 2027-01-11 … Sun 2027-01-17 in New York: two chats a week at most.
    await saveLink(t.stack.deps.store, { ...demoLink, slug: "weekly", maxPerWeek: 2 });
    await chat("weekly", "cap-prev-week", "2027-01-08T15:00:00Z"); // Friday of the week before
    await chat("weekly", "cap-monday", "2027-01-11T15:00:00Z");
    expect(await slotsOn("weekly", "2027-01-15", "2027-01-15")).not.toEqual([]);
    await chat("weekly", "cap-tuesday", "2027-01-12T15:00:00Z");
    expect(await slotsOn("weekly", "2027-01-15", "2027-01-15")).toEqual([]);
    // Saturday the 16th in Tokyo is Friday from 10:00 in New York: the same full week.
    expect(await slotsOn("weekly", "2027-01-16", "2027-01-16", "Asia/Tokyo")).toEqual([]);
    expect(await slotsOn("weekly", "2027-01-18", "2027-01-18")).not.toEqual([]);
    // The booking page reads the same way.
    const offered = async (week: string) => {
      const page = await (await fetch(t.stack.url(`/demo/weekly?tz=Asia/Tokyo&week=${week}`))).text();
      return [...page.matchAll(/name="start" value="([^"]+)"/g)].length;
    };
    expect(await offered("2027-01-11")).toBe(0);
    expect(await offered("2027-01-18")).toBeGreaterThan(0);
  });

  it("a day's cap is full with a chat before the hours asked for", async () => {
    await saveLink(t.stack.deps.store, { ...demoLink, slug: "daily", maxPerDay: 1 });
    // Thursday the 21st in Tokyo is New York's Wednesday from 10:00 to Thursday 10:00; the chat is at 09:00 on Wednesday.
    await chat("daily", "cap-day", "2027-01-20T14:00:00Z");
    const starts = await slotsOn("daily", "2027-01-21", "2027-01-21", "Asia/Tokyo");
    expect(starts).toEqual(["2027-01-21T14:00:00.000Z", "2027-01-21T14:30:00.000Z"]); // Thursday 09:00 and 09:30 in New York only
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
