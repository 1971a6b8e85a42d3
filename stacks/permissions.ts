import { ArnFormat, Stack } from "aws-cdk-lib";
import type { Table } from "aws-cdk-lib/aws-dynamodb";
import { Effect, PolicyStatement } from "aws-cdk-lib/aws-iam";
import type { IRole } from "aws-cdk-lib/aws-iam";
import type { Construct } from "constructs";

// Each builder names its actions and resources one by one: no wildcard actions, no Resource "*".

const TABLE_ACTIONS = [
  "dynamodb:GetItem",
  "dynamodb:PutItem",
  "dynamodb:UpdateItem",
  "dynamodb:DeleteItem",
  "dynamodb:Query",
  "dynamodb:TransactWriteItems",
  "dynamodb:ConditionCheckItem",
];

/** The table, and Query on each index named (gsi1: a host's requests; gsi2: an address's chats, read by the journal and the digest). */
export function readWriteTable(table: Table, indexNames: readonly string[]): PolicyStatement[] {
  return [
    allow(TABLE_ACTIONS, [table.tableArn]),
    allow(["dynamodb:Query"], indexNames.map((name) => `${table.tableArn}/index/${name}`)),
  ];
}

/** Bounce and complaint bookkeeping writes records and never reads or deletes. */
export function recordEmailFeedback(table: Table): PolicyStatement[] {
  return [allow(["dynamodb:PutItem", "dynamodb:UpdateItem"], [table.tableArn])];
}

export interface SenderIdentity {
  senderEmail: string;
  senderDomain: string;
  configurationSetName: string;
}

/** SES authorizes a send against the identity used (domain or address) and the configuration set. */
export function sendEmail(scope: Construct, sender: SenderIdentity): PolicyStatement[] {
  const stack = Stack.of(scope);
  const sesArn = (resource: string, resourceName: string) =>
    stack.formatArn({ service: "ses", resource, resourceName, arnFormat: ArnFormat.SLASH_RESOURCE_NAME });
  return [
    allow(
      ["ses:SendEmail", "ses:SendRawEmail"],
      [
        sesArn("identity", sender.senderDomain),
        sesArn("identity", sender.senderEmail),
        sesArn("configuration-set", sender.configurationSetName),
      ],
    ),
  ];
}

/** Create, move and delete follow-up schedules in our group, and hand them our scheduler role only. */
export function manageSchedules(scope: Construct, scheduleGroupName: string, schedulerRole: IRole): PolicyStatement[] {
  const schedules = Stack.of(scope).formatArn({
    service: "scheduler",
    resource: "schedule",
    resourceName: `${scheduleGroupName}/*`,
    arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
  });
  const passRole = allow(["iam:PassRole"], [schedulerRole.roleArn]);
  passRole.addCondition("StringEquals", { "iam:PassedToService": "scheduler.amazonaws.com" });
  return [
    allow(
      ["scheduler:CreateSchedule", "scheduler:UpdateSchedule", "scheduler:DeleteSchedule", "scheduler:GetSchedule"],
      [schedules],
    ),
    passRole,
  ];
}

/**
 * Seal and open calendar secrets: data keys from this one key only, and only with the encryption
 * context packages/aws/src/kms/data-keys.ts always sends.
 */
export function useCalendarKey(keyArn: string): PolicyStatement[] {
  const statement = allow(["kms:GenerateDataKey", "kms:Decrypt"], [keyArn]);
  statement.addCondition("StringEquals", { "kms:EncryptionContext:purpose": "coffeechat-calendar-secret" });
  return [statement];
}

export function lambdaArn(scope: Construct, functionName: string): string {
  return Stack.of(scope).formatArn({
    service: "lambda",
    resource: "function",
    resourceName: functionName,
    arnFormat: ArnFormat.COLON_RESOURCE_NAME,
  });
}

function allow(actions: string[], resources: string[]): PolicyStatement {
  return new PolicyStatement({ effect: Effect.ALLOW, actions, resources });
}
