import { describe, expect, it } from "vitest";
import { expandCalendar, readBusy } from "./index.ts";
import { FIXTURES, MARCH_2026, dana, fixture } from "../../testing/calendars/fixtures.ts";
import { busyWithPython } from "../../testing/calendars/python-recurring.ts";

const at = (iso: string) => Date.parse(iso);
const startsOf = (name: (typeof FIXTURES)[number], uid: string | RegExp, options = dana) =>
  expandCalendar(fixture(name), MARCH_2026, options)
    .occurrences.filter((o) => (typeof uid === "string" ? o.uid === uid : uid.test(o.uid)))
    .map((o) => new Date(o.start).toISOString().replace(".000Z", "Z"));
const busyAt = (name: (typeof FIXTURES)[number], iso: string, options = dana) =>
  readBusy(fixture(name), MARCH_2026, options).busy.some((b) => b.start <= at(iso) && at(iso) < b.end);

describe.each(FIXTURES)("the %s export", (name) => {
  it("expands to the same instances and busy time as python-recurring-ical-events", () => {
    for (const options of [dana, { ...dana, allDayBlocks: false }, { ...dana, hostZone: "Asia/Kolkata", hostAddresses: [] }]) {
      const python = busyWithPython(fixture(name), MARCH_2026, options);
      expect(python.occurrences.length).toBeGreaterThan(3);
      expect(expandCalendar(fixture(name), MARCH_2026, options).occurrences).toEqual(python.occurrences);
      expect(readBusy(fixture(name), MARCH_2026, options).busy).toEqual(python.busy);
    }
  });
});

describe("Google (VTIMEZONE, X-WR-TIMEZONE, overrides)", () => {
  const weekly = "7kukuqrfedlm2f9t0vm5jn6aqo@google.com";
  it("keeps a weekly 10:00 in Los Angeles across the DST change, less an EXDATE, with a moved instance", () => {
    expect(startsOf("google", weekly)).toEqual([
      "2026-03-02T18:00:00Z", // PST
      "2026-03-11T22:00:00Z", // 9 March moved to Wednesday 15:00 PDT
      "2026-03-23T17:00:00Z", // cancelled instance: listed, never busy
      "2026-03-30T17:00:00Z",
      "2026-04-06T17:00:00Z",
      "2026-04-13T17:00:00Z",
    ]); // 16 March is an EXDATE
    expect(busyAt("google", "2026-03-09T17:30:00Z")).toBe(false);
    expect(busyAt("google", "2026-03-11T22:30:00Z")).toBe(true);
    expect(busyAt("google", "2026-03-23T17:30:00Z")).toBe(false);
  });
  it("reads floating times in the calendar's X-WR-TIMEZONE", () => {
    expect(startsOf("google", "floating-1@google.com")).toEqual(["2026-03-10T16:00:00Z"]); // 09:00 PDT
  });
  it("skips what the host declined, what shows as free, and our own chats; counts tentative", () => {
    expect(busyAt("google", "2026-03-04T22:00:00Z")).toBe(false); // declined (address in another case)
    expect(busyAt("google", "2026-03-05T17:30:00Z")).toBe(true); // accepted
    expect(busyAt("google", "2026-03-06T12:00:00Z")).toBe(false); // transparent birthday
    expect(busyAt("google", "2026-03-12T18:10:00Z")).toBe(false); // r-01HXYZ@coffeechat
    expect(busyAt("google", "2026-03-12T20:30:00Z")).toBe(true); // STATUS:TENTATIVE still holds the time
  });
  it("blocks an opaque all-day event over the host's day only when the switch is on", () => {
    expect(busyAt("google", "2026-03-13T04:00:00Z")).toBe(true); // New York midnight (EDT)
    expect(busyAt("google", "2026-03-13T03:59:00Z")).toBe(false);
    expect(busyAt("google", "2026-03-14T03:59:00Z")).toBe(true);
    expect(busyAt("google", "2026-03-13T12:00:00Z", { ...dana, allDayBlocks: false })).toBe(false);
  });
});

describe("Outlook / Exchange (Windows zone names)", () => {
  it("reads 'Pacific Standard Time' from its VTIMEZONE and 'W. Europe' / 'India Standard Time' from CLDR's table", () => {
    expect(startsOf("outlook", /A1B2C3D4E5F6/)).toEqual(["2026-03-10T16:00:00Z", "2026-04-14T16:00:00Z"]); // 2nd Tuesday 09:00 PDT
    expect(startsOf("outlook", /FFEEDDCC/)).toEqual(["2026-03-04T16:00:00Z"]); // 17:00 CET
    // 21:00 IST daily on weekdays, COUNT=5 including the excluded 11 March.
    expect(startsOf("outlook", /DDDDDDDDDDDDDDDD/)).toEqual([
      "2026-03-09T15:30:00Z",
      "2026-03-10T15:30:00Z",
      "2026-03-12T15:30:00Z",
      "2026-03-13T15:30:00Z",
    ]);
  });
  it("counts a multi-day out-of-office, and not a cancelled meeting or focus time shown as free", () => {
    expect(busyAt("outlook", "2026-03-18T12:00:00Z")).toBe(true);
    expect(busyAt("outlook", "2026-03-19T04:00:00Z")).toBe(false); // DTEND is exclusive
    expect(busyAt("outlook", "2026-03-05T21:30:00Z")).toBe(false);
    expect(busyAt("outlook", "2026-03-06T17:00:00Z")).toBe(false);
  });
});

describe("Apple (RDATE, COUNT, DURATION)", () => {
  it("adds an RDATE to a COUNT rule and moves one instance to the evening", () => {
    const gym = startsOf("apple", "5B4D0A1C-3E2F-4A5B-9C8D-7E6F5A4B3C2D");
    expect(gym).toHaveLength(11);
    expect(gym).toContain("2026-03-27T17:00:00Z");
    expect(gym).not.toContain("2026-03-27T07:30:00Z");
    expect(gym.slice(-2)).toEqual(["2026-04-01T06:30:00Z", "2026-04-04T09:00:00Z"]); // CEST from 29 March
  });
  it("reads DURATION", () => {
    expect(busyAt("apple", "2026-03-25T14:29:00Z")).toBe(true);
    expect(busyAt("apple", "2026-03-25T14:30:00Z")).toBe(false);
  });
});

describe("Proton (floating, UNTIL, declined)", () => {
  it("reads floating times in the host's zone when the calendar names none", () => {
    expect(startsOf("proton", /xYz98765/)).toEqual(["2026-03-03T17:00:00Z"]);
    expect(startsOf("proton", /xYz98765/, { ...dana, hostZone: "Europe/Lisbon" })).toEqual(["2026-03-03T12:00:00Z"]);
  });
  it("skips an interview the host declined", () => {
    expect(busyAt("proton", "2026-03-09T15:30:00Z")).toBe(false);
    expect(busyAt("proton", "2026-03-09T15:30:00Z", { ...dana, hostAddresses: ["someone@else.example"] })).toBe(true);
  });
});

describe("the range", () => {
  it("clips busy time to the range and ignores events outside it", () => {
    const range = { start: at("2026-03-02T18:30:00Z"), end: at("2026-03-05T17:30:00Z") };
    expect(readBusy(fixture("google"), range, dana).busy).toEqual([
      { start: at("2026-03-02T18:30:00Z"), end: at("2026-03-02T19:00:00Z") },
      { start: at("2026-03-05T17:00:00Z"), end: at("2026-03-05T17:30:00Z") },
    ]);
  });
});
