import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { DAY, MINUTE } from "../model/index.ts";
import { localDateDay, wallOf } from "./local-time.ts";
import { at, iso } from "../../testing/slots/test-rules.ts";
import { isValidTimeZone, zoneTimeline } from "./zone-timeline.ts";

const wall = (date: string, minutes: number) => wallOf(localDateDay(date)!, minutes);
const span = (zone: string, date: string) => zoneTimeline(zone, at(`${date}T00:00:00Z`) - 3 * DAY, at(`${date}T00:00:00Z`) + 3 * DAY);

describe("zoneTimeline", () => {
  it("shifts a skipped wall time forward by the gap", () => {
    const ny = span("America/New_York", "2026-03-08");
    expect(iso(ny.toUtc(wall("2026-03-08", 2 * 60 + 30)))).toBe("2026-03-08T07:30:00Z"); // 03:30 EDT
    expect(iso(ny.toUtc(wall("2026-03-08", 3 * 60)))).toBe("2026-03-08T07:00:00Z");
    const lordHowe = span("Australia/Lord_Howe", "2026-10-04");
    expect(iso(lordHowe.toUtc(wall("2026-10-04", 2 * 60 + 15)))).toBe("2026-10-03T15:45:00Z"); // 02:45 +11
  });

  it("reads a repeated wall time with the earlier offset", () => {
    const ny = span("America/New_York", "2026-11-01");
    expect(iso(ny.toUtc(wall("2026-11-01", 90)))).toBe("2026-11-01T05:30:00Z"); // 01:30 EDT, not EST
    expect(iso(ny.toUtc(wall("2026-11-01", 120)))).toBe("2026-11-01T07:00:00Z");
    const lordHowe = span("Australia/Lord_Howe", "2026-04-05");
    expect(iso(lordHowe.toUtc(wall("2026-04-05", 105)))).toBe("2026-04-04T14:45:00Z"); // 01:45 +11
  });

  it("agrees with luxon's offset at any instant", () => {
    const zones = ["America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu", "Australia/Eucla", "Pacific/Chatham", "Europe/London", "America/Santiago"];
    const from = at("2026-01-01T00:00:00Z");
    const timelines = new Map(zones.map((z) => [z, zoneTimeline(z, from, from + 365 * DAY)]));
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: 0, max: 365 * 24 * 60 - 1 }), (zone, minute) => {
        const t = from + minute * MINUTE;
        const expected = DateTime.fromMillis(t, { zone }).offset * MINUTE;
        expect(timelines.get(zone)!.offsetAt(t)).toBe(expected);
        const local = DateTime.fromMillis(t, { zone });
        expect(timelines.get(zone)!.localDay(t)).toBe(localDateDay(local.toISODate()!));
      }),
      { numRuns: 2000 },
    );
  });

  it("refuses a name that is no IANA zone", () => {
    expect(isValidTimeZone("Europe/Paris")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
    expect(() => zoneTimeline("Mars/Olympus", 0, DAY)).toThrow(/timeZone/);
  });
});
