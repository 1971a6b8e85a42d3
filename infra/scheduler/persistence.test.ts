import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CreateScheduleCommand, GetScheduleCommand } from "../../packages/aws/src/scheduler/sdk.ts";
import { scheduleInput, startHarness } from "./testing/harness.ts";

const dir = mkdtempSync(join(tmpdir(), "scheduler-emulator-"));
const dataFile = join(dir, "nested", "schedules.json");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a data file", () => {
  it("keeps schedules, completion and dead letters across a stop and a start", async () => {
    const first = await startHarness({ dataFile });
    first.target.behave = async () => {
      throw new Error("down");
    };
    await first.client.send(new CreateScheduleCommand(scheduleInput("pending", { ScheduleExpression: "at(2030-03-01T00:00:00)" })));
    await first.client.send(new CreateScheduleCommand(scheduleInput("failing")));
    expect(await first.emulator.fireUntil(Date.UTC(2030, 0, 15, 10))).toMatchObject([{ name: "failing", ok: false }]);
    await first.stop();
    expect(readdirSync(join(dir, "nested"))).toEqual(["schedules.json"]); // no temporary file left behind

    const second = await startHarness({ dataFile });
    try {
      const pending = await second.client.send(new GetScheduleCommand({ Name: "pending" }));
      expect(pending).toMatchObject({ ScheduleExpression: "at(2030-03-01T00:00:00)", Target: { Input: JSON.stringify({ name: "pending" }) } });
      const deadLetters = await (await fetch(`${second.emulator.url}/_local/dead-letters`)).json();
      expect(deadLetters).toMatchObject({ deadLetters: [{ name: "failing", attempts: 3 }] });
      // "failing" completed (NONE keeps it) before the restart, so only "pending" is still to run.
      expect(await second.emulator.fireUntil(Date.UTC(2031, 0, 1))).toMatchObject([{ name: "pending", ok: true }]);
      expect(second.calls.map((c) => c.input)).toEqual([JSON.stringify({ name: "pending" })]);
    } finally {
      await second.stop();
    }
  });

  it("is not needed: without one the emulator keeps everything in memory", async () => {
    const memory = await startHarness();
    await memory.client.send(new CreateScheduleCommand(scheduleInput("volatile")));
    await memory.stop();
    const again = await startHarness();
    try {
      const error = await again.client.send(new GetScheduleCommand({ Name: "volatile" })).catch((e: Error) => e);
      expect(error).toMatchObject({ name: "ResourceNotFoundException" });
    } finally {
      await again.stop();
    }
  });
});
