import { App as CdkApp, Stack as CdkStack } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import type { App } from "sst/constructs";
import { describe, expect, it } from "vitest";
import { readDeploySettings } from "../../stacks/settings.ts";
import { createTable } from "../../stacks/table.ts";

function tableTemplate(stage: string): Template {
  const stack = new CdkStack(new CdkApp(), "T");
  createTable(stack, stage);
  return Template.fromStack(stack);
}

describe("createTable", () => {
  it("retains production data when the stack is removed or the table replaced", () => {
    tableTemplate("production").hasResource("AWS::DynamoDB::Table", {
      DeletionPolicy: "Retain",
      UpdateReplacePolicy: "Retain",
    });
  });

  it("deletes the table of any other stage", () => {
    tableTemplate("staging").hasResource("AWS::DynamoDB::Table", { DeletionPolicy: "Delete" });
  });
});

describe("readDeploySettings", () => {
  const deploying = { mode: "deploy" } as App;

  it("refuses to deploy without a sender address", () => {
    expect(() => readDeploySettings(deploying, {})).toThrow(/SENDER_EMAIL must be set/);
  });

  it("takes the sender, its domain, a custom URL and rate limits from the environment", () => {
    const env = {
      SENDER_EMAIL: "hello@chats.example.org",
      APP_URL: "https://chats.example.org",
      RATE_LIMIT_REQUESTS_PER_MINUTE: "60",
    };
    expect(readDeploySettings(deploying, env)).toEqual({
      senderEmail: "hello@chats.example.org",
      senderDomain: "chats.example.org",
      appUrl: "https://chats.example.org",
      rateLimitRequestsPerMinute: "60",
      rateLimitPerEmailPerHour: "5",
    });
  });

  it("uses a placeholder sender under test and when removing a stage", () => {
    expect(readDeploySettings(deploying, { NODE_ENV: "test" }).senderEmail).toBe("coffeechat@example.com");
    expect(readDeploySettings({ mode: "remove" } as App, {}).senderDomain).toBe("example.com");
  });

  it("rejects a sender that is not an address and a rate limit that is not a positive integer", () => {
    expect(() => readDeploySettings(deploying, { SENDER_EMAIL: "nobody" })).toThrow(/not an email address/);
    expect(() =>
      readDeploySettings(deploying, { SENDER_EMAIL: "a@b.c", RATE_LIMIT_PER_EMAIL_PER_HOUR: "0" }),
    ).toThrow(/RATE_LIMIT_PER_EMAIL_PER_HOUR/);
  });
});
