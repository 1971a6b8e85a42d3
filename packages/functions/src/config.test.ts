import { describe, expect, it } from "vitest";
import { parseConfig } from "./config.ts";

const valid = {
  TABLE_NAME: "t",
  APP_URL: "http://127.0.0.1:3000/",
  SENDER_EMAIL: "chats@example.com",
  TOKEN_SECRET: "x".repeat(32),
  SCHEDULER_ROLE_ARN: "arn:aws:iam::000000000000:role/r",
  FOLLOWUP_TARGET_ARN: "arn:aws:lambda:us-east-1:000000000000:function:f",
  DLQ_ARN: "arn:aws:sqs:us-east-1:000000000000:q",
};

describe("parseConfig", () => {
  it("applies defaults and trims the app URL", () => {
    const c = parseConfig(valid);
    expect(c.APP_URL).toBe("http://127.0.0.1:3000");
    expect(c.RATE_LIMIT_REQUESTS_PER_MINUTE).toBe(20);
    expect(c.RATE_LIMIT_PER_EMAIL_PER_HOUR).toBe(5);
  });

  it("names every missing or bad variable", () => {
    const { TABLE_NAME: _, ...rest } = valid;
    expect(() => parseConfig({ ...rest, TOKEN_SECRET: "short", RATE_LIMIT_PER_EMAIL_PER_HOUR: "-1" })).toThrowError(
      /TABLE_NAME[\s\S]*TOKEN_SECRET: must be at least 32 characters[\s\S]*RATE_LIMIT_PER_EMAIL_PER_HOUR/,
    );
  });

  it("keeps calendar fetches off private addresses unless ALLOW_PRIVATE_CALENDAR_HOSTS=1 (the local stack)", () => {
    expect(parseConfig(valid).ALLOW_PRIVATE_CALENDAR_HOSTS).toBe(false);
    expect(parseConfig({ ...valid, ALLOW_PRIVATE_CALENDAR_HOSTS: "1" }).ALLOW_PRIVATE_CALENDAR_HOSTS).toBe(true);
    expect(() => parseConfig({ ...valid, ALLOW_PRIVATE_CALENDAR_HOSTS: "yes" })).toThrowError(/ALLOW_PRIVATE_CALENDAR_HOSTS/);
  });
});
