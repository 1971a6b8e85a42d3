import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { GetScheduleCommand, UpdateScheduleCommand } from "../../packages/aws/src/scheduler/sdk.ts";
import { createSchedule, rejection, scheduleExists, scheduleInput, startHarness, T0, type Harness } from "./testing/harness.ts";

const MINUTE = 60_000;
const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString();
let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.stop());

const create = (name: string, overrides = {}) => createSchedule(h, name, overrides);
const firedAt = async (until: number) => (await h.emulator.fireUntil(until)).map((r) => `${r.name} ${r.at}`);
const exists = (name: string) => scheduleExists(h, name);

describe("rate()", () => {
  it("fires every period from its creation, each occurrence in order, with the scheduled time in its Input", async () => {
    // T0 is 2030-01-15T09:00:00Z.
    await create("refresh", { ScheduleExpression: "rate(10 minutes)", Target: { ...scheduleInput("refresh").Target, Input: '{"at":"<aws.scheduler.scheduled-time>"}' } });
    expect(await firedAt(T0 + 35 * MINUTE)).toEqual([
      "refresh 2030-01-15T09:10:00.000Z",
      "refresh 2030-01-15T09:20:00.000Z",
      "refresh 2030-01-15T09:30:00.000Z",
    ]);
    expect(h.calls.map((c) => c.input)).toEqual(['{"at":"2030-01-15T09:10:00Z"}', '{"at":"2030-01-15T09:20:00Z"}', '{"at":"2030-01-15T09:30:00Z"}']);
    expect(await firedAt(T0 + 45 * MINUTE)).toEqual(["refresh 2030-01-15T09:40:00.000Z"]);
  });

  it("starts at its StartDate and stops after its EndDate, then completes (DELETE removes it)", async () => {
    const start = T0 + DAY;
    await create("daily", {
      ScheduleExpression: "rate(1 day)",
      StartDate: new Date(start),
      EndDate: new Date(start + 2.5 * DAY),
      ActionAfterCompletion: "DELETE",
    });
    expect(await firedAt(T0 + 10 * DAY)).toEqual([`daily ${iso(start)}`, `daily ${iso(start + DAY)}`, `daily ${iso(start + 2 * DAY)}`]);
    expect(await exists("daily")).toBe(false);
  });

  it("on its own clock fires the next occurrence and skips what passed while it was not running", async () => {
    await create("tick", { ScheduleExpression: "rate(5 minutes)" });
    h.clock.set(T0 + 5 * MINUTE);
    await vi.waitFor(() => expect(h.calls).toHaveLength(1));
    h.clock.set(T0 + 60 * MINUTE + 1); // eleven occurrences due at once
    await vi.waitFor(() => expect(h.calls).toHaveLength(2));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(h.calls).toHaveLength(2);
    expect((await h.client.send(new GetScheduleCommand({ Name: "tick" }))).State).toBe("ENABLED");
    expect(await firedAt(T0 + 66 * MINUTE)).toEqual(["tick 2030-01-15T10:05:00.000Z"]);
  });

  it("restarts its periods from an update", async () => {
    await create("moved", { ScheduleExpression: "rate(1 hour)" });
    h.clock.set(T0 + 20 * MINUTE);
    await h.client.send(new UpdateScheduleCommand(scheduleInput("moved", { ScheduleExpression: "rate(30 minutes)" })));
    expect(await firedAt(T0 + 90 * MINUTE)).toEqual(["moved 2030-01-15T09:50:00.000Z", "moved 2030-01-15T10:20:00.000Z"]);
  });
});

