import { describe, expect, it } from "vitest";
import { computeSlots } from "./compute.ts";
import { localDateWindow } from "./window.ts";
import { at, iso, testRules } from "../../testing/slots/test-rules.ts";

/** Every start from `first` to `last` (UTC ISO) every `stepMinutes`. */
function starts(first: string, last: string, stepMinutes = 30): string[] {
  const out: string[] = [];
  for (let t = at(first); t <= at(last); t += stepMinutes * 60_000) out.push(iso(t));
  return out;
}

const ny = testRules({ minimumNoticeMinutes: 4 * 60, horizonDays: 60 });
const slotsOn = (rules: typeof ny, date: string, now: string, zone = rules.timeZone) =>
  computeSlots(rules, [], localDateWindow(date, date, zone), at(now)).map((s) => iso(s.start));

describe("New York host, Mon–Fri 09:00–17:00, across the 2026 changes", () => {
  it("offers 09:00–16:30 local each Monday: 14:00Z in winter, 13:00Z in summer", () => {
    expect(slotsOn(ny, "2026-03-02", "2026-02-20T00:00:00Z")).toEqual(starts("2026-03-02T14:00:00Z", "2026-03-02T21:30:00Z"));
    expect(slotsOn(ny, "2026-03-09", "2026-02-20T00:00:00Z")).toEqual(starts("2026-03-09T13:00:00Z", "2026-03-09T20:30:00Z"));
    expect(slotsOn(ny, "2026-10-26", "2026-10-01T00:00:00Z")).toEqual(starts("2026-10-26T13:00:00Z", "2026-10-26T20:30:00Z"));
    expect(slotsOn(ny, "2026-11-02", "2026-10-01T00:00:00Z")).toEqual(starts("2026-11-02T14:00:00Z", "2026-11-02T21:30:00Z"));
  });

  it("gives the same instants whichever zone the guest's dates are read in", () => {
    const now = at("2026-02-20T00:00:00Z");
    const fromNewYork = computeSlots(ny, [], localDateWindow("2026-02-28", "2026-03-12", "America/New_York"), now);
    for (const zone of ["Europe/London", "Asia/Kathmandu"]) {
      const window = localDateWindow("2026-03-01", "2026-03-10", zone);
      const seen = computeSlots(ny, [], window, now);
      expect(seen).toEqual(fromNewYork.filter((s) => s.start >= window.start && s.start < window.end));
      expect(seen.length).toBeGreaterThan(0);
    }
    // Monday 2 March read in Kathmandu ends at 18:15Z, so New York's afternoon falls on the 3rd there.
    const kathmanduMonday = slotsOn(ny, "2026-03-02", "2026-02-20T00:00:00Z", "Asia/Kathmandu");
    expect(kathmanduMonday).toEqual(starts("2026-03-02T14:00:00Z", "2026-03-02T18:00:00Z"));
    expect(slotsOn(ny, "2026-03-09", "2026-02-20T00:00:00Z", "Europe/London")).toEqual(starts("2026-03-09T13:00:00Z", "2026-03-09T20:30:00Z"));
  });

  it("steps through the skipped hour on a spring-forward night with hours 01:00–04:00", () => {
    const night = testRules({ weeklyHours: { 7: [{ start: "01:00", end: "04:00" }] } });
    // 01:00 EST is 06:00Z, 04:00 EDT is 08:00Z: two real hours.
    expect(slotsOn(night, "2026-03-08", "2026-03-01T00:00:00Z")).toEqual(starts("2026-03-08T06:00:00Z", "2026-03-08T07:30:00Z"));
    const fromSkipped = testRules({ weeklyHours: { 7: [{ start: "02:30", end: "04:00" }] } });
    expect(slotsOn(fromSkipped, "2026-03-08", "2026-03-01T00:00:00Z")).toEqual(["2026-03-08T07:30:00Z"]);
  });

  it("offers four real hours on a fall-back night with hours 01:00–04:00, from 01:00 EDT", () => {
    const night = testRules({ weeklyHours: { 7: [{ start: "01:00", end: "04:00" }] } });
    expect(slotsOn(night, "2026-11-01", "2026-10-01T00:00:00Z")).toEqual(starts("2026-11-01T05:00:00Z", "2026-11-01T08:30:00Z"));
  });
});

describe("hosts in half-hour and 45-minute zones", () => {
  it("Asia/Kathmandu (+05:45) opens at 03:15Z", () => {
    const rules = testRules({ timeZone: "Asia/Kathmandu" });
    expect(slotsOn(rules, "2026-03-02", "2026-02-01T00:00:00Z")).toEqual(starts("2026-03-02T03:15:00Z", "2026-03-02T10:45:00Z"));
  });

  it("Australia/Eucla (+08:45) opens at 00:15Z", () => {
    const rules = testRules({ timeZone: "Australia/Eucla" });
    expect(slotsOn(rules, "2026-03-02", "2026-02-01T00:00:00Z")).toEqual(starts("2026-03-02T00:15:00Z", "2026-03-02T07:45:00Z"));
  });

  it("Australia/Lord_Howe moves by 30 minutes on the first Sundays of April and October", () => {
    const rules = testRules({ timeZone: "Australia/Lord_Howe" });
    const now = "2026-03-01T00:00:00Z";
    expect(slotsOn(rules, "2026-04-03", now)).toEqual(starts("2026-04-02T22:00:00Z", "2026-04-03T05:30:00Z")); // +11
    expect(slotsOn(rules, "2026-04-06", now)).toEqual(starts("2026-04-05T22:30:00Z", "2026-04-06T06:00:00Z")); // +10:30
    expect(slotsOn(rules, "2026-10-02", now)).toEqual(starts("2026-10-01T22:30:00Z", "2026-10-02T06:00:00Z")); // +10:30
    expect(slotsOn(rules, "2026-10-05", now)).toEqual(starts("2026-10-04T22:00:00Z", "2026-10-05T05:30:00Z")); // +11
  });

  it("Lord Howe's change nights: 01:00–04:00 is 3.5 real hours in April and 2.5 in October", () => {
    const rules = testRules({ timeZone: "Australia/Lord_Howe", weeklyHours: { 7: [{ start: "01:00", end: "04:00" }] } });
    const now = "2026-03-01T00:00:00Z";
    expect(slotsOn(rules, "2026-04-05", now)).toEqual(starts("2026-04-04T14:00:00Z", "2026-04-04T17:00:00Z"));
    expect(slotsOn(rules, "2026-10-04", now)).toEqual(starts("2026-10-03T14:30:00Z", "2026-10-03T16:30:00Z"));
  });
});
