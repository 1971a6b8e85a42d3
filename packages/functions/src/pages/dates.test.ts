import { describe, expect, it } from "vitest";
import { addDays, formatDateTime, formatDay, formatTime, keptFormatters, localDateOf, mondayOf, weekday } from "./dates.ts";

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

describe("times in the viewer's locale", () => {
  const afternoon = Date.parse("2026-03-09T18:30:00Z"); // 14:30 in New York (EDT)

  it("uses a 24-hour clock where the locale does, in the same zone", () => {
    expect(formatTime(afternoon, "America/New_York", "en-US")).toBe("2:30 PM");
    expect(formatTime(afternoon, "America/New_York", "de-DE")).toBe("14:30");
    expect(formatTime(afternoon, "America/New_York", "en-GB")).toBe("14:30");
    expect(formatTime(afternoon, "Europe/Berlin", "de-DE")).toBe("19:30");
  });

  it("names days and dates in the locale", () => {
    expect(formatDay("2026-03-09", "en-US")).toBe("Mon, Mar 9");
    expect(formatDay("2026-03-09", "en-GB")).toBe("Mon 9 Mar");
    expect(formatDateTime(afternoon, "America/New_York", "en-US")).toBe("Monday, March 9 at 2:30 PM EDT");
    expect(formatDateTime(afternoon, "America/New_York", "en-GB")).toBe("Monday 9 March at 14:30 GMT-4");
  });

  it("keeps a bounded number of formatters however many zones and locales visitors bring", () => {
    const zones = Intl.supportedValuesOf("timeZone");
    for (const zone of zones) for (const locale of ["en-US", "de-DE"]) formatTime(afternoon, zone, locale);
    expect(zones.length * 2).toBeGreaterThan(500);
    expect(keptFormatters()).toBeLessThanOrEqual(256);
    // A formatter evicted and built again still formats correctly.
    expect(formatTime(afternoon, "America/New_York", "de-DE")).toBe("14:30");
  });
});
