import { describe, expect, it } from "vitest";
import { capCounters } from "./cap-counters.ts";

describe("capCounters", () => {
  it("counts a chat on the host's local date and ISO week, not UTC's", () => {
    // 23:30 on Sunday 3 January 2027 in New York is already Monday in UTC; ISO week 2026-W53.
    const start = Date.parse("2027-01-04T04:30:00Z");
    expect(capCounters({ timeZone: "America/New_York", maxPerDay: 3, maxPerWeek: 10 }, start)).toEqual([
      { key: "day#2027-01-03", max: 3 },
      { key: "week#2026-W53", max: 10 },
    ]);
  });
  it("is empty without caps", () => {
    expect(capCounters({ timeZone: "UTC" }, 0)).toEqual([]);
  });
});
