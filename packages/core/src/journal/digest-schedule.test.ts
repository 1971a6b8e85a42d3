import { describe, expect, it } from "vitest";
import { digestCron, digestScheduleName, digestWeekOf } from "./digest-schedule.ts";

describe("the digest's schedule", () => {
  it("is a weekly cron() at the seeker's minute and hour, with Scheduler's day names (ours start on Monday)", () => {
    expect(digestCron({ weekday: 1, time: "08:00" })).toBe("cron(0 8 ? * MON *)");
    expect(digestCron({ weekday: 5, time: "17:30" })).toBe("cron(30 17 ? * FRI *)");
    expect(digestCron({ weekday: 7, time: "00:05" })).toBe("cron(5 0 ? * SUN *)");
    expect(digestCron({ weekday: 6, time: "23:59" })).toBe("cron(59 23 ? * SAT *)");
  });

  it("has one name per account, within Scheduler's 64 characters", () => {
    expect(digestScheduleName("0123456789abcdef0123456789abcdef")).toBe("cc-digest-0123456789abcdef0123456789abcdef");
    expect(digestScheduleName("x".repeat(54)).length).toBe(64);
  });

  it("belongs to the Monday-started week of the seeker's date at the due instant, across a DST change", () => {
    // Sunday 29 March 2026, 23:30 in London (BST, UTC+1) is still that Sunday: the week of the 23rd.
    expect(digestWeekOf(Date.UTC(2026, 2, 29, 22, 30), "Europe/London")).toBe("2026-03-23");
    // Half an hour later it is Monday the 30th there.
    expect(digestWeekOf(Date.UTC(2026, 2, 29, 23, 0), "Europe/London")).toBe("2026-03-30");
    // The same instant is already Monday in Auckland.
    expect(digestWeekOf(Date.UTC(2026, 2, 29, 22, 30), "Pacific/Auckland")).toBe("2026-03-30");
  });
});
