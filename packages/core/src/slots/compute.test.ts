import { describe, expect, it } from "vitest";
import { DAY, HOUR } from "../model/index.ts";
import { computeSlots } from "./compute.ts";
import { isSlotOffered } from "./offered.ts";
import { localDateWindow } from "./window.ts";
import { at, booked, iso, testRules } from "../../testing/slots/test-rules.ts";

const rules = testRules();
const monday = localDateWindow("2026-03-02", "2026-03-02", rules.timeZone);
const week = localDateWindow("2026-03-02", "2026-03-08", rules.timeZone);
const longAgo = at("2026-02-01T00:00:00Z");
const startsOf = (slots: { start: number }[]) => slots.map((s) => iso(s.start));

describe("computeSlots", () => {
  it("returns chats without buffers, sorted, inside the window", () => {
    const slots = computeSlots(rules, [], week, longAgo);
    expect(slots).toHaveLength(5 * 16);
    expect(slots[0]).toEqual({ start: at("2026-03-02T14:00:00Z"), end: at("2026-03-02T14:20:00Z") });
    expect(slots.every((s, i) => i === 0 || s.start > slots[i - 1]!.start)).toBe(true);
  });

  it("drops a slot whose chat or buffers touch busy time, and keeps the ones just clear of it", () => {
    // Busy 15:00–15:30Z: a chat at 14:30 ends 14:50, its buffer 15:00 — clear; 15:00 collides; 15:30 is clear.
    const busy = [booked("a", "2026-03-02T15:00:00Z", rules)];
    const starts = startsOf(computeSlots(rules, busy, monday, longAgo));
    expect(starts).toContain("2026-03-02T14:30:00Z");
    expect(starts).not.toContain("2026-03-02T15:00:00Z");
    expect(starts).toContain("2026-03-02T15:30:00Z");

    const withBefore = testRules({ bufferBeforeMinutes: 5 });
    const busyBefore = [{ requestId: "b", chatStart: at("2026-03-02T15:05:00Z"), start: at("2026-03-02T15:05:00Z"), end: at("2026-03-02T15:25:00Z") }];
    const startsBefore = startsOf(computeSlots(withBefore, busyBefore, monday, longAgo));
    expect(startsBefore).not.toContain("2026-03-02T15:00:00Z");
    // 15:30 occupies 15:25–16:00 and the block ends at 15:25: clear.
    expect(startsBefore).toContain("2026-03-02T15:30:00Z");
  });

  it("holds minimum notice and the rolling horizon", () => {
    const noticed = testRules({ minimumNoticeMinutes: 4 * 60 });
    const now = at("2026-03-02T12:10:00Z");
    expect(startsOf(computeSlots(noticed, [], monday, now))[0]).toBe("2026-03-02T16:30:00Z"); // 16:10Z at the earliest
    const near = testRules({ horizonDays: 2 });
    const slots = computeSlots(near, [], week, at("2026-03-02T15:00:00Z"));
    expect(iso(slots.at(-1)!.start)).toBe("2026-03-04T14:30:00Z"); // before 2026-03-04T15:00Z
    expect(slots.every((s) => s.start < at("2026-03-02T15:00:00Z") + 2 * DAY)).toBe(true);
  });

  it("follows date overrides: a day off, and other hours on a date", () => {
    const overridden = testRules({
      dateOverrides: [
        { date: "2026-03-03", ranges: [] },
        { date: "2026-03-04", ranges: [{ start: "18:00", end: "19:00" }] },
        { date: "2026-03-07", ranges: [{ start: "10:00", end: "11:00" }] },
      ],
    });
    const starts = startsOf(computeSlots(overridden, [], week, longAgo));
    expect(starts.some((s) => s.startsWith("2026-03-03"))).toBe(false);
    expect(starts.filter((s) => s.startsWith("2026-03-04"))).toEqual(["2026-03-04T23:00:00Z", "2026-03-04T23:30:00Z"]);
    expect(starts.filter((s) => s.startsWith("2026-03-07"))).toEqual(["2026-03-07T15:00:00Z", "2026-03-07T15:30:00Z"]);
  });

  it("closes a day at maxPerDay chats, counting requests rather than blocks", () => {
    const capped = testRules({ maxPerDay: 2 });
    const first = booked("a", "2026-03-02T14:00:00Z", capped);
    // One request may come back as several lock blocks: still one chat.
    const split = [{ ...first, end: first.start + HOUR / 6 }, { ...first, start: first.start + HOUR / 6 }];
    expect(computeSlots(capped, split, monday, longAgo)).toHaveLength(15);
    const two = [...split, booked("b", "2026-03-02T20:00:00Z", capped)];
    expect(computeSlots(capped, two, monday, longAgo)).toEqual([]);
    expect(computeSlots(capped, two, week, longAgo).length).toBe(4 * 16);
  });

  it("closes a week at maxPerWeek chats on the host's Monday-to-Sunday week", () => {
    const capped = testRules({ maxPerWeek: 2 });
    // Sunday 8 March 23:30 New York is Monday 03:30Z, yet it belongs to the week of 2 March.
    const busy = [booked("a", "2026-03-02T14:00:00Z", capped), booked("b", "2026-03-09T03:30:00Z", capped)];
    const twoWeeks = localDateWindow("2026-03-02", "2026-03-15", capped.timeZone);
    const starts = startsOf(computeSlots(capped, busy, twoWeeks, longAgo));
    expect(starts[0]).toBe("2026-03-09T13:00:00Z");
    expect(starts).toHaveLength(5 * 16);
  });

  it("offers nothing for an empty or past window", () => {
    expect(computeSlots(rules, [], { start: monday.start, end: monday.start }, longAgo)).toEqual([]);
    expect(computeSlots(rules, [], monday, at("2026-03-03T00:00:00Z"))).toEqual([]);
  });
});

