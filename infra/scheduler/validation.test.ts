import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CreateScheduleCommand,
  GetScheduleCommand,
  ListSchedulesCommand,
  UpdateScheduleCommand,
  type CreateScheduleCommandInput,
} from "../../packages/aws/src/scheduler/sdk.ts";
import { rejection, scheduleInput, startHarness, type Harness } from "./testing/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.stop());

const base = scheduleInput("valid");
const target = base.Target!;
const withTarget = (t: object) => ({ Target: { ...target, ...t } }) as Partial<CreateScheduleCommandInput>;

/** Each case breaks one rule AWS enforces; the message names what is wrong. */
const invalid: [string, Partial<CreateScheduleCommandInput>, RegExp][] = [
  ["a name longer than 64", { Name: "n".repeat(65) }, /length between 1 and 64/],
  ["a name with a space", { Name: "bad name" }, /regular expression pattern/],
  ["a group name with an illegal character", { GroupName: "bad*group" }, /groupName/],
  ["a group name longer than 64", { GroupName: "g".repeat(65) }, /length between 1 and 64/],
  ["no ScheduleExpression", { ScheduleExpression: undefined }, /scheduleExpression.*must not be null/],
  ["an at() without seconds", { ScheduleExpression: "at(2030-01-15T10:00)" }, /Invalid Schedule Expression/],
  ["an at() on a day that does not exist", { ScheduleExpression: "at(2030-02-30T10:00:00)" }, /not a valid date/],
  ["a rate() with zero", { ScheduleExpression: "rate(0 minutes)" }, /positive/],
  ["a rate() with an unknown unit", { ScheduleExpression: "rate(5 weeks)" }, /Invalid Schedule Expression/],
  ["a cron() with five fields", { ScheduleExpression: "cron(0 10 * * ?)" }, /6 fields/],
  ["a cron() without a ?", { ScheduleExpression: "cron(0 10 * * * *)" }, /must be \?/],
  ["an unknown time zone", { ScheduleExpressionTimezone: "Mars/Olympus" }, /time zone/],
  ["no FlexibleTimeWindow", { FlexibleTimeWindow: undefined }, /flexibleTimeWindow.*must not be null/],
  ["an unknown FlexibleTimeWindow mode", { FlexibleTimeWindow: { Mode: "SOMETIMES" as "OFF" } }, /enum value set/],
  ["FLEXIBLE without a window", { FlexibleTimeWindow: { Mode: "FLEXIBLE" } }, /MaximumWindowInMinutes is required/],
  ["a window over 1440 minutes", { FlexibleTimeWindow: { Mode: "FLEXIBLE", MaximumWindowInMinutes: 1441 } }, /less than or equal to 1440/],
  ["a window of 0 minutes", { FlexibleTimeWindow: { Mode: "FLEXIBLE", MaximumWindowInMinutes: 0 } }, /greater than or equal to 1/],
  ["no Target", { Target: undefined }, /target.*must not be null/],
  ["a Target without Arn", withTarget({ Arn: undefined }), /target\.arn.*must not be null/],
  ["a Target without RoleArn", withTarget({ RoleArn: undefined }), /target\.roleArn.*must not be null/],
  ["a RoleArn that is not an IAM role", withTarget({ RoleArn: "arn:aws:lambda:us-east-1:000000000000:function:x" }), /roleArn/],
  ["an Input over 8192 characters", withTarget({ Input: "x".repeat(8193) }), /length between 1 and 8192/],
  ["a MaximumEventAgeInSeconds under 60", withTarget({ RetryPolicy: { MaximumEventAgeInSeconds: 59 } }), /greater than or equal to 60/],
  ["a MaximumEventAgeInSeconds over 86400", withTarget({ RetryPolicy: { MaximumEventAgeInSeconds: 86401 } }), /less than or equal to 86400/],
  ["a MaximumRetryAttempts over 185", withTarget({ RetryPolicy: { MaximumRetryAttempts: 186 } }), /less than or equal to 185/],
  ["a negative MaximumRetryAttempts", withTarget({ RetryPolicy: { MaximumRetryAttempts: -1 } }), /greater than or equal to 0/],
  ["a dead-letter Arn that is not a queue", withTarget({ DeadLetterConfig: { Arn: "arn:aws:sns:us-east-1:000000000000:topic" } }), /deadLetterConfig/],
  ["an unknown ActionAfterCompletion", { ActionAfterCompletion: "ARCHIVE" as "NONE" }, /enum value set: \[NONE, DELETE\]/],
  ["an unknown State", { State: "PAUSED" as "ENABLED" }, /enum value set: \[ENABLED, DISABLED\]/],
  ["a Description over 512 characters", { Description: "d".repeat(513) }, /length between 0 and 512/],
];

async function countSchedules(): Promise<number> {
  return (await h.client.send(new ListSchedulesCommand({}))).Schedules?.length ?? 0;
}

describe("CreateSchedule and UpdateSchedule validate as AWS does", () => {
  it.each(invalid)("rejects %s with ValidationException (400) and stores nothing", async (_what, overrides, message) => {
    const before = await countSchedules();
    const error = await rejection(h.client.send(new CreateScheduleCommand({ ...base, Name: "rejected", ...overrides })));
    expect(error.name).toBe("ValidationException");
    expect(error.$metadata?.httpStatusCode).toBe(400);
    expect(error.message).toMatch(message);
    expect(await countSchedules()).toBe(before);
  });

  it("applies the same rules to UpdateSchedule and leaves the schedule as it was", async () => {
    await h.client.send(new CreateScheduleCommand(scheduleInput("kept")));
    const error = await rejection(h.client.send(new UpdateScheduleCommand(scheduleInput("kept", { ScheduleExpression: "at(tomorrow)" }))));
    expect(error.name).toBe("ValidationException");
    expect((await h.client.send(new GetScheduleCommand({ Name: "kept" }))).ScheduleExpression).toBe("at(2030-01-15T10:00:00)");
  });

  it("accepts every expression kind, any IANA zone, FLEXIBLE windows and the limits themselves", async () => {
    const valid: Partial<CreateScheduleCommandInput>[] = [
      { ScheduleExpression: "rate(1 minute)" },
      { ScheduleExpression: "rate(12 hours)" },
      { ScheduleExpression: "cron(0 10 ? * MON-FRI *)" },
      { ScheduleExpression: "cron(15 9 1 * ? 2030)" },
      { ScheduleExpressionTimezone: "Asia/Kathmandu" },
      { FlexibleTimeWindow: { Mode: "FLEXIBLE", MaximumWindowInMinutes: 1440 } },
      withTarget({ Input: "x".repeat(8192), RetryPolicy: { MaximumEventAgeInSeconds: 60, MaximumRetryAttempts: 0 } }),
      { Description: "d".repeat(512), ActionAfterCompletion: "DELETE", GroupName: "Group_1.a-b" },
    ];
    for (const [i, overrides] of valid.entries()) {
      const out = await h.client.send(new CreateScheduleCommand({ ...base, Name: `ok-${i}`, ...overrides }));
      expect(out.ScheduleArn).toContain(`/ok-${i}`);
    }
  });
});
