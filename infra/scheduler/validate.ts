import { constraint, validation } from "./errors.ts";
import { isTimeZone, parseExpression } from "./expression.ts";
import type { FlexibleTimeWindow, ScheduleSpec, Target } from "./types.ts";

const NAME = /^[0-9a-zA-Z\-_.]+$/;
const ROLE_ARN = /^arn:aws(-[a-z]+)?:iam::\d{12}:role\/[\w+=,.@/-]+$/;
const SQS_ARN = /^arn:aws(-[a-z]+)?:sqs:[a-z0-9-]+:\d{12}:[a-zA-Z0-9\-_]+$/;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** Names of schedules and groups: 1–64 of [0-9a-zA-Z-_.]. */
export function checkName(value: string, path: string): string {
  if (value.length < 1 || value.length > 64) return tooLong(path, value, 1, 64);
  if (!NAME.test(value)) throw constraint(path, value, `Member must satisfy regular expression pattern: ${NAME.source}`);
  return value;
}

function tooLong(path: string, value: string, min: number, max: number): never {
  throw constraint(path, value, `Member must have length between ${min} and ${max}`);
}

function text(body: Json, key: string, path: string, limits: { min?: number; max: number }): string | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw validation(`${path} must be a string`);
  if (value.length < (limits.min ?? 1) || value.length > limits.max) tooLong(path, value, limits.min ?? 1, limits.max);
  return value;
}

function missing(path: string): never {
  throw validation(`1 validation error detected: Value null at '${path}' failed to satisfy constraint: Member must not be null`);
}

function required<T>(value: T | undefined, path: string): T {
  return value === undefined ? missing(path) : value;
}

function integer(body: Json, key: string, path: string, min: number, max: number): number | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value)) throw validation(`${path} must be an integer`);
  if (value < min || value > max) {
    throw constraint(path, value, `Member must have value ${value < min ? "greater" : "less"} than or equal to ${value < min ? min : max}`);
  }
  return value;
}

function oneOf<T extends string>(body: Json, key: string, path: string, allowed: readonly T[]): T | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (!allowed.includes(value as T)) throw constraint(path, value, `Member must satisfy enum value set: [${allowed.join(", ")}]`);
  return value as T;
}

function epochSeconds(body: Json, key: string): number | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "number" || !Number.isFinite(value)) throw validation(`${key} must be a timestamp`);
  return Math.round(value * 1000);
}

function flexibleTimeWindow(value: unknown): FlexibleTimeWindow {
  if (!isObject(value)) return missing("flexibleTimeWindow");
  const mode = required(oneOf(value, "Mode", "flexibleTimeWindow.mode", ["OFF", "FLEXIBLE"] as const), "flexibleTimeWindow.mode");
  const window = integer(value, "MaximumWindowInMinutes", "flexibleTimeWindow.maximumWindowInMinutes", 1, 1440);
  if (mode === "FLEXIBLE" && window === undefined) throw validation("MaximumWindowInMinutes is required when Mode is FLEXIBLE");
  return window === undefined ? { Mode: mode } : { Mode: mode, MaximumWindowInMinutes: window };
}

function target(value: unknown): Target {
  if (!isObject(value)) return missing("target");
  const arn = required(text(value, "Arn", "target.arn", { max: 1600 }), "target.arn");
  const roleArn = required(text(value, "RoleArn", "target.roleArn", { max: 1600 }), "target.roleArn");
  if (!ROLE_ARN.test(roleArn)) throw constraint("target.roleArn", roleArn, `Member must satisfy regular expression pattern: ${ROLE_ARN.source}`);
  const input = text(value, "Input", "target.input", { max: 8192 });
  const retry = isObject(value.RetryPolicy) ? value.RetryPolicy : {};
  const dlq = isObject(value.DeadLetterConfig) ? text(value.DeadLetterConfig, "Arn", "target.deadLetterConfig.arn", { max: 1600 }) : undefined;
  if (dlq !== undefined && !SQS_ARN.test(dlq)) {
    throw constraint("target.deadLetterConfig.arn", dlq, `Member must satisfy regular expression pattern: ${SQS_ARN.source}`);
  }
  return {
    ...value,
    Arn: arn,
    RoleArn: roleArn,
    ...(input !== undefined ? { Input: input } : {}),
    // AWS's defaults when no RetryPolicy is given: 24 hours and 185 retries.
    RetryPolicy: {
      MaximumEventAgeInSeconds: integer(retry, "MaximumEventAgeInSeconds", "target.retryPolicy.maximumEventAgeInSeconds", 60, 86400) ?? 86400,
      MaximumRetryAttempts: integer(retry, "MaximumRetryAttempts", "target.retryPolicy.maximumRetryAttempts", 0, 185) ?? 185,
    },
    ...(dlq !== undefined ? { DeadLetterConfig: { Arn: dlq } } : {}),
  };
}

/** The body of CreateSchedule / UpdateSchedule, checked as AWS checks it, with AWS's defaults filled in. */
export function parseScheduleBody(body: unknown): { spec: ScheduleSpec; groupName: string; clientToken?: string } {
  if (!isObject(body)) throw validation("The request body must be a JSON object");
  const expression = required(text(body, "ScheduleExpression", "scheduleExpression", { max: 256 }), "scheduleExpression");
  const parsed = parseExpression(expression);
  if (typeof parsed === "string") throw validation(`Invalid Schedule Expression ${expression}: ${parsed}`);
  const zone = text(body, "ScheduleExpressionTimezone", "scheduleExpressionTimezone", { max: 50 });
  if (zone !== undefined && !isTimeZone(zone)) throw validation(`Invalid time zone: ${zone}`);
  const group = text(body, "GroupName", "groupName", { max: 64 });
  const clientToken = text(body, "ClientToken", "clientToken", { max: 64 });
  const spec: ScheduleSpec = {
    ScheduleExpression: expression,
    State: oneOf(body, "State", "state", ["ENABLED", "DISABLED"] as const) ?? "ENABLED",
    Target: target(body.Target),
    FlexibleTimeWindow: flexibleTimeWindow(body.FlexibleTimeWindow),
    ActionAfterCompletion: oneOf(body, "ActionAfterCompletion", "actionAfterCompletion", ["NONE", "DELETE"] as const) ?? "NONE",
  };
  const optional = {
    ScheduleExpressionTimezone: zone,
    Description: text(body, "Description", "description", { min: 0, max: 512 }),
    KmsKeyArn: text(body, "KmsKeyArn", "kmsKeyArn", { max: 2048 }),
    StartDate: epochSeconds(body, "StartDate"),
    EndDate: epochSeconds(body, "EndDate"),
  };
  if (optional.StartDate !== undefined && optional.EndDate !== undefined && optional.EndDate <= optional.StartDate) {
    throw validation("The EndDate must be after the StartDate.");
  }
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) Object.assign(spec, { [key]: value });
  return {
    spec,
    groupName: checkName(group ?? "default", "groupName"),
    ...(clientToken !== undefined ? { clientToken } : {}),
  };
}
