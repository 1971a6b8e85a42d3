import { GetScheduleCommand, ListSchedulesCommand, ThrottlingException } from "@aws-sdk/client-scheduler";
import { DomainError, type FollowUpInput, type OneTimeSchedule } from "@coffeechat/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../../../infra/local/free-port.ts";
import { startSchedulerEmulator, type SchedulerEmulator } from "../../../../infra/scheduler/index.ts";
import { atExpression } from "./at-expression.ts";
import { createSchedulerClient } from "./client.ts";
import { schedulerError } from "./errors.ts";
import { EventBridgeFollowUpScheduler } from "./follow-up-scheduler.ts";

const options = {
  groupName: "coffeechat-test",
  targetArn: "arn:aws:lambda:us-east-1:000000000000:function:coffeechat-followup",
  roleArn: "arn:aws:iam::000000000000:role/coffeechat-scheduler",
  deadLetterArn: "arn:aws:sqs:us-east-1:000000000000:coffeechat-dlq",
};
const NOW = Date.UTC(2030, 0, 15, 9, 0, 0);
const input: FollowUpInput = { requestId: "0123456789abcdef0123456789abcdef", kind: "thank_you", version: 3 };
const schedule = (at: number, name = "req-0123-thank-you"): OneTimeSchedule => ({ name, at, input });

let emulator: SchedulerEmulator;
let client: ReturnType<typeof createSchedulerClient>;
let scheduler: EventBridgeFollowUpScheduler;
const delivered: { arn: string; input: string | undefined }[] = [];

beforeAll(async () => {
  emulator = await startSchedulerEmulator({ now: () => NOW, retryDelayMs: () => 0, invoke: async (arn, body) => void delivered.push({ arn, input: body }) });
  client = createSchedulerClient({ endpoint: emulator.url, region: "us-east-1" });
  scheduler = new EventBridgeFollowUpScheduler({ client, ...options, maximumRetryAttempts: 4, maximumEventAgeInSeconds: 7200 });
});
afterAll(async () => {
  client.destroy();
  await emulator.stop();
});

const get = (name: string) => client.send(new GetScheduleCommand({ Name: name, GroupName: options.groupName }));

describe("EventBridgeFollowUpScheduler against the Scheduler emulator", () => {
  it("creates a one-time UTC schedule that deletes itself, with the follow-up as Input", async () => {
    await scheduler.upsert(schedule(Date.UTC(2030, 0, 20, 14, 30, 0, 1)));
    const got = await get("req-0123-thank-you");
    expect(got).toMatchObject({
      GroupName: "coffeechat-test",
      ScheduleExpression: "at(2030-01-20T14:30:01)",
      ScheduleExpressionTimezone: "UTC",
      FlexibleTimeWindow: { Mode: "OFF" },
      ActionAfterCompletion: "DELETE",
      State: "ENABLED",
      Target: {
        Arn: options.targetArn,
        RoleArn: options.roleArn,
        RetryPolicy: { MaximumRetryAttempts: 4, MaximumEventAgeInSeconds: 7200 },
        DeadLetterConfig: { Arn: options.deadLetterArn },
      },
    });
    expect(JSON.parse(got.Target?.Input ?? "")).toEqual({ ...input, scheduledAt: "<aws.scheduler.scheduled-time>" });
  });

  it("moves an existing schedule when upserted again (create, then update)", async () => {
    await scheduler.upsert(schedule(Date.UTC(2030, 0, 22, 8, 0, 0)));
    expect((await get("req-0123-thank-you")).ScheduleExpression).toBe("at(2030-01-22T08:00:00)");
    const listed = await client.send(new ListSchedulesCommand({ GroupName: options.groupName, NamePrefix: "req-0123" }));
    expect(listed.Schedules?.map((s) => s.Name)).toEqual(["req-0123-thank-you"]);
  });

  it("is delivered at its time with the Input the follow-up job parses, and is gone afterwards", async () => {
    await scheduler.upsert(schedule(Date.UTC(2030, 0, 16, 9, 0, 0), "req-0123-reminder"));
    const ran = await emulator.fireUntil(Date.UTC(2030, 0, 16, 9, 0, 0));
    expect(ran).toMatchObject([{ name: "req-0123-reminder", group: "coffeechat-test", ok: true, attempts: 1 }]);
    // The emulator fills in the due instant, as Scheduler does with its context attributes.
    expect(delivered.map((d) => [d.arn, JSON.parse(d.input ?? "")])).toEqual([
      [options.targetArn, { ...input, scheduledAt: "2030-01-16T09:00:00Z" }],
    ]);
    await expect(get("req-0123-reminder")).rejects.toMatchObject({ name: "ResourceNotFoundException" });
  });

  it("deletes a schedule, and deleting a missing one is no error", async () => {
    await scheduler.delete("req-0123-thank-you");
    await expect(get("req-0123-thank-you")).rejects.toMatchObject({ name: "ResourceNotFoundException" });
    await expect(scheduler.delete("req-0123-thank-you")).resolves.toBeUndefined();
    await expect(scheduler.delete("never-existed")).resolves.toBeUndefined();
  });

  it("leaves a request the service refuses (ValidationException) as it is: that is a bug, not a retry", async () => {
    const error = await scheduler.upsert(schedule(NOW, "x".repeat(65))).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "ValidationException" });
    expect(error).not.toBeInstanceOf(DomainError);
  });
});

