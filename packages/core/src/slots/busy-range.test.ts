import { describe, expect, it } from "vitest";
import { HOUR } from "../model/index.ts";
import { at, iso, testRules } from "../../testing/slots/test-rules.ts";
import { busyRanges } from "./busy-range.ts";

const NOW = at("2026-03-02T12:00:00Z");
// Monday 9 to Monday 16 March 2026 in New York (EDT since the 8th).
const week = { start: at("2026-03-09T04:00:00Z"), end: at("2026-03-16T04:00:00Z") };
const shown = (r: { start: number; end: number } | undefined) => r && [iso(r.start), iso(r.end)];

describe("busyRanges", () => {
  it("without caps: the week itself, widened by the buffers and a chat's length", () => {
    const ranges = busyRanges(testRules({ bufferBeforeMinutes: 15 }), week, NOW)!;
    expect(shown(ranges.locks)).toEqual(["2026-03-09T03:45:00Z", "2026-03-16T04:30:00Z"]);
    expect(ranges.calendar).toEqual(ranges.locks);
  });

  it("with a daily cap: the host's whole days, in the host's zone", () => {
    // Seen from Tokyo, Tuesday the 10th is New York's Monday 11:00 to Tuesday 11:00.
    const tokyoDay = { start: at("2026-03-09T15:00:00Z"), end: at("2026-03-10T15:00:00Z") };
    const ranges = busyRanges(testRules({ maxPerDay: 2 }), tokyoDay, NOW)!;
    expect(shown(ranges.locks)).toEqual(["2026-03-09T04:00:00Z", "2026-03-11T04:00:00Z"]);
    expect(shown(ranges.calendar)).toEqual(["2026-03-09T15:00:00Z", "2026-03-10T15:30:00Z"]);
  });

  it("with a weekly cap: the host's whole ISO weeks, across a change of offset", () => {
    const friday = { start: at("2026-03-13T04:00:00Z"), end: at("2026-03-14T04:00:00Z") };
    // Monday the 9th (EDT) to Monday the 16th; and a Sunday still in the week DST began in (EST on its Monday).
    expect(shown(busyRanges(testRules({ maxPerWeek: 3 }), friday, NOW)!.locks)).toEqual(["2026-03-09T04:00:00Z", "2026-03-16T04:00:00Z"]);
    const sunday = { start: at("2026-03-08T05:00:00Z"), end: at("2026-03-09T04:00:00Z") };
    expect(shown(busyRanges(testRules({ maxPerWeek: 3 }), sunday, NOW)!.locks)).toEqual(["2026-03-02T05:00:00Z", "2026-03-09T04:30:00Z"]);
  });

  it("reads nothing when no slot may start: all of the window before the notice or past the horizon", () => {
    expect(busyRanges(testRules({ minimumNoticeMinutes: 60 * 24 * 30 }), week, NOW)).toBeUndefined();
    expect(busyRanges(testRules({ horizonDays: 3 }), week, NOW)).toBeUndefined();
    // Partly past the notice: from the notice on.
    const ranges = busyRanges(testRules({ minimumNoticeMinutes: 4 * 60 }), week, week.start + 24 * HOUR)!;
    expect(iso(ranges.locks.start)).toBe("2026-03-10T08:00:00Z");
  });
});
