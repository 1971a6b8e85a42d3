import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CreateScheduleCommand } from "../../packages/aws/src/scheduler/sdk.ts";
import { scheduleInput, startHarness, type Harness } from "./testing/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  h.target.behave = async () => {
    if (h.calls.at(-1)?.input?.includes("broken")) throw new Error("no such request");
  };
  await h.client.send(new CreateScheduleCommand(scheduleInput("soon", { ScheduleExpression: "at(2030-01-15T10:00:00)" })));
  await h.client.send(new CreateScheduleCommand(scheduleInput("broken", { ScheduleExpression: "at(2030-01-15T11:00:00)" })));
  await h.client.send(
    new CreateScheduleCommand(scheduleInput("later", { ScheduleExpression: "at(2030-06-01T12:00:00)", GroupName: "coffeechat", ActionAfterCompletion: "DELETE" })),
  );
});
afterAll(() => h.stop());

const http = (method: string, path: string) => fetch(`${h.emulator.url}${path}`, { method });

describe("/_local endpoints for tests and demos", () => {
  it("GET /_local/schedules lists every schedule of every group", async () => {
    const response = await http("GET", "/_local/schedules");
    expect(response.status).toBe(200);
    const body = (await response.json()) as { schedules: { Name: string; GroupName: string; Arn: string; ScheduleExpression: string }[] };
    expect(body.schedules.map((s) => `${s.GroupName}/${s.Name}`)).toEqual(["coffeechat/later", "default/broken", "default/soon"]);
    expect(body.schedules[0]).toMatchObject({
      Arn: "arn:aws:scheduler:us-east-1:000000000000:schedule/coffeechat/later",
      ScheduleExpression: "at(2030-06-01T12:00:00)",
      dueAt: "2030-06-01T12:00:00.000Z",
      completed: false,
    });
  });

  it("POST /_local/fire?until= runs what is due by then, retries included, and reports it", async () => {
    const response = await http("POST", "/_local/fire?until=2030-01-15T11:00:00Z");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      // In the order they were due, as time would have run them.
      ran: [
        { name: "soon", group: "default", at: "2030-01-15T10:00:00.000Z", ok: true, attempts: 1 },
        { name: "broken", group: "default", at: "2030-01-15T11:00:00.000Z", ok: false, attempts: 3, error: "Error: no such request" },
      ],
    });
    expect(h.calls.map((c) => c.input)).not.toContain(JSON.stringify({ name: "later" }));

    const later = await (await http("POST", "/_local/fire?until=2031-01-01T00:00:00Z")).json();
    expect(later).toEqual({ ran: [{ name: "later", group: "coffeechat", at: "2030-06-01T12:00:00.000Z", ok: true, attempts: 1 }] });
    const left = (await (await http("GET", "/_local/schedules")).json()) as { schedules: { Name: string; completed: boolean }[] };
    // "later" deleted itself (DELETE); the other two completed with NONE and stay, never to fire again.
    expect(left.schedules.map((s) => [s.Name, s.completed])).toEqual([
      ["broken", true],
      ["soon", true],
    ]);
  });

  it("GET /_local/dead-letters shows the events that ran out of retries", async () => {
    const body = (await (await http("GET", "/_local/dead-letters")).json()) as { deadLetters: { name: string; attempts: number }[] };
    expect(body.deadLetters).toMatchObject([{ name: "broken", attempts: 3, input: JSON.stringify({ name: "broken" }) }]);
  });

  it("POST /_local/dead-letters/redrive invokes each again as it was due, and keeps only what still fails", async () => {
    const stillBroken = await (await http("POST", "/_local/dead-letters/redrive")).json();
    expect(stillBroken).toEqual({ redriven: [{ name: "broken", group: "default", ok: false, error: "Error: no such request" }] });
    h.target.behave = async () => undefined;
    const fixed = await (await http("POST", "/_local/dead-letters/redrive")).json();
    expect(fixed).toEqual({ redriven: [{ name: "broken", group: "default", ok: true }] });
    expect(h.calls.at(-1)?.input).toBe(JSON.stringify({ name: "broken" }));
    expect(await (await http("GET", "/_local/dead-letters")).json()).toEqual({ deadLetters: [] });
  });

  it("answers 400 JSON for a missing or unreadable until", async () => {
    for (const path of ["/_local/fire", "/_local/fire?until=next-tuesday"]) {
      const response = await http("POST", path);
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toBe("application/json");
      expect(((await response.json()) as { Message: string }).Message).toMatch(/until must be an ISO instant/);
    }
  });

  it("answers 404 JSON for a path it does not serve", async () => {
    const response = await http("GET", "/nothing-here");
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ Message: "No operation at GET /nothing-here" });
  });
});
