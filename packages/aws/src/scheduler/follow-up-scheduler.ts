import { FOLLOW_UP_MAX_ATTEMPTS } from "@coffeechat/core";
import {
  CreateScheduleCommand,
  DeleteScheduleCommand,
  UpdateScheduleCommand,
  type CreateScheduleCommandInput,
  type SchedulerClient,
} from "@aws-sdk/client-scheduler";
import type { FollowUpScheduler, OneTimeSchedule } from "@coffeechat/core";
import { atExpression } from "./at-expression.ts";
import { isNamed, schedulerError } from "./errors.ts";

export interface EventBridgeFollowUpSchedulerOptions {
  client: SchedulerClient;
  groupName: string;
  /** The follow-up Lambda. */
  targetArn: string;
  /** The role EventBridge Scheduler assumes to invoke the target. */
  roleArn: string;
  /** The SQS queue an event lands in after its last failed attempt. */
  deadLetterArn: string;
  /** Retries after the first attempt (AWS allows 0–185). */
  maximumRetryAttempts?: number;
  /** Give up this long after the due time (AWS allows 60–86400). */
  maximumEventAgeInSeconds?: number;
}

/** The job's own attempt count: the retries after the first attempt. */
const DEFAULT_RETRY_ATTEMPTS = FOLLOW_UP_MAX_ATTEMPTS - 1;
/** A follow-up that is hours late has lost its point; the job re-checks whether it still applies anyway. */
const DEFAULT_EVENT_AGE_SECONDS = 6 * 3600;

/** Each follow-up is a one-time schedule that deletes itself after it has run. */
export class EventBridgeFollowUpScheduler implements FollowUpScheduler {
  constructor(private readonly options: EventBridgeFollowUpSchedulerOptions) {}

  async upsert(schedule: OneTimeSchedule): Promise<void> {
    const input = this.scheduleInput(schedule);
    const { client } = this.options;
    try {
      // Create, else update; a schedule that fired and deleted itself between the two is created again.
      for (let round = 0; ; round++) {
        try {
          await client.send(new CreateScheduleCommand(input));
          return;
        } catch (e) {
          if (!isNamed(e, "ConflictException")) throw e;
        }
        try {
          await client.send(new UpdateScheduleCommand(input));
          return;
        } catch (e) {
          if (!isNamed(e, "ResourceNotFoundException") || round >= 2) throw e;
        }
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

  private scheduleInput(schedule: OneTimeSchedule): CreateScheduleCommandInput {
    const o = this.options;
    return {
      Name: schedule.name,
      GroupName: o.groupName,
      ScheduleExpression: atExpression(schedule.at),
      ScheduleExpressionTimezone: "UTC",
      FlexibleTimeWindow: { Mode: "OFF" },
      ActionAfterCompletion: "DELETE",
      State: "ENABLED",
      Description: `coffeechat ${schedule.input.kind} follow-up of request ${schedule.input.requestId}`,
      Target: {
        Arn: o.targetArn,
        RoleArn: o.roleArn,
        // Scheduler writes the due instant into the Input on each invocation: the job judges by it.
        Input: JSON.stringify({ ...schedule.input, scheduledAt: "<aws.scheduler.scheduled-time>" }),
        RetryPolicy: {
          MaximumRetryAttempts: o.maximumRetryAttempts ?? DEFAULT_RETRY_ATTEMPTS,
          MaximumEventAgeInSeconds: o.maximumEventAgeInSeconds ?? DEFAULT_EVENT_AGE_SECONDS,
        },
        DeadLetterConfig: { Arn: o.deadLetterArn },
      },
    };
  }
}
