import { describe, expect, it } from "vitest";
import { DomainError } from "../model/errors.ts";
import { expandCalendar, MAX_STEPS_PER_EVENT, MAX_STEPS_PER_FEED, readBusy } from "./index.ts";
import { dana } from "../../testing/calendars/fixtures.ts";

/** Cases where RFC 5545 is clear and ical.js or the Python reference reads it otherwise; checked by hand. */
const at = (iso: string) => Date.parse(iso);
const iso = (t: number) => new Date(t).toISOString().replace(".000Z", "Z");
const calendar = (...lines: string[]) => ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", ...lines, "END:VCALENDAR", ""].join("\r\n");
const event = (...lines: string[]) => ["BEGIN:VEVENT", "DTSTAMP:20260101T000000Z", ...lines, "END:VEVENT"];
const starts = (ics: string | string[], range = { start: at("2026-03-01T00:00:00Z"), end: at("2026-04-15T00:00:00Z") }, options = dana) =>
  expandCalendar(ics, range, options).occurrences.map((o) => `${iso(o.start)}–${iso(o.end)}`);

describe("the recurrence set (RFC 5545 §3.8.5)", () => {
  it("counts an instance both the RRULE and an RDATE give once, and lets EXDATE remove RDATEs", () => {
    const ics = calendar(
      ...event("UID:a", "DTSTART:20260302T150000Z", "DTEND:20260302T160000Z", "RRULE:FREQ=DAILY;COUNT=3",
        "RDATE:20260303T150000Z", "RDATE:20260310T150000Z", "EXDATE:20260310T150000Z"),
    );
    expect(starts(ics)).toEqual(["2026-03-02T15:00:00Z–2026-03-02T16:00:00Z", "2026-03-03T15:00:00Z–2026-03-03T16:00:00Z", "2026-03-04T15:00:00Z–2026-03-04T16:00:00Z"]);
  });

  it("gives every instance DTEND's exact duration, and DURATION's days on the wall clock", () => {
    // 22:00 for 10 hours in New York: the night of 7–8 March loses an hour, so it ends at 09:00 EDT.
    const exact = calendar(...event("UID:b", "DTSTART;TZID=America/New_York:20260306T220000", "DTEND;TZID=America/New_York:20260307T080000", "RRULE:FREQ=DAILY;COUNT=2"));
    expect(starts(exact)).toEqual(["2026-03-07T03:00:00Z–2026-03-07T13:00:00Z", "2026-03-08T03:00:00Z–2026-03-08T13:00:00Z"]);
    const nominal = calendar(...event("UID:c", "DTSTART;TZID=America/New_York:20260307T120000", "DURATION:P1D"));
    expect(starts(nominal)).toEqual(["2026-03-07T17:00:00Z–2026-03-08T16:00:00Z"]); // noon to noon: 23 hours
  });

  it("reads a wall time a DST change skips after the gap, and one it repeats at its first occurrence", () => {
    const ics = calendar(
      ...event("UID:gap", "DTSTART;TZID=America/New_York:20260308T023000", "DTEND;TZID=America/New_York:20260308T033000"),
      ...event("UID:twice", "DTSTART;TZID=America/New_York:20261101T013000", "DTEND;TZID=America/New_York:20261101T020000"),
    );
    const range = { start: at("2026-03-01T00:00:00Z"), end: at("2026-12-01T00:00:00Z") };
    expect(starts(ics, range)).toEqual(["2026-03-08T07:30:00Z–2026-03-08T07:30:00Z", "2026-11-01T05:30:00Z–2026-11-01T07:00:00Z"]);
  });

  it("makes an all-day event without DTEND one day long (§3.6.1)", () => {
    const ics = calendar(...event("UID:d", "DTSTART;VALUE=DATE:20260305"));
    expect(readBusy(ics, { start: at("2026-03-01T00:00:00Z"), end: at("2026-04-01T00:00:00Z") }, dana).busy).toEqual([
      { start: at("2026-03-05T05:00:00Z"), end: at("2026-03-06T05:00:00Z") },
    ]);
  });

  it("repeats a UTC event of an X-WR-TIMEZONE calendar on that zone's wall clock, and matches its EXDATEs there", () => {
    // Google: 10:00 Los Angeles written in UTC; after 8 March the instances are at 17:00Z.
    const ics = calendar(
      "X-WR-TIMEZONE:America/Los_Angeles",
      ...event("UID:e", "DTSTART:20260302T180000Z", "DTEND:20260302T190000Z", "RRULE:FREQ=WEEKLY;COUNT=3", "EXDATE:20260309T170000Z"),
    );
    expect(starts(ics)).toEqual(["2026-03-02T18:00:00Z–2026-03-02T19:00:00Z", "2026-03-16T17:00:00Z–2026-03-16T18:00:00Z"]);
  });
});

