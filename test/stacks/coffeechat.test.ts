import { Match } from "aws-cdk-lib/assertions";
import type { Template } from "aws-cdk-lib/assertions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeBuildOutput, synthesizeCoffeechat, TEST_ACCOUNT } from "./synthesize.ts";
import { logicalId, propertiesOf, render, statementsOfRole } from "./template-query.ts";

// One synthesis per file: importing SST and bundling the handlers is the slow part.
let template: Template;

beforeAll(async () => {
  template = await synthesizeCoffeechat();
});
afterAll(removeBuildOutput);

describe("the table", () => {
  it("is keyed by pk/sk, on demand, with point-in-time recovery, TTL, gsi1 and gsi2", () => {
    template.resourceCountIs("AWS::DynamoDB::Table", 1);
    template.hasResourceProperties("AWS::DynamoDB::Table", {
      KeySchema: [
        { AttributeName: "pk", KeyType: "HASH" },
        { AttributeName: "sk", KeyType: "RANGE" },
      ],
      AttributeDefinitions: Match.arrayWith([
        { AttributeName: "pk", AttributeType: "S" },
        { AttributeName: "sk", AttributeType: "S" },
        { AttributeName: "gsi1pk", AttributeType: "S" },
        { AttributeName: "gsi1sk", AttributeType: "S" },
        { AttributeName: "gsi2pk", AttributeType: "S" },
        { AttributeName: "gsi2sk", AttributeType: "S" },
      ]),
      BillingMode: "PAY_PER_REQUEST",
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      TimeToLiveSpecification: { AttributeName: "expiresAt", Enabled: true },
      GlobalSecondaryIndexes: [
        {
          IndexName: "gsi1",
          KeySchema: [
            { AttributeName: "gsi1pk", KeyType: "HASH" },
            { AttributeName: "gsi1sk", KeyType: "RANGE" },
          ],
          Projection: { ProjectionType: "ALL" },
        },
        {
          IndexName: "gsi2",
          KeySchema: [
            { AttributeName: "gsi2pk", KeyType: "HASH" },
            { AttributeName: "gsi2sk", KeyType: "RANGE" },
          ],
          Projection: { ProjectionType: "ALL" },
        },
      ],
    });
  });

  it("is destroyed with a non-production stage", () => {
    template.hasResource("AWS::DynamoDB::Table", { DeletionPolicy: "Delete", UpdateReplacePolicy: "Delete" });
  });
});

describe("follow-up delivery", () => {
  it("keeps undeliverable follow-ups for 14 days and alarms on the first one", () => {
    template.resourceCountIs("AWS::SQS::Queue", 1);
    template.hasResourceProperties("AWS::SQS::Queue", { MessageRetentionPeriod: 14 * 24 * 60 * 60 });
    const queueId = logicalId(template, "AWS::SQS::Queue", "FollowupDeadLetterQueue");
    template.hasResourceProperties("AWS::CloudWatch::Alarm", {
      Namespace: "AWS/SQS",
      MetricName: "ApproximateNumberOfMessagesVisible",
      Dimensions: [{ Name: "QueueName", Value: { "Fn::GetAtt": [queueId, "QueueName"] } }],
      ComparisonOperator: "GreaterThanOrEqualToThreshold",
      Threshold: 1,
    });
  });

  it("has a schedule group named after the stage", () => {
    template.resourceCountIs("AWS::Scheduler::ScheduleGroup", 1);
    template.hasResourceProperties("AWS::Scheduler::ScheduleGroup", { Name: "coffeechat-test" });
  });

  it("gives the scheduler a role only EventBridge Scheduler of this account can assume", () => {
    const roleId = logicalId(template, "AWS::IAM::Role", "FollowupSchedulerRole");
    expect(propertiesOf(template, roleId).AssumeRolePolicyDocument.Statement).toEqual([
      {
        Effect: "Allow",
        Action: "sts:AssumeRole",
        Principal: { Service: "scheduler.amazonaws.com" },
        Condition: { StringEquals: { "aws:SourceAccount": TEST_ACCOUNT } },
      },
    ]);
  });

  it("lets that role invoke the follow-up function and write to the DLQ, nothing else", () => {
    const roleId = logicalId(template, "AWS::IAM::Role", "FollowupSchedulerRole");
    const queueId = logicalId(template, "AWS::SQS::Queue", "FollowupDeadLetterQueue");
    const followupId = logicalId(template, "AWS::Lambda::Function", "Followup");
    const followupName = propertiesOf(template, followupId).FunctionName;
    const granted = statementsOfRole(template, roleId).map((s) => ({
      effect: s.Effect,
      actions: [s.Action].flat(),
      resources: [s.Resource].flat().map(render),
      condition: s.Condition,
    }));
    expect(granted).toEqual([
      {
        effect: "Allow",
        actions: ["lambda:InvokeFunction"],
        resources: [`arn:aws:lambda:us-east-1:${TEST_ACCOUNT}:function:${followupName}`],
        condition: undefined,
      },
      { effect: "Allow", actions: ["sqs:SendMessage"], resources: [`${queueId}.Arn`], condition: undefined },
    ]);
  });
});

