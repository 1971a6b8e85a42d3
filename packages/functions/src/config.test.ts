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

  it.each([
    ["APP_URL", "ftp://example.com", "must be an http(s) URL"],
    ["APP_URL", "example.com", "must be an http(s) URL"],
    ["DYNAMODB_ENDPOINT", "localhost:8000", "must be an http(s) URL"],
    ["SENDER_EMAIL", "chats@", "is not an email address we can send to"],
    ["SENDER_EMAIL", "chats @example.com", "is not an email address we can send to"],
    ["SENDER_EMAIL", undefined, "required"],
    ["TOKEN_SECRET", undefined, "required"],
    ["TOKEN_SECRET", "", "must not be empty"],
    ["TABLE_NAME", "", "must not be empty"],
    ["LOG_LEVEL", "LOUD", "must be one of DEBUG, INFO, WARN, ERROR, SILENT"],
    ["RATE_LIMIT_REQUESTS_PER_MINUTE", "2.5", "must be a positive whole number"],
    ["RATE_LIMIT_REQUESTS_PER_MINUTE", " ", "must be a positive whole number"],
  ])("%s=%j: %s", (name, value, reason) => {
    expect(() => parseConfig({ ...valid, [name]: value })).toThrowError(`${name}: ${reason}`);
  });

  it("takes a sender address as the emails are sent under it (o'brien+tag@ passes)", () => {
    expect(parseConfig({ ...valid, SENDER_EMAIL: "o'brien+chats@example.com" }).SENDER_EMAIL).toBe("o'brien+chats@example.com");
  });
});
