import { Duration, Stack } from "aws-cdk-lib";
import { Alarm, ComparisonOperator, TreatMissingData } from "aws-cdk-lib/aws-cloudwatch";
import { Effect, PolicyDocument, PolicyStatement, Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { CfnScheduleGroup } from "aws-cdk-lib/aws-scheduler";
import { Queue } from "aws-cdk-lib/aws-sqs";
import type { Construct } from "constructs";

export interface FollowupInfra {
  deadLetterQueue: Queue;
  scheduleGroup: CfnScheduleGroup;
  scheduleGroupName: string;
}

/** Where follow-up schedules live and where their undeliverable invocations land. */
export function createFollowupInfra(scope: Construct, stage: string): FollowupInfra {
  const deadLetterQueue = new Queue(scope, "FollowupDeadLetterQueue", {
    retentionPeriod: Duration.days(14),
  });
  // Any message here is a follow-up nobody received: one is enough to page.
  new Alarm(scope, "FollowupDeadLetterAlarm", {
    alarmDescription: "A follow-up could not be delivered and sits in the dead-letter queue",
    metric: deadLetterQueue.metricApproximateNumberOfMessagesVisible({
      period: Duration.minutes(5),
      statistic: "Maximum",
    }),
    threshold: 1,
    comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    evaluationPeriods: 1,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  });
  const scheduleGroupName = `coffeechat-${stage}`;
  const scheduleGroup = new CfnScheduleGroup(scope, "FollowupScheduleGroup", { name: scheduleGroupName });
  return { deadLetterQueue, scheduleGroup, scheduleGroupName };
}

/**
 * The role EventBridge Scheduler assumes to run a follow-up: it may invoke the follow-up function and
 * drop failed deliveries into the dead-letter queue, nothing else. The target is an ARN string, not a
 * function reference, so the follow-up function can carry this role's ARN without a cycle.
 */
export function createSchedulerRole(scope: Construct, targetArn: string, deadLetterQueue: Queue): Role {
  const account = Stack.of(scope).account;
  return new Role(scope, "FollowupSchedulerRole", {
    assumedBy: new ServicePrincipal("scheduler.amazonaws.com", {
      conditions: { StringEquals: { "aws:SourceAccount": account } },
    }),
    inlinePolicies: {
      InvokeFollowup: new PolicyDocument({
        statements: [
          new PolicyStatement({ effect: Effect.ALLOW, actions: ["lambda:InvokeFunction"], resources: [targetArn] }),
          new PolicyStatement({
            effect: Effect.ALLOW,
            actions: ["sqs:SendMessage"],
            resources: [deadLetterQueue.queueArn],
          }),
        ],
      }),
    },
  });
}