describe("email feedback", () => {
  it("has a configuration set named after the stage", () => {
    template.hasResourceProperties("AWS::SES::ConfigurationSet", { Name: "coffeechat-test" });
  });

  it("sends bounces and complaints of that set to a topic the ses-events function subscribes to", () => {
    const setId = logicalId(template, "AWS::SES::ConfigurationSet", "ConfigurationSet");
    const topicId = logicalId(template, "AWS::SNS::Topic", "EmailFeedbackTopic");
    const sesEventsId = logicalId(template, "AWS::Lambda::Function", "SesEvents");
    template.hasResourceProperties("AWS::SES::ConfigurationSetEventDestination", {
      ConfigurationSetName: { Ref: setId },
      EventDestination: {
        Enabled: true,
        MatchingEventTypes: ["bounce", "complaint"],
        SnsDestination: { TopicARN: { Ref: topicId } },
      },
    });
    template.hasResourceProperties("AWS::SNS::Subscription", {
      Protocol: "lambda",
      TopicArn: { Ref: topicId },
      Endpoint: { "Fn::GetAtt": [sesEventsId, "Arn"] },
    });
  });
});

const fn = (prefix: string) => propertiesOf(template, logicalId(template, "AWS::Lambda::Function", prefix));
const env = (prefix: string): Record<string, unknown> => fn(prefix).Environment.Variables;

describe("the functions", () => {
  it.each([
    ["Http", 512, 10],
    ["Followup", 256, 30],
    ["SesEvents", 256, 10],
  ])("%s runs bundled ESM on Node 20, arm64, %i MB, %i s, without X-Ray", (prefix, memory, timeout) => {
    const props = fn(prefix);
    expect(props).toMatchObject({
      Runtime: "nodejs20.x",
      Architectures: ["arm64"],
      MemorySize: memory,
      Timeout: timeout,
      Handler: expect.stringMatching(/\.handler$/),
    });
    // Bundled by esbuild to an S3 asset, not SST's inline placeholder.
    expect(props.Code.S3Key).toMatch(/\.zip$/);
    expect(props.TracingConfig).toBeUndefined();
  });

  it.each(["Http", "Followup"])("%s gets the whole service configuration", (prefix) => {
    const apiId = logicalId(template, "AWS::ApiGatewayV2::Api", "Api");
    const tableId = logicalId(template, "AWS::DynamoDB::Table", "Table");
    const queueId = logicalId(template, "AWS::SQS::Queue", "FollowupDeadLetterQueue");
    const roleId = logicalId(template, "AWS::IAM::Role", "FollowupSchedulerRole");
    const followupName = fn("Followup").FunctionName;
    const vars = env(prefix);
    expect(Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, render(v)]))).toMatchObject({
      TABLE_NAME: tableId,
      APP_URL: `${apiId}.ApiEndpoint`,
      SENDER_EMAIL: "coffeechat@example.com",
      SES_CONFIGURATION_SET: "coffeechat-test",
      SCHEDULE_GROUP: "coffeechat-test",
      SCHEDULER_ROLE_ARN: `${roleId}.Arn`,
      FOLLOWUP_TARGET_ARN: `arn:aws:lambda:us-east-1:${TEST_ACCOUNT}:function:${followupName}`,
      DLQ_ARN: `${queueId}.Arn`,
      RATE_LIMIT_REQUESTS_PER_MINUTE: "20",
      RATE_LIMIT_PER_EMAIL_PER_HOUR: "5",
      // The bound Config.Secret; the prefetcher fills in the value at deploy time.
      SST_Secret_value_TOKEN_SECRET: "__FETCH_FROM_SSM__",
    });
  });

  it("names the follow-up function after the stage, so its ARN is known before it exists", () => {
    expect(fn("Followup").FunctionName).toBe("test-coffeechat-followup");
  });

  it("prefetches TOKEN_SECRET into the http and follow-up functions at deploy time", () => {
    const prefetched = Object.values(template.findResources("Custom::SecretPrefetcher")).map((r) =>
      render(r.Properties.functionName),
    );
    expect(prefetched.sort()).toEqual(
      [logicalId(template, "AWS::Lambda::Function", "Followup"), logicalId(template, "AWS::Lambda::Function", "Http")].sort(),
    );
  });

  it("gives the ses-events function the table and nothing of the sending side", () => {
    const vars = env("SesEvents");
    expect(render(vars.TABLE_NAME)).toBe(logicalId(template, "AWS::DynamoDB::Table", "Table"));
    expect(Object.keys(vars).filter((k) => !k.startsWith("SST_") && k !== "AWS_NODEJS_CONNECTION_REUSE_ENABLED")).toEqual([
      "TABLE_NAME",
    ]);
  });

  it("parks follow-ups that still fail after Lambda's retries in the dead-letter queue", () => {
    const queueId = logicalId(template, "AWS::SQS::Queue", "FollowupDeadLetterQueue");
    expect(fn("Followup").DeadLetterConfig).toEqual({ TargetArn: { "Fn::GetAtt": [queueId, "Arn"] } });
    template.hasResourceProperties("AWS::Lambda::EventInvokeConfig", { MaximumRetryAttempts: 2 });
  });

  it("routes every HTTP request to the http function", () => {
    const httpId = logicalId(template, "AWS::Lambda::Function", "Http");
    template.hasResourceProperties("AWS::ApiGatewayV2::Route", { RouteKey: "$default" });
    const integration = Object.values(template.findResources("AWS::ApiGatewayV2::Integration"));
    expect(integration.map((i) => render(i.Properties.IntegrationUri))).toEqual([`${httpId}.Arn`]);
  });

  it("outputs what an operator needs", () => {
    expect(Object.keys(template.toJSON().Outputs)).toEqual(
      expect.arrayContaining(["ApiUrl", "AppUrl", "TableName", "ScheduleGroup", "DeadLetterQueueUrl", "ConfigurationSet"]),
    );
  });
});
