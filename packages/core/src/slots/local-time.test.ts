import { describe, expect, it } from "vitest";
import { DomainError } from "../model/index.ts";
import { isoWeekday, localDateDay, localTimeMinutes, mondayOf, parseLocalTime } from "./local-time.ts";

describe("parseLocalTime", () => {
  it("reads HH:MM as minutes after midnight, 24:00 included", () => {
    expect(parseLocalTime("00:00")).toBe(0);
    expect(parseLocalTime("09:05")).toBe(545);
    expect(parseLocalTime("23:59")).toBe(1439);
    expect(parseLocalTime("24:00")).toBe(1440);
  });

  it("throws INVALID_INPUT naming the path for anything else", () => {
    for (const bad of ["9:00", "24:01", "25:00", "12:60", "12:00:00", "", "noon"]) {
      expect(localTimeMinutes(bad)).toBeUndefined();
      expect(() => parseLocalTime(bad, "weeklyHours.1.0.start")).toThrow(DomainError);
    }
    const error = (() => {
      try {
        parseLocalTime("7am", "x.start");
      } catch (e) {
        return e as DomainError;
      }
    })();
    expect(error?.code).toBe("INVALID_INPUT");
    expect(error?.details.issues?.[0]?.path).toBe("x.start");
  });
});

describe("local dates", () => {
  it("maps real dates to epoch days and refuses impossible ones", () => {
    expect(localDateDay("1970-01-01")).toBe(0);
    expect(localDateDay("2026-03-09")).toBe(Date.UTC(2026, 2, 9) / 86_400_000);
    expect(localDateDay("2024-02-29")).toBeDefined();
    expect(localDateDay("2026-02-29")).toBeUndefined();
    expect(localDateDay("2026-13-01")).toBeUndefined();
    expect(localDateDay("2026-3-9")).toBeUndefined();
  });

  it("knows ISO weekdays and the Monday of each week", () => {
    expect(isoWeekday(0)).toBe(4); // 1970-01-01, a Thursday
    expect(isoWeekday(localDateDay("2026-03-09")!)).toBe(1);
    expect(isoWeekday(localDateDay("2026-03-08")!)).toBe(7);
    expect(isoWeekday(-4)).toBe(7);
    expect(mondayOf(localDateDay("2026-03-08")!)).toBe(localDateDay("2026-03-02"));
    expect(mondayOf(localDateDay("2026-03-09")!)).toBe(localDateDay("2026-03-09"));
  });
});
