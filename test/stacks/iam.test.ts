import type { Template } from "aws-cdk-lib/assertions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeBuildOutput, synthesizeCoffeechat, TEST_ACCOUNT } from "./synthesize.ts";
import type { Statement } from "./template-query.ts";
import { allPolicyStatements, asList, logicalId, propertiesOf, render, statementsOfRole, wildcardProblem } from "./template-query.ts";

let template: Template;

beforeAll(async () => {
  template = await synthesizeCoffeechat();
});
afterAll(removeBuildOutput);

const ARN = `us-east-1:${TEST_ACCOUNT}`;

/** action → the resources it is allowed on, so a grant reads as one line per action. */
function grantsOf(statements: Statement[]): Record<string, string[]> {
  const grants: Record<string, string[]> = {};
  for (const s of statements) {
    expect(s.Effect).toBe("Allow");
    for (const action of asList(s.Action) as string[]) {
      grants[action] = [...(grants[action] ?? []), ...asList(s.Resource).map(render)].sort();
    }
  }
  return grants;
}

function roleOfFunction(prefix: string): string {
  const props = propertiesOf(template, logicalId(template, "AWS::Lambda::Function", prefix));
  return props.Role["Fn::GetAtt"][0];
}

describe("IAM in the synthesized template", () => {
  it("has no statement with a wildcard action or a Resource of \"*\"", () => {
    const statements = allPolicyStatements(template);
    // Guards against a walker that finds nothing: 3 functions, scheduler role, prefetchers.
    expect(statements.length).toBeGreaterThan(15);
    const problems = statements
      .map(({ where, statement }) => ({ where, problem: wildcardProblem(statement) }))
      .filter((p) => p.problem !== undefined);
    expect(problems).toEqual([]);
  });

  it("the walker does catch the statements SST adds by default (X-Ray, admin)", () => {
    const xray = { Effect: "Allow", Action: ["xray:PutTraceSegments", "xray:PutTelemetryRecords"], Resource: "*" };
    const admin = { Effect: "Allow", Action: "*", Resource: "*" };
    const found = allPolicyStatements({
      Resources: {
        P: { Type: "AWS::IAM::Policy", Properties: { PolicyDocument: { Statement: [xray] } } },
        R: { Type: "AWS::IAM::Role", Properties: { Policies: [{ PolicyName: "x", PolicyDocument: { Statement: [admin] } }] } },
      },
    });
    expect(found.map((f) => [f.where, wildcardProblem(f.statement)])).toEqual([
      ["P", 'resource "*"'],
      ["R/x", 'action "*"'],
    ]);
  });

  it("no function role carries a managed policy (AWSLambdaBasicExecutionRole writes to every log group)", () => {
    for (const prefix of ["Http", "Followup", "SesEvents"]) {
      expect(propertiesOf(template, roleOfFunction(prefix)).ManagedPolicyArns).toBeUndefined();
    }
  });

  // Followup also runs the weekly digest (its recurring schedule has the same target): it reads an address's chats through gsi2.
  it.each(["Http", "Followup"])("%s may use the table and both its indexes, send as the sender, and manage its schedules", (prefix) => {
    const tableArn = `${logicalId(template, "AWS::DynamoDB::Table", "Table")}.Arn`;
    const logs = `${logicalId(template, "AWS::Logs::LogGroup", `${prefix}Logs`)}.Arn`;
    const schedulerRole = `${logicalId(template, "AWS::IAM::Role", "FollowupSchedulerRole")}.Arn`;
    const queueArn = `${logicalId(template, "AWS::SQS::Queue", "FollowupDeadLetterQueue")}.Arn`;
    const ses = [
      `arn:aws:ses:${ARN}:configuration-set/coffeechat-test`,
      `arn:aws:ses:${ARN}:identity/coffeechat@example.com`,
      `arn:aws:ses:${ARN}:identity/example.com`,
    ];
    const schedules = [`arn:aws:scheduler:${ARN}:schedule/coffeechat-test/*`];
    const calendarKey = `${logicalId(template, "AWS::KMS::Key", "CalendarSecretsKey")}.Arn`;
    const secret = [
      `arn:aws:ssm:${ARN}:parameter/sst/coffeechat/.fallback/Secret/TOKEN_SECRET/value`,
      `arn:aws:ssm:${ARN}:parameter/sst/coffeechat/test/Secret/TOKEN_SECRET/value`,
    ];
    const table = ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem"]
      .concat(["dynamodb:TransactWriteItems", "dynamodb:ConditionCheckItem"])
      .map((action) => [action, [tableArn]]);
    expect(grantsOf(statementsOfRole(template, roleOfFunction(prefix)))).toEqual({
      "logs:CreateLogStream": [logs],
      "logs:PutLogEvents": [logs],
      ...Object.fromEntries(table),
      "dynamodb:Query": [tableArn, `${tableArn}/index/gsi1`, `${tableArn}/index/gsi2`],
      "ses:SendEmail": ses,
      "ses:SendRawEmail": ses,
      "scheduler:CreateSchedule": schedules,
      "scheduler:UpdateSchedule": schedules,
      "scheduler:DeleteSchedule": schedules,
      "scheduler:GetSchedule": schedules,
      "iam:PassRole": [schedulerRole],
      "ssm:GetParameters": secret,
      // Calendar secrets: data keys from the one calendar key (connect on Http, refresh on Followup).
      "kms:GenerateDataKey": [calendarKey],
      "kms:Decrypt": [calendarKey],
      // Lambda's own async-failure destination, used by the follow-up function only.
      ...(prefix === "Followup" ? { "sqs:SendMessage": [queueArn] } : {}),
    });
  });

  it("uses the calendar key only with the encryption context the KMS adapter sends; the key rotates and outlives the stack", () => {
    for (const prefix of ["Http", "Followup"]) {
      const kms = statementsOfRole(template, roleOfFunction(prefix)).filter((s) => asList(s.Action).some((a) => String(a).startsWith("kms:")));
      expect(kms.map((s) => s.Condition)).toEqual([{ StringEquals: { "kms:EncryptionContext:purpose": "coffeechat-calendar-secret" } }]);
      const env = propertiesOf(template, logicalId(template, "AWS::Lambda::Function", prefix)).Environment.Variables;
      expect(render(env.CALENDAR_KMS_KEY_ID)).toBe(`${logicalId(template, "AWS::KMS::Key", "CalendarSecretsKey")}.Arn`);
    }
    const key = template.findResources("AWS::KMS::Key");
    expect(Object.values(key)).toHaveLength(1);
    const [only] = Object.values(key) as any[];
    expect(only.Properties.EnableKeyRotation).toBe(true);
    expect(only.DeletionPolicy).toBe("Retain");
  });

  it("passes the scheduler role only to EventBridge Scheduler", () => {
    const passRole = statementsOfRole(template, roleOfFunction("Http")).find((s) => s.Action === "iam:PassRole");
    expect(passRole?.Condition).toEqual({ StringEquals: { "iam:PassedToService": "scheduler.amazonaws.com" } });
  });

  it("lets the ses-events function only record feedback in the table", () => {
    const tableArn = `${logicalId(template, "AWS::DynamoDB::Table", "Table")}.Arn`;
    const logs = `${logicalId(template, "AWS::Logs::LogGroup", "SesEventsLogs")}.Arn`;
    expect(grantsOf(statementsOfRole(template, roleOfFunction("SesEvents")))).toEqual({
      "logs:CreateLogStream": [logs],
      "logs:PutLogEvents": [logs],
      "dynamodb:PutItem": [tableArn],
      "dynamodb:UpdateItem": [tableArn],
    });
  });
});