describe("a feed from outside", () => {
  it("cuts a runaway rule short and says so, instead of spinning", () => {
    const ics = calendar(...event("UID:spin", "DTSTART:19900101T000000Z", "DTEND:19900101T000001Z", "RRULE:FREQ=SECONDLY"));
    const { occurrences, truncated } = expandCalendar(ics, { start: at("2026-03-01T00:00:00Z"), end: at("2026-03-02T00:00:00Z") }, dana);
    expect(truncated).toEqual(["spin"]);
    expect(occurrences).toEqual([]);
    expect(MAX_STEPS_PER_EVENT).toBeLessThanOrEqual(20_000);
  });

  it("refuses a feed whose rules together need more steps than a feed may take", () => {
    // Eleven daily rules from 2025, each ~420 steps to March 2026: within 1,000 each, past 4,000 together.
    const many = Array.from({ length: 11 }, (_, i) => event(`UID:daily-${i}`, "DTSTART:20250101T090000Z", "DTEND:20250101T100000Z", "RRULE:FREQ=DAILY;COUNT=900")).flat();
    const range = { start: at("2026-03-01T00:00:00Z"), end: at("2026-03-02T00:00:00Z") };
    expect(expandCalendar(calendar(...many), range, dana, { stepsPerEvent: 1_000, stepsPerFeed: 5_000 }).occurrences).toHaveLength(11);
    expect(() => expandCalendar(calendar(...many), range, dana, { stepsPerEvent: 1_000, stepsPerFeed: 4_000 })).toThrow(
      expect.objectContaining({ code: "CALENDAR_TOO_LARGE" }) as DomainError,
    );
    expect(MAX_STEPS_PER_FEED).toBe(10 * MAX_STEPS_PER_EVENT);
  });

  it("reads one VCALENDAR per event, as a CalDAV report returns them, with overrides in their own object", () => {
    const master = calendar(...event("UID:f", "DTSTART:20260302T150000Z", "DTEND:20260302T160000Z", "RRULE:FREQ=DAILY;COUNT=2"));
    const moved = calendar(...event("UID:f", "RECURRENCE-ID:20260303T150000Z", "DTSTART:20260303T170000Z", "DTEND:20260303T180000Z"));
    expect(starts([master, moved])).toEqual(["2026-03-02T15:00:00Z–2026-03-02T16:00:00Z", "2026-03-03T17:00:00Z–2026-03-03T18:00:00Z"]);
  });

  it("refuses what is not a calendar with CALENDAR_INVALID", () => {
    for (const text of ["<html><body>Sign in</body></html>", "BEGIN:VCALENDAR\r\nBROKEN", "BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n"]) {
      expect(() => expandCalendar(text, { start: 0, end: 1 }, dana)).toThrow(expect.objectContaining({ code: "CALENDAR_INVALID" }) as DomainError);
    }
  });

  it("refuses a host zone that is none", () => {
    expect(() => expandCalendar(calendar(), { start: 0, end: 1 }, { ...dana, hostZone: "Mars/Olympus" })).toThrow(/hostZone/);
  });
});
