import { describe, expect, it } from "vitest";
import type { AvailabilityRules } from "../model/index.ts";
import { testRules } from "../../testing/slots/test-rules.ts";
import { validateRules } from "./validate.ts";

const pathsOf = (rules: AvailabilityRules) => validateRules(rules).map((i) => i.path);

describe("validateRules", () => {
  it("accepts the demo host's rules", () => {
    expect(validateRules(testRules({ minimumNoticeMinutes: 240, horizonDays: 60, maxPerDay: 3, maxPerWeek: 8 }))).toEqual([]);
  });

  it("names each bad number", () => {
    const bad = testRules({
      timeZone: "Mars/Olympus",
      durationMinutes: 25 as 20,
      bufferBeforeMinutes: 7,
      bufferAfterMinutes: 245,
      minimumNoticeMinutes: 61 * 24 * 60,
      slotStepMinutes: 0,
      horizonDays: 0,
      maxPerDay: 0,
      maxPerWeek: 1.5,
    });
    expect(pathsOf(bad).sort()).toEqual(
      ["bufferAfterMinutes", "bufferBeforeMinutes", "durationMinutes", "horizonDays", "maxPerDay", "maxPerWeek", "minimumNoticeMinutes", "slotStepMinutes", "timeZone"].sort(),
    );
    expect(pathsOf(testRules({ horizonDays: 366, slotStepMinutes: 245 }))).toEqual(["slotStepMinutes", "horizonDays"]);
  });

  it("checks hours: format, order, overlap, weekday keys", () => {
    const issues = validateRules(
      testRules({
        weeklyHours: {
          1: [{ start: "9:00", end: "17:00" }],
          2: [{ start: "17:00", end: "09:00" }],
          3: [{ start: "09:00", end: "17:00" }, { start: "10:00", end: "11:00" }, { start: "12:00", end: "13:00" }],
          4: [{ start: "24:00", end: "24:00" }],
          5: [{ start: "09:00", end: "12:00" }, { start: "12:00", end: "24:00" }],
          8: [{ start: "09:00", end: "10:00" }],
        } as AvailabilityRules["weeklyHours"],
      }),
    );
    expect(issues.map((i) => i.path)).toEqual([
      "weeklyHours.1.0.start",
      "weeklyHours.2.0",
      "weeklyHours.3.1",
      "weeklyHours.3.2",
      "weeklyHours.4.0.start",
      "weeklyHours.8",
    ]);
    expect(issues[2]!.message).toMatch(/overlaps range 0/);
  });

  it("checks overrides: dates, duplicates and their ranges", () => {
    const paths = pathsOf(
      testRules({
        dateOverrides: [
          { date: "2026-02-30", ranges: [] },
          { date: "2026-03-02", ranges: [{ start: "10:00", end: "10:00" }] },
          { date: "2026-03-02", ranges: [] },
          { date: "03/04/2026", ranges: [{ start: "10:00", end: "25:00" }] },
        ],
      }),
    );
    expect(paths).toEqual(["dateOverrides.0.date", "dateOverrides.1.ranges.0", "dateOverrides.2.date", "dateOverrides.3.date", "dateOverrides.3.ranges.0.end"]);
  });
});