describe("recurring schedules against the Scheduler emulator", () => {
  it("puts a cron() in its zone that stays after each run, replaces it when put again, and deletes it", async () => {
    const name = "cc-digest-acc1";
    await scheduler.putRecurringSchedule(name, "cron(0 8 ? * MON *)", "Europe/Berlin", { job: "digest", accountId: "acc1" });
    expect(await get(name)).toMatchObject({
      ScheduleExpression: "cron(0 8 ? * MON *)",
      ScheduleExpressionTimezone: "Europe/Berlin",
      ActionAfterCompletion: "NONE",
      FlexibleTimeWindow: { Mode: "OFF" },
      Target: { Arn: options.targetArn, RoleArn: options.roleArn, DeadLetterConfig: { Arn: options.deadLetterArn } },
    });
    await scheduler.putRecurringSchedule(name, "cron(30 17 ? * FRI *)", "Europe/Berlin", { job: "digest", accountId: "acc1" });
    delivered.length = 0;
    // Fridays 17:30 in Berlin (UTC+1 in January): the 18th and the 25th.
    const ran = await emulator.fireUntil(Date.UTC(2030, 0, 26));
    expect(ran.filter((r) => r.name === name).map((r) => r.at)).toEqual(["2030-01-18T16:30:00.000Z", "2030-01-25T16:30:00.000Z"]);
    expect(delivered.map((d) => JSON.parse(d.input ?? ""))).toEqual([
      { job: "digest", accountId: "acc1", scheduledAt: "2030-01-18T16:30:00Z" },
      { job: "digest", accountId: "acc1", scheduledAt: "2030-01-25T16:30:00Z" },
    ]);
    expect((await get(name)).State).toBe("ENABLED");
    await scheduler.deleteRecurringSchedule(name);
    await expect(get(name)).rejects.toMatchObject({ name: "ResourceNotFoundException" });
    await expect(scheduler.deleteRecurringSchedule(name)).resolves.toBeUndefined();
  });
});

describe("transient failures", () => {
  it("an unreachable Scheduler is TRANSIENT for upsert and delete", async () => {
    const closed = createSchedulerClient({ endpoint: `http://127.0.0.1:${await freePort()}`, region: "us-east-1", maxAttempts: 1 });
    const offline = new EventBridgeFollowUpScheduler({ client: closed, ...options });
    try {
      await expect(offline.upsert(schedule(NOW))).rejects.toMatchObject({ name: "DomainError", code: "TRANSIENT" });
      await expect(offline.delete("any")).rejects.toMatchObject({ name: "DomainError", code: "TRANSIENT" });
    } finally {
      closed.destroy();
    }
  });

  it("throttling and server errors are TRANSIENT", () => {
    const throttled = new ThrottlingException({ message: "Rate exceeded", Message: "Rate exceeded", $metadata: { httpStatusCode: 429 } });
    expect(schedulerError(throttled, "schedule x")).toMatchObject({ code: "TRANSIENT" });
    const server = Object.assign(new Error("boom"), { name: "InternalServerException", $metadata: { httpStatusCode: 500 } });
    expect(schedulerError(server, "schedule x")).toMatchObject({ code: "TRANSIENT" });
  });
});

describe("atExpression", () => {
  it("rounds up to the next whole second and never early", () => {
    expect(atExpression(Date.UTC(2030, 0, 1, 0, 0, 0))).toBe("at(2030-01-01T00:00:00)");
    expect(atExpression(Date.UTC(2030, 0, 1, 0, 0, 0, 1))).toBe("at(2030-01-01T00:00:01)");
    expect(atExpression(Date.UTC(2030, 11, 31, 23, 59, 59, 999))).toBe("at(2031-01-01T00:00:00)");
  });
});