describe("isSlotOffered", () => {
  it("accepts exactly the offered starts", () => {
    const busy = [booked("a", "2026-03-02T15:00:00Z", rules)];
    for (const slot of computeSlots(rules, busy, monday, longAgo)) expect(isSlotOffered(rules, busy, slot.start, longAgo)).toBe(true);
    expect(isSlotOffered(rules, busy, at("2026-03-02T15:00:00Z"), longAgo)).toBe(false); // taken
    expect(isSlotOffered(rules, busy, at("2026-03-02T14:10:00Z"), longAgo)).toBe(false); // off the step
    expect(isSlotOffered(rules, busy, at("2026-03-02T14:00:01Z"), longAgo)).toBe(false); // off the grid
    expect(isSlotOffered(rules, busy, at("2026-03-02T13:30:00Z"), longAgo)).toBe(false); // before hours
    expect(isSlotOffered(rules, busy, at("2026-03-07T14:00:00Z"), longAgo)).toBe(false); // Saturday
    expect(isSlotOffered(rules, busy, at("2026-03-02T14:00:00Z"), at("2026-03-02T14:00:00Z") + 1)).toBe(false); // past
  });
});

describe("the host's calendar busy time", () => {
  it("drops slots whose chat or buffers overlap it, keeps the ones just clear, and counts toward no cap", () => {
    // A meeting 15:00–15:45Z. 14:30 occupies 14:30–15:00 (20 min + 10 after): clear. 15:00 and 15:30 overlap.
    // 16:00 occupies 16:00–16:30: clear. With 5 minutes before, 16:00 starts its buffer at 15:55: still clear.
    const meeting = [{ start: at("2026-03-02T15:00:00Z"), end: at("2026-03-02T15:45:00Z") }];
    const starts = startsOf(computeSlots(rules, [], monday, longAgo, meeting));
    expect(starts).toContain("2026-03-02T14:30:00Z");
    expect(starts).not.toContain("2026-03-02T15:00:00Z");
    expect(starts).not.toContain("2026-03-02T15:30:00Z");
    expect(starts).toContain("2026-03-02T16:00:00Z");
    const longBefore = testRules({ bufferBeforeMinutes: 20 });
    expect(startsOf(computeSlots(longBefore, [], monday, longAgo, meeting))).not.toContain("2026-03-02T16:00:00Z"); // 15:40 < 15:45
    // Ten meetings on a day do not close it for maxPerDay: only chats count.
    const capped = testRules({ maxPerDay: 1 });
    const tenMeetings = Array.from({ length: 10 }, (_, i) => ({ start: at("2026-03-02T20:00:00Z") + i * HOUR / 6, end: at("2026-03-02T20:05:00Z") + i * HOUR / 6 }));
    expect(computeSlots(capped, [], monday, longAgo, tenMeetings).length).toBeGreaterThan(10);
  });

  it("merges with chats' locks, and isSlotOffered agrees with the list", () => {
    const meeting = [{ start: at("2026-03-02T14:50:00Z"), end: at("2026-03-02T15:10:00Z") }];
    const busy = [booked("a", "2026-03-02T15:30:00Z", rules)];
    const slots = computeSlots(rules, busy, monday, longAgo, meeting);
    expect(startsOf(slots).slice(0, 3)).toEqual(["2026-03-02T14:00:00Z", "2026-03-02T16:00:00Z", "2026-03-02T16:30:00Z"]);
    for (const s of slots) expect(isSlotOffered(rules, busy, s.start, longAgo, meeting)).toBe(true);
    expect(isSlotOffered(rules, busy, at("2026-03-02T14:30:00Z"), longAgo, meeting)).toBe(false);
    expect(isSlotOffered(rules, busy, at("2026-03-02T14:30:00Z"), longAgo)).toBe(true);
  });
});
