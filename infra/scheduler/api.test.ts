import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CreateScheduleCommand,
  CreateScheduleGroupCommand,
  DeleteScheduleCommand,
  GetScheduleCommand,
  GetScheduleGroupCommand,
  ListSchedulesCommand,
  paginateListSchedules,
  UpdateScheduleCommand,
} from "../../packages/aws/src/scheduler/sdk.ts";
import { rejection, scheduleInput, startHarness, T0, type Harness } from "./testing/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.stop());

describe("schedule operations through @aws-sdk/client-scheduler", () => {
  it("creates, reads, updates and deletes a schedule", async () => {
    const created = await h.client.send(new CreateScheduleCommand(scheduleInput("crud", { Description: "first" })));
    expect(created.ScheduleArn).toBe("arn:aws:scheduler:us-east-1:000000000000:schedule/default/crud");

    const got = await h.client.send(new GetScheduleCommand({ Name: "crud" }));
    expect(got).toMatchObject({
      Arn: created.ScheduleArn,
      Name: "crud",
      GroupName: "default",
      ScheduleExpression: "at(2030-01-15T10:00:00)",
      ScheduleExpressionTimezone: "UTC",
      State: "ENABLED",
      ActionAfterCompletion: "NONE",
      Description: "first",
      FlexibleTimeWindow: { Mode: "OFF" },
      Target: { Input: JSON.stringify({ name: "crud" }), RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 3600 } },
    });
    expect(got.CreationDate).toEqual(new Date(T0));
    expect(got.LastModificationDate).toEqual(new Date(T0));

    h.clock.advance(5000);
    await h.client.send(new UpdateScheduleCommand(scheduleInput("crud", { ScheduleExpression: "at(2030-02-01T08:30:00)", State: "DISABLED" })));
    const updated = await h.client.send(new GetScheduleCommand({ Name: "crud", GroupName: "default" }));
    expect(updated).toMatchObject({ ScheduleExpression: "at(2030-02-01T08:30:00)", State: "DISABLED" });
    expect(updated.Description).toBeUndefined();
    expect(updated.CreationDate).toEqual(new Date(T0));
    expect(updated.LastModificationDate).toEqual(new Date(T0 + 5000));

    await h.client.send(new DeleteScheduleCommand({ Name: "crud" }));
    const gone = await rejection(h.client.send(new GetScheduleCommand({ Name: "crud" })));
    expect(gone.name).toBe("ResourceNotFoundException");
    expect(gone.$metadata?.httpStatusCode).toBe(404);
  });

  it("fills in AWS's defaults: RetryPolicy 86400 s / 185 attempts, State ENABLED, ActionAfterCompletion NONE", async () => {
    const input = scheduleInput("defaults");
    await h.client.send(new CreateScheduleCommand({ ...input, State: undefined, Target: { Arn: input.Target!.Arn, RoleArn: input.Target!.RoleArn } }));
    const got = await h.client.send(new GetScheduleCommand({ Name: "defaults" }));
    expect(got.Target?.RetryPolicy).toEqual({ MaximumEventAgeInSeconds: 86400, MaximumRetryAttempts: 185 });
    expect(got).toMatchObject({ State: "ENABLED", ActionAfterCompletion: "NONE" });
  });

  it("answers ConflictException for a second schedule of the same name in the group, not in another group", async () => {
    await h.client.send(new CreateScheduleCommand(scheduleInput("twice")));
    const error = await rejection(h.client.send(new CreateScheduleCommand(scheduleInput("twice"))));
    expect(error.name).toBe("ConflictException");
    expect(error.message).toContain("twice");
    expect(error.$metadata?.httpStatusCode).toBe(409);

    const other = await h.client.send(new CreateScheduleCommand(scheduleInput("twice", { GroupName: "other-group" })));
    expect(other.ScheduleArn).toBe("arn:aws:scheduler:us-east-1:000000000000:schedule/other-group/twice");
  });

  it("treats a create retried with the same ClientToken as the same call", async () => {
    const input = scheduleInput("retried", { ClientToken: "token-1" });
    await h.client.send(new CreateScheduleCommand(input));
    const again = await h.client.send(new CreateScheduleCommand(input));
    expect(again.ScheduleArn).toContain("schedule/default/retried");
    const other = await rejection(h.client.send(new CreateScheduleCommand({ ...input, ClientToken: "token-2" })));
    expect(other.name).toBe("ConflictException");
  });

  it("answers ResourceNotFoundException when updating, reading or deleting a missing schedule", async () => {
    for (const send of [
      () => h.client.send(new UpdateScheduleCommand(scheduleInput("missing"))),
      () => h.client.send(new GetScheduleCommand({ Name: "missing", GroupName: "nowhere" })),
      () => h.client.send(new DeleteScheduleCommand({ Name: "missing" })),
    ]) {
      const error = await rejection(send());
      expect(error.name).toBe("ResourceNotFoundException");
      expect(error.message).toContain("missing");
    }
  });

  it("creates and reads schedule groups; any group name works without one", async () => {
    const created = await h.client.send(new CreateScheduleGroupCommand({ Name: "made" }));
    expect(created.ScheduleGroupArn).toBe("arn:aws:scheduler:us-east-1:000000000000:schedule-group/made");
    expect((await h.client.send(new GetScheduleGroupCommand({ Name: "made" }))).State).toBe("ACTIVE");
    expect((await rejection(h.client.send(new CreateScheduleGroupCommand({ Name: "made" })))).name).toBe("ConflictException");
    expect((await rejection(h.client.send(new GetScheduleGroupCommand({ Name: "never" })))).name).toBe("ResourceNotFoundException");
  });
});

