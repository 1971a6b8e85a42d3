import { describe, expect, it } from "vitest";
import { DomainError } from "../model/index.ts";
import { at, iso } from "../../testing/slots/test-rules.ts";
import { localDateWindow } from "./window.ts";

describe("localDateWindow", () => {
  it("runs from the start of the first date to the start of the day after the last", () => {
    const w = localDateWindow("2026-03-02", "2026-03-02", "Asia/Kathmandu");
    expect([iso(w.start), iso(w.end)]).toEqual(["2026-03-01T18:15:00Z", "2026-03-02T18:15:00Z"]);
  });

  it("is 23 or 25 hours long across a DST change", () => {
    const spring = localDateWindow("2026-03-08", "2026-03-08", "America/New_York");
    expect([iso(spring.start), iso(spring.end)]).toEqual(["2026-03-08T05:00:00Z", "2026-03-09T04:00:00Z"]);
    const fall = localDateWindow("2026-11-01", "2026-11-01", "America/New_York");
    expect(fall.end - fall.start).toBe(25 * 3_600_000);
  });

  it("costs the same for a far-off end date", () => {
    const w = localDateWindow("2026-01-01", "2999-12-31", "Europe/London");
    expect(w.end).toBe(at("3000-01-01T00:00:00Z"));
  });

  it("refuses bad dates and zones with INVALID_INPUT", () => {
    expect(() => localDateWindow("2026-02-30", "2026-03-01", "UTC")).toThrow(DomainError);
    expect(() => localDateWindow("2026-03-01", "tomorrow", "UTC")).toThrow(/to:/);
    expect(() => localDateWindow("2026-03-01", "2026-03-02", "Nowhere/City")).toThrow(/timeZone/);
  });
});
