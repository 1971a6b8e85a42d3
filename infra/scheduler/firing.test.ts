import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { UpdateScheduleCommand } from "../../packages/aws/src/scheduler/sdk.ts";
import { createSchedule, scheduleExists, scheduleInput, startHarness, T0, type Harness } from "./testing/harness.ts";

const TEN = Date.UTC(2030, 0, 15, 10, 0, 0); // at(2030-01-15T10:00:00) in UTC, an hour after T0
let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.stop());

const create = (name: string, overrides = {}) => createSchedule(h, name, overrides);
const exists = (name: string) => scheduleExists(h, name);

describe("a due schedule invokes its target", () => {
  it("not before its time; at its time on the next tick, with its Input", async () => {
    await create("on-time");
    h.clock.set(TEN - 1000);
    expect(await h.emulator.fireUntil(h.clock.now())).toEqual([]);
    h.clock.set(TEN);
    await vi.waitFor(() => expect(h.calls).toHaveLength(1));
    expect(h.calls[0]).toEqual({ arn: "arn:aws:lambda:us-east-1:000000000000:function:followup", input: JSON.stringify({ name: "on-time" }) });
  });

  it("reads at() in its ScheduleExpressionTimezone", async () => {
    await create("zoned", { ScheduleExpression: "at(2030-01-15T05:00:00)", ScheduleExpressionTimezone: "America/New_York" });
    expect(await h.emulator.fireUntil(TEN - 1000)).toEqual([]);
    expect(await h.emulator.fireUntil(TEN)).toEqual([{ name: "zoned", group: "default", at: new Date(TEN).toISOString(), ok: true, attempts: 1 }]);
  });

  it("fires a schedule created past its due time on the next tick", async () => {
    await create("late", { ScheduleExpression: "at(2030-01-15T08:00:00)" });
    await vi.waitFor(() => expect(h.calls).toHaveLength(1));
    expect(h.calls[0]?.input).toBe(JSON.stringify({ name: "late" }));
  });

  it("never fires a DISABLED schedule, one-time or recurring", async () => {
    await create("off", { State: "DISABLED" });
    await create("off-rate", { State: "DISABLED", ScheduleExpression: "rate(1 minute)" });
    await create("off-cron", { State: "DISABLED", ScheduleExpression: "cron(* * * * ? *)" });
    expect(await h.emulator.fireUntil(TEN + 86_400_000)).toEqual([]);
    expect(h.calls).toEqual([]);
  });
});

describe("after a delivery", () => {
  it("ActionAfterCompletion DELETE deletes the schedule", async () => {
    await create("deleted", { ActionAfterCompletion: "DELETE" });
    expect(await h.emulator.fireUntil(TEN)).toMatchObject([{ name: "deleted", ok: true }]);
    expect(await exists("deleted")).toBe(false);
  });

  it("ActionAfterCompletion NONE keeps the schedule but never fires it again, until it is updated", async () => {
    await create("kept", { ActionAfterCompletion: "NONE" });
    expect(await h.emulator.fireUntil(TEN)).toHaveLength(1);
    expect(await exists("kept")).toBe(true);
    expect(await h.emulator.fireUntil(TEN + 86_400_000)).toEqual([]);
    expect(h.calls).toHaveLength(1);

    await h.client.send(new UpdateScheduleCommand(scheduleInput("kept", { ScheduleExpression: "at(2030-01-16T10:00:00)" })));
    expect(await h.emulator.fireUntil(TEN + 86_400_000)).toMatchObject([{ name: "kept", ok: true }]);
    expect(h.calls).toHaveLength(2);
  });
});

describe("failed deliveries", () => {
  it("are retried, and a later success completes the schedule", async () => {
    h.target.behave = async (call) => {
      if (call < 3) throw new Error(`failure ${call}`);
    };
    await create("flaky", { ActionAfterCompletion: "DELETE" });
    expect(await h.emulator.fireUntil(TEN)).toEqual([{ name: "flaky", group: "default", at: new Date(TEN).toISOString(), ok: true, attempts: 3 }]);
    expect(h.deadLetters).toEqual([]);
    expect(await exists("flaky")).toBe(false);
  });

  it("go to the dead letters after 1 + MaximumRetryAttempts attempts", async () => {
    h.target.behave = async () => {
      throw new Error("target down");
    };
    await create("doomed", { ActionAfterCompletion: "DELETE" });
    const [result] = await h.emulator.fireUntil(TEN);
    expect(result).toMatchObject({ name: "doomed", ok: false, attempts: 3, error: "Error: target down" });
    expect(h.calls).toHaveLength(3);
    expect(h.deadLetters).toEqual([
      {
        scheduleArn: "arn:aws:scheduler:us-east-1:000000000000:schedule/default/doomed",
        name: "doomed",
        group: "default",
        targetArn: "arn:aws:lambda:us-east-1:000000000000:function:followup",
        deadLetterArn: "arn:aws:sqs:us-east-1:000000000000:dlq",
        input: JSON.stringify({ name: "doomed" }),
        dueAt: new Date(TEN).toISOString(),
        failedAt: new Date(T0).toISOString(),
        attempts: 3,
        error: "Error: target down",
      },
    ]);
    // The schedule has completed (its event is in the dead letters), so DELETE applies and it never runs again.
    expect(await exists("doomed")).toBe(false);
  });

  it("stop when MaximumEventAgeInSeconds has passed since the due time", async () => {
    h.clock.set(TEN);
    h.target.behave = async () => {
      h.clock.advance(25_000);
      throw new Error("slow failure");
    };
    await create("aged", {
      Target: { ...scheduleInput("aged").Target, RetryPolicy: { MaximumRetryAttempts: 185, MaximumEventAgeInSeconds: 60 } },
    });
    const [result] = await h.emulator.fireUntil(TEN);
    // 25 s and 50 s old after the first two attempts; 75 s after the third, past the 60 s limit.
    expect(result).toMatchObject({ ok: false, attempts: 3 });
    expect(h.deadLetters).toHaveLength(1);
  });

  it("wait retryDelayMs(attempt) between attempts", async () => {
    const delays: number[] = [];
    await h.stop();
    h = await startHarness({ retryDelayMs: (attempt) => (delays.push(attempt), 1) });
    h.target.behave = async () => {
      throw new Error("down");
    };
    await create("backoff");
    await h.emulator.fireUntil(TEN);
    expect(delays).toEqual([1, 2]);
  });
});

describe("one delivery at a time", () => {
  it("a tick or a second fireUntil during a running delivery starts no other", async () => {
    let release!: () => void;
    const blocked = new Promise<void>((resolve) => (release = resolve));
    h.target.behave = () => blocked;
    await create("slow");
    h.clock.set(TEN);
    await vi.waitFor(() => expect(h.calls).toHaveLength(1));
    const joined = h.emulator.fireUntil(TEN);
    // Let many ticks (10 ms apart) pass while the first delivery is still running.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(h.calls).toHaveLength(1);
    release();
    expect(await joined).toMatchObject([{ name: "slow", ok: true, attempts: 1 }]);
    expect(await h.emulator.fireUntil(TEN)).toEqual([]);
    expect(h.calls).toHaveLength(1);
  });
});