describe("ListSchedules", () => {
  beforeAll(async () => {
    for (const i of [1, 2, 3, 4, 5]) {
      await h.client.send(new CreateScheduleCommand(scheduleInput(`page-${i}`, { GroupName: "paged", State: i === 3 ? "DISABLED" : "ENABLED" })));
    }
    await h.client.send(new CreateScheduleCommand(scheduleInput("other-1", { GroupName: "paged" })));
  });

  it("pages with MaxResults and NextToken through every schedule of a group, each once", async () => {
    const first = await h.client.send(new ListSchedulesCommand({ GroupName: "paged", MaxResults: 4 }));
    expect(first.Schedules?.map((s) => s.Name)).toEqual(["other-1", "page-1", "page-2", "page-3"]);
    expect(first.NextToken).toBeDefined();
    const second = await h.client.send(new ListSchedulesCommand({ GroupName: "paged", MaxResults: 4, NextToken: first.NextToken }));
    expect(second.Schedules?.map((s) => s.Name)).toEqual(["page-4", "page-5"]);
    expect(second.NextToken).toBeUndefined();
    expect(second.Schedules?.[0]).toMatchObject({
      Arn: "arn:aws:scheduler:us-east-1:000000000000:schedule/paged/page-4",
      GroupName: "paged",
      State: "ENABLED",
      Target: { Arn: "arn:aws:lambda:us-east-1:000000000000:function:followup" },
    });
    expect(second.Schedules?.[0]?.CreationDate).toEqual(new Date(h.clock.now()));
  });

  it("works with the SDK paginator", async () => {
    const names: string[] = [];
    for await (const page of paginateListSchedules({ client: h.client, pageSize: 2 }, { GroupName: "paged", NamePrefix: "page-" })) {
      names.push(...(page.Schedules ?? []).map((s) => s.Name ?? ""));
    }
    expect(names).toEqual(["page-1", "page-2", "page-3", "page-4", "page-5"]);
  });

  it("filters by NamePrefix and State, and lists every group without GroupName", async () => {
    const disabled = await h.client.send(new ListSchedulesCommand({ GroupName: "paged", State: "DISABLED" }));
    expect(disabled.Schedules?.map((s) => s.Name)).toEqual(["page-3"]);
    const all = await h.client.send(new ListSchedulesCommand({ NamePrefix: "page-" }));
    expect(all.Schedules?.map((s) => `${s.GroupName}/${s.Name}`)).toEqual(["paged/page-1", "paged/page-2", "paged/page-3", "paged/page-4", "paged/page-5"]);
  });

  it("rejects a bad MaxResults, State or NextToken with ValidationException", async () => {
    for (const input of [{ MaxResults: 0 }, { MaxResults: 101 }, { State: "PAUSED" as "ENABLED" }, { NextToken: "not-a-token" }]) {
      expect((await rejection(h.client.send(new ListSchedulesCommand(input)))).name).toBe("ValidationException");
    }
  });
});