describe("cron() in its ScheduleExpressionTimezone", () => {
  it("runs at 09:00 New York every Monday, before and after the DST change", async () => {
    await create("weekly", { ScheduleExpression: "cron(0 9 ? * MON *)", ScheduleExpressionTimezone: "America/New_York" });
    // 2030: DST starts Sunday 10 March.
    expect(await firedAt(Date.UTC(2030, 2, 19))).toEqual([
      "weekly 2030-01-21T14:00:00.000Z",
      "weekly 2030-01-28T14:00:00.000Z",
      "weekly 2030-02-04T14:00:00.000Z",
      "weekly 2030-02-11T14:00:00.000Z",
      "weekly 2030-02-18T14:00:00.000Z",
      "weekly 2030-02-25T14:00:00.000Z",
      "weekly 2030-03-04T14:00:00.000Z",
      "weekly 2030-03-11T13:00:00.000Z",
      "weekly 2030-03-18T13:00:00.000Z",
    ]);
  });

  it("skips a time the clocks skip and runs a repeated time once, as AWS does", async () => {
    const zone = "America/New_York";
    await create("gap", { ScheduleExpression: "cron(30 2 * * ? 2030)", ScheduleExpressionTimezone: zone, StartDate: new Date(Date.UTC(2030, 2, 9)), EndDate: new Date(Date.UTC(2030, 2, 12)) });
    await create("twice", { ScheduleExpression: "cron(30 1 * * ? 2030)", ScheduleExpressionTimezone: zone, StartDate: new Date(Date.UTC(2030, 10, 2, 12)), EndDate: new Date(Date.UTC(2030, 10, 5)) });
    const fired = await firedAt(Date.UTC(2030, 11, 1));
    // 10 March 2030 has no 02:30 in New York; 3 November has two 01:30s, and runs at the first.
    expect(fired.filter((f) => f.startsWith("gap"))).toEqual(["gap 2030-03-09T07:30:00.000Z", "gap 2030-03-11T06:30:00.000Z"]);
    expect(fired.filter((f) => f.startsWith("twice"))).toEqual(["twice 2030-11-03T05:30:00.000Z", "twice 2030-11-04T06:30:00.000Z"]);
  });

  it("reads L, W and # as AWS does, and stops when its years are over", async () => {
    await create("last-day", { ScheduleExpression: "cron(0 12 L * ? 2030)" });
    await create("third-friday", { ScheduleExpression: "cron(0 10 ? * 6#3 2030)" });
    await create("nearest-weekday", { ScheduleExpression: "cron(0 8 15W * ? 2030)", ActionAfterCompletion: "DELETE" });
    const fired = await firedAt(Date.UTC(2030, 3, 1));
    expect(fired.filter((f) => f.startsWith("last-day"))).toEqual(["last-day 2030-01-31T12:00:00.000Z", "last-day 2030-02-28T12:00:00.000Z", "last-day 2030-03-31T12:00:00.000Z"]);
    expect(fired.filter((f) => f.startsWith("third-friday"))).toEqual(["third-friday 2030-01-18T10:00:00.000Z", "third-friday 2030-02-15T10:00:00.000Z", "third-friday 2030-03-15T10:00:00.000Z"]);
    // 15 Jan 2030 is a Tuesday but already past T0's 09:00 for 08:00; 15 Feb a Friday; 15 Mar a Friday.
    expect(fired.filter((f) => f.startsWith("nearest-weekday"))).toEqual(["nearest-weekday 2030-02-15T08:00:00.000Z", "nearest-weekday 2030-03-15T08:00:00.000Z"]);
    await h.emulator.fireUntil(Date.UTC(2031, 0, 1));
    expect(await exists("nearest-weekday")).toBe(false);
  });
});

describe("validation of recurring schedules", () => {
  it.each([
    ["rate(1 minutes)", /singular/],
    ["rate(5 hour)", /plural/],
    ["cron(60 * * * ? *)", /minutes value 60/],
    ["cron(0 24 * * ? *)", /hours value 24/],
    ["cron(0 9 ? * MOX *)", /day-of-week/],
    ["cron(0 9 32 * ? *)", /day-of-month/],
    ["cron(0 9 ? 13 MON *)", /month value 13/],
  ])("refuses %s", async (expression, message) => {
    const error = await rejection(create("bad", { ScheduleExpression: expression }));
    expect(error.name).toBe("ValidationException");
    expect(error.message).toMatch(message);
  });

  it("refuses an EndDate that is not after the StartDate", async () => {
    const error = await rejection(create("ends-early", { ScheduleExpression: "rate(1 day)", StartDate: new Date(T0 + DAY), EndDate: new Date(T0) }));
    expect(error.message).toMatch(/EndDate must be after the StartDate/);
  });
});
