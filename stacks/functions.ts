import { FOLLOW_UP_MAX_ATTEMPTS } from "@coffeechat/core";
import { Duration } from "aws-cdk-lib";
import type { Table } from "aws-cdk-lib/aws-dynamodb";
import type { IRole } from "aws-cdk-lib/aws-iam";
import type { Queue } from "aws-cdk-lib/aws-sqs";
import { Function } from "sst/constructs";
import type { Config, Stack } from "sst/constructs";
import { createFunctionIdentity } from "./logging.ts";
import { manageSchedules, readWriteTable, recordEmailFeedback, sendEmail, useCalendarKey } from "./permissions.ts";
import type { DeploySettings } from "./settings.ts";

const HANDLERS = "packages/functions/src/lambda";

export interface FunctionWiring {
  stage: string;
  settings: DeploySettings;
  table: Table;
  indexNames: readonly string[];
  configurationSetName: string;
  scheduleGroupName: string;
  schedulerRole: IRole;
  followupFunctionName: string;
  followupArn: string;
  deadLetterQueue: Queue;
  tokenSecret: Config.Secret;
  /** Wraps calendar secrets; the Http function connects calendars, the Followup function refreshes them. */
  calendarKeyArn: string;
}

export interface AppFunctions {
  http: Function;
  followup: Function;
  sesEvents: Function;
}

/**
 * The three Lambdas, each with only the permissions it uses. Permissions are explicit statements,
 * never `bind` of a resource (SST would grant `dynamodb:*`), and the TOKEN_SECRET binding only
 * adds `ssm:GetParameters` on that one parameter.
 */
export function createAppFunctions(stack: Stack, wiring: FunctionWiring): AppFunctions {
  const { settings, table } = wiring;
  const environment = {
    TABLE_NAME: table.tableName,
    SENDER_EMAIL: settings.senderEmail,
    SES_CONFIGURATION_SET: wiring.configurationSetName,
    SCHEDULE_GROUP: wiring.scheduleGroupName,
    SCHEDULER_ROLE_ARN: wiring.schedulerRole.roleArn,
    // Built from the follow-up function's fixed name: its own `functionArn` in its own
    // environment would make the function depend on itself.
    FOLLOWUP_TARGET_ARN: wiring.followupArn,
    DLQ_ARN: wiring.deadLetterQueue.queueArn,
    RATE_LIMIT_REQUESTS_PER_MINUTE: settings.rateLimitRequestsPerMinute,
    RATE_LIMIT_PER_EMAIL_PER_HOUR: settings.rateLimitPerEmailPerHour,
    CALENDAR_KMS_KEY_ID: wiring.calendarKeyArn,
  };
  // A fresh set per function: one PolicyStatement object must not sit in two roles' documents.
  const permissions = () => [
    ...readWriteTable(table, wiring.indexNames),
    ...sendEmail(stack, { ...settings, configurationSetName: wiring.configurationSetName }),
    ...manageSchedules(stack, wiring.scheduleGroupName, wiring.schedulerRole),
    ...useCalendarKey(wiring.calendarKeyArn),
  ];
  // prefetchSecrets writes the secret's value into SST_Secret_value_TOKEN_SECRET at deploy time,
  // so a cold start does not wait on SSM.
  const withSecret = { bind: [wiring.tokenSecret], prefetchSecrets: true };

  const http = new Function(stack, "Http", {
    ...createFunctionIdentity(stack, "Http", wiring.stage),
    handler: `${HANDLERS}/http.handler`,
    memorySize: 512,
    timeout: 10,
    environment,
    permissions: permissions(),
    ...withSecret,
  });
  const followup = new Function(stack, "Followup", {
    ...createFunctionIdentity(stack, "Followup", wiring.stage),
    handler: `${HANDLERS}/followup.handler`,
    functionName: wiring.followupFunctionName,
    memorySize: 256,
    timeout: 30,
    environment,
    permissions: permissions(),
    ...withSecret,
    // Scheduler invokes Lambda asynchronously: a throw is retried by Lambda, then parked in the DLQ.
    // Lambda's async retries: the follow-up job counts its attempts with the same number.
    retryAttempts: FOLLOW_UP_MAX_ATTEMPTS - 1,
    maxEventAge: Duration.hours(6),
    deadLetterQueue: wiring.deadLetterQueue,
  });
  const sesEvents = new Function(stack, "SesEvents", {
    ...createFunctionIdentity(stack, "SesEvents", wiring.stage),
    handler: `${HANDLERS}/ses-events.handler`,
    memorySize: 256,
    timeout: 10,
    environment: { TABLE_NAME: table.tableName },
    permissions: recordEmailFeedback(table),
  });
  return { http, followup, sesEvents };
}
