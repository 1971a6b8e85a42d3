import { describe, expect, it } from "vitest";
import { addDays, formatTime, localDateOf, mondayOf, weekday } from "./dates.ts";

describe("calendar dates", () => {
  it("steps across month and year ends", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });
  it("finds the Monday of a week", () => {
    expect(weekday("2026-11-22")).toBe(7);
    expect(mondayOf("2026-11-22")).toBe("2026-11-16");
    expect(mondayOf("2026-11-16")).toBe("2026-11-16");
  });
  it("reads today and times in the viewer's zone", () => {
    const instant = Date.parse("2026-11-22T23:30:00Z");
    expect(localDateOf(instant, "UTC")).toBe("2026-11-22");
    expect(localDateOf(instant, "Asia/Kathmandu")).toBe("2026-11-23");
    expect(formatTime(instant, "Asia/Kathmandu")).toBe("5:15 AM");
  });
});
