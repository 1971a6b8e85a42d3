import { CreateScheduleCommand, DeleteScheduleCommand, UpdateScheduleCommand, type CreateScheduleCommandInput, type SchedulerClient } from "@aws-sdk/client-scheduler";
import type { RecurringSchedule, RecurringScheduler } from "@coffeechat/core";
import { isNamed, schedulerError } from "./errors.ts";

export interface EventBridgeRecurringSchedulerOptions {
  client: SchedulerClient;
  groupName: string;
  /** The job function (the follow-up Lambda runs calendar refreshes too). */
  targetArn: string;
  roleArn: string;
  deadLetterArn: string;
  /** Schedule expressions are read in this zone (rate() ignores it; cron() needs it). */
  timeZone?: string;
}

/**
 * Recurring schedules (calendar refreshes): a rate() or cron() expression that runs until deleted.
 * A missed run is not worth retrying long, since the next one comes soon: two attempts within ten
 * minutes, then the dead-letter queue.
 */
export class EventBridgeRecurringScheduler implements RecurringScheduler {
  constructor(private readonly options: EventBridgeRecurringSchedulerOptions) {}

  async upsertRecurring(schedule: RecurringSchedule): Promise<void> {
    const input = this.scheduleInput(schedule);
    try {
      try {
        await this.options.client.send(new CreateScheduleCommand(input));
      } catch (e) {
        if (!isNamed(e, "ConflictException")) throw e;
        await this.options.client.send(new UpdateScheduleCommand(input));
      }
    } catch (e) {
      throw schedulerError(e, `schedule ${schedule.name}`);
    }
  }

  async delete(name: string): Promise<void> {
    try {
      await this.options.client.send(new DeleteScheduleCommand({ Name: name, GroupName: this.options.groupName }));
    } catch (e) {
      if (isNamed(e, "ResourceNotFoundException")) return;
      throw schedulerError(e, `delete schedule ${name}`);
    }
  }

  private scheduleInput(schedule: RecurringSchedule): CreateScheduleCommandInput {
    const o = this.options;
    return {
      Name: schedule.name,
      GroupName: o.groupName,
      ScheduleExpression: schedule.expression,
      ScheduleExpressionTimezone: o.timeZone ?? "UTC",
      FlexibleTimeWindow: { Mode: "OFF" },
      State: "ENABLED",
      Description: "coffeechat recurring job",
      Target: {
        Arn: o.targetArn,
        RoleArn: o.roleArn,
        Input: JSON.stringify(schedule.input),
        RetryPolicy: { MaximumRetryAttempts: 1, MaximumEventAgeInSeconds: 600 },
        DeadLetterConfig: { Arn: o.deadLetterArn },
      },
    };
  }
}
