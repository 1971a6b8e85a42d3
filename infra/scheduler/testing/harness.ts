import { createSchedulerClient } from "../../../packages/aws/src/scheduler/client.ts";
import { CreateScheduleCommand, GetScheduleCommand, type CreateScheduleCommandInput, type SchedulerClient } from "../../../packages/aws/src/scheduler/sdk.ts";
import { startSchedulerEmulator } from "../index.ts";
import type { DeadLetter, SchedulerEmulator, SchedulerEmulatorOptions } from "../types.ts";

export const T0 = Date.UTC(2030, 0, 15, 9, 0, 0);

export interface Harness {
  emulator: SchedulerEmulator;
  client: SchedulerClient;
  clock: { now: () => number; set(ms: number): void; advance(ms: number): void };
  /** Every invocation of the local target, in order. */
  calls: { arn: string; input: string | undefined }[];
  deadLetters: DeadLetter[];
  /** What the target does on its next invocations (default: succeed). */
  target: { behave: (call: number) => Promise<void> };
  stop(): Promise<void>;
}

/** The emulator on a free port with an injected clock, and an SDK client that does not retry. */
export async function startHarness(options: Partial<SchedulerEmulatorOptions> = {}): Promise<Harness> {
  let now = T0;
  const calls: Harness["calls"] = [];
  const deadLetters: DeadLetter[] = [];
  const target: Harness["target"] = { behave: async () => undefined };
  const emulator = await startSchedulerEmulator({
    now: () => now,
    tickMs: 10,
    retryDelayMs: () => 0,
    invoke: async (arn, input) => {
      calls.push({ arn, input });
      await target.behave(calls.length);
    },
    onDeadLetter: (entry) => void deadLetters.push(entry),
    ...options,
  });
  const client = createSchedulerClient({ endpoint: emulator.url, region: "us-east-1", maxAttempts: 1 });
  return {
    emulator,
    client,
    clock: { now: () => now, set: (ms) => (now = ms), advance: (ms) => (now += ms) },
    calls,
    deadLetters,
    target,
    async stop() {
      client.destroy();
      await emulator.stop();
    },
  };
}

/** A valid one-time schedule; tests override what they exercise. */
export function scheduleInput(name: string, overrides: Partial<CreateScheduleCommandInput> = {}): CreateScheduleCommandInput {
  return {
    Name: name,
    ScheduleExpression: "at(2030-01-15T10:00:00)",
    ScheduleExpressionTimezone: "UTC",
    FlexibleTimeWindow: { Mode: "OFF" },
    Target: {
      Arn: "arn:aws:lambda:us-east-1:000000000000:function:followup",
      RoleArn: "arn:aws:iam::000000000000:role/scheduler",
      Input: JSON.stringify({ name }),
      RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 3600 },
      DeadLetterConfig: { Arn: "arn:aws:sqs:us-east-1:000000000000:dlq" },
    },
    ...overrides,
  };
}

/** The error a promise rejects with, to assert on its name and message. */
export async function rejection(promise: Promise<unknown>): Promise<Error & { $metadata?: { httpStatusCode?: number } }> {
  try {
    await promise;
  } catch (e) {
    return e as Error;
  }
  throw new Error("expected a rejection");
}

/** Creates a valid schedule with the harness's client, overriding what a test exercises. */
export const createSchedule = (h: Harness, name: string, overrides: Partial<CreateScheduleCommandInput> = {}) =>
  h.client.send(new CreateScheduleCommand(scheduleInput(name, overrides)));

/** Whether the schedule is still there (ActionAfterCompletion DELETE removes it). */
export const scheduleExists = (h: Harness, name: string) =>
  h.client.send(new GetScheduleCommand({ Name: name })).then(
    () => true,
    (e: Error) => (e.name === "ResourceNotFoundException" ? false : Promise.reject(e)),
  );
