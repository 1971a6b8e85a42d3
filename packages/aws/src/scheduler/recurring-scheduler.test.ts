import { GetScheduleCommand } from "@aws-sdk/client-scheduler";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSchedulerEmulator, type SchedulerEmulator } from "../../../../infra/scheduler/index.ts";
import { createSchedulerClient } from "./client.ts";
import { EventBridgeRecurringScheduler } from "./recurring-scheduler.ts";

const options = {
  groupName: "coffeechat-test",
  targetArn: "arn:aws:lambda:us-east-1:000000000000:function:coffeechat-followup",
  roleArn: "arn:aws:iam::000000000000:role/coffeechat-scheduler",
  deadLetterArn: "arn:aws:sqs:us-east-1:000000000000:coffeechat-dlq",
};
const NOW = Date.UTC(2030, 0, 15, 9, 0, 0);
const MINUTE = 60_000;

let emulator: SchedulerEmulator;
let client: ReturnType<typeof createSchedulerClient>;
const delivered: unknown[] = [];
beforeAll(async () => {
  emulator = await startSchedulerEmulator({ now: () => NOW, retryDelayMs: () => 0, invoke: async (_arn, body) => void delivered.push(JSON.parse(body ?? "null")) });
  client = createSchedulerClient({ endpoint: emulator.url, region: "us-east-1" });
});
afterAll(async () => {
  client.destroy();
  await emulator.stop();
});

describe("EventBridgeRecurringScheduler against the Scheduler emulator", () => {
  it("creates a recurring schedule that stays, replaces it when upserted again, and runs it every period", async () => {
    const scheduler = new EventBridgeRecurringScheduler({ client, ...options });
    const input = { job: "calendar_refresh", hostKey: "dana", connectionId: "c1" };
    await scheduler.upsertRecurring({ name: "calendar-c1", expression: "rate(1 hour)", input });
    await scheduler.upsertRecurring({ name: "calendar-c1", expression: "rate(10 minutes)", input });
    const got = await client.send(new GetScheduleCommand({ Name: "calendar-c1", GroupName: options.groupName }));
    expect(got).toMatchObject({
      ScheduleExpression: "rate(10 minutes)",
      ScheduleExpressionTimezone: "UTC",
      State: "ENABLED",
      Target: { Arn: options.targetArn, RoleArn: options.roleArn, DeadLetterConfig: { Arn: options.deadLetterArn } },
    });
    expect(got.ActionAfterCompletion ?? "NONE").toBe("NONE");
    expect(JSON.parse(got.Target?.Input ?? "")).toEqual(input);
    const ran = await emulator.fireUntil(NOW + 25 * MINUTE);
    expect(ran.map((r) => r.name)).toEqual(["calendar-c1", "calendar-c1"]);
    expect(delivered).toEqual([input, input]);
  });

  it("deletes it, and deleting one that is gone is no error", async () => {
    const scheduler = new EventBridgeRecurringScheduler({ client, ...options });
    await scheduler.delete("calendar-c1");
    await expect(client.send(new GetScheduleCommand({ Name: "calendar-c1", GroupName: options.groupName }))).rejects.toMatchObject({ name: "ResourceNotFoundException" });
    await expect(scheduler.delete("calendar-c1")).resolves.toBeUndefined();
  });
});
