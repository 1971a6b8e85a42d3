import { describe, expect, it } from "vitest";
import { isTimeZone, parseExpression, zonedToEpoch, type LocalDateTime } from "./expression.ts";

const local = (text: string): LocalDateTime => {
  const parsed = parseExpression(`at(${text})`);
  if (typeof parsed === "string" || parsed.kind !== "at") throw new Error(`not an at(): ${text}`);
  return parsed.local;
};

describe("at() in a time zone", () => {
  it("reads the wall time in the zone, including half- and 45-minute offsets", () => {
    expect(zonedToEpoch(local("2030-01-15T10:00:00"), "UTC")).toBe(Date.UTC(2030, 0, 15, 10));
    expect(zonedToEpoch(local("2030-01-15T10:00:00"), "America/New_York")).toBe(Date.UTC(2030, 0, 15, 15));
    expect(zonedToEpoch(local("2030-07-15T10:00:00"), "America/New_York")).toBe(Date.UTC(2030, 6, 15, 14));
    expect(zonedToEpoch(local("2030-01-15T10:00:00"), "Asia/Kolkata")).toBe(Date.UTC(2030, 0, 15, 4, 30));
    expect(zonedToEpoch(local("2030-01-15T10:00:00"), "Asia/Kathmandu")).toBe(Date.UTC(2030, 0, 15, 4, 15));
  });

  it("puts a time skipped by a DST start after the gap, and a repeated time at its first occurrence", () => {
    // New York, 10 March 2030: 02:00 EST jumps to 03:00 EDT.
    expect(zonedToEpoch(local("2030-03-10T02:30:00"), "America/New_York")).toBe(Date.UTC(2030, 2, 10, 7, 30));
    // 3 November 2030: 01:30 happens twice, first in EDT (UTC−4).
    expect(zonedToEpoch(local("2030-11-03T01:30:00"), "America/New_York")).toBe(Date.UTC(2030, 10, 3, 5, 30));
    // The same evening, after the change, is plain EST.
    expect(zonedToEpoch(local("2030-11-03T20:00:00"), "America/New_York")).toBe(Date.UTC(2030, 10, 4, 1));
  });
});

describe("expression syntax", () => {
  it("tells the kinds apart", () => {
    expect(parseExpression("rate(5 minutes)")).toEqual({ kind: "rate", rate: { value: 5, unit: "minute" } });
    expect(parseExpression("cron(0/5 8-17 ? * MON-FRI *)")).toMatchObject({ kind: "cron" });
    expect(parseExpression("at(2030-01-01T00:00:00)")).toMatchObject({ kind: "at" });
  });

  it("explains what is wrong", () => {
    expect(parseExpression("at(2030-13-01T00:00:00)")).toMatch(/not a valid date/);
    expect(parseExpression("at(2030-01-01T24:00:00)")).toMatch(/not a valid date/);
    expect(parseExpression("every day")).toMatch(/expected at/);
    expect(parseExpression("cron(0 10 ? * MON * *)")).toMatch(/6 fields/);
    expect(parseExpression("cron(0 10 ? * ? *)")).toMatch(/exactly one/);
  });

  it("knows IANA zones", () => {
    expect(isTimeZone("Europe/Berlin")).toBe(true);
    expect(isTimeZone("Europe/Atlantis")).toBe(false);
  });
});
