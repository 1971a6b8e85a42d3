/**
 * Every setting the service reads from its environment, parsed once at start. Plain checks, not zod:
 * this runs at every cold start, and zod (about 190 KB) loads only with the routes that validate
 * requests with it.
 */
import { addressProblem, isWebLink } from "@coffeechat/core";

type Env = Record<string, string | undefined>;
type Rule<T> = (value: string | undefined) => { ok: T } | { error: string };

const text: Rule<string> = (value) => (value === undefined ? { error: "required" } : value === "" ? { error: "must not be empty" } : { ok: value });
const withDefault =
  <T>(rule: Rule<T>, fallback: T): Rule<T> =>
  (value) =>
    value === undefined ? { ok: fallback } : rule(value);
const optional =
  <T>(rule: Rule<T>): Rule<T | undefined> =>
  (value) =>
    value === undefined ? { ok: undefined } : rule(value);
/** `text`, then `check` (a problem in words, or undefined) on what is there. */
const textThat =
  (check: (value: string) => string | undefined): Rule<string> =>
  (value) => {
    const present = text(value);
    if ("error" in present) return present;
    const problem = check(present.ok);
    return problem ? { error: problem } : present;
  };

const url = textThat((value) => (isWebLink(value) ? undefined : "must be an http(s) URL"));
// The rule every email is sent under: an address that passes here is one SES is never refused.
const email = textThat(addressProblem);
const minLength = (min: number) => textThat((value) => (value.length >= min ? undefined : `must be at least ${min} characters`));
const positiveInt: Rule<number> = (value) => {
  const n = Number(value);
  return value !== undefined && value.trim() !== "" && Number.isInteger(n) && n > 0 ? { ok: n } : { error: "must be a positive whole number" };
};
const oneOf =
  <const T extends string>(...options: T[]): Rule<T> =>
  (value) =>
    options.includes(value as T) ? { ok: value as T } : { error: `must be one of ${options.join(", ")}` };

const RULES = {
  TABLE_NAME: text,
  APP_URL: url,
  SENDER_EMAIL: email,
  SENDER_NAME: withDefault(text, "coffeechat"),
  TOKEN_SECRET: minLength(32),
  AWS_REGION: withDefault(text, "us-east-1"),
  SES_CONFIGURATION_SET: optional(text),
  SCHEDULE_GROUP: withDefault(text, "default"),
  SCHEDULER_ROLE_ARN: text,
  FOLLOWUP_TARGET_ARN: text,
  DLQ_ARN: text,
  RATE_LIMIT_REQUESTS_PER_MINUTE: withDefault(positiveInt, 20),
  RATE_LIMIT_PER_EMAIL_PER_HOUR: withDefault(positiveInt, 5),
  DYNAMODB_ENDPOINT: optional(url),
  SES_ENDPOINT: optional(url),
  SCHEDULER_ENDPOINT: optional(url),
  // Connected calendars: secrets are sealed under a KMS key on AWS, under a local key file otherwise.
  CALENDAR_KMS_KEY_ID: optional(text),
  CALENDAR_KEY_FILE: optional(text),
  // Only the local stack may fetch calendars from 127.0.0.1 (Radicale, the ICS fixture server).
  ALLOW_PRIVATE_CALENDAR_HOSTS: withDefault(oneOf("0", "1"), "0"),
  LOG_LEVEL: withDefault(oneOf("DEBUG", "INFO", "WARN", "ERROR", "SILENT"), "INFO"),
};

type Parsed = { [K in keyof typeof RULES]: (typeof RULES)[K] extends Rule<infer T> ? T : never };
export type Config = Omit<Parsed, "ALLOW_PRIVATE_CALENDAR_HOSTS"> & { ALLOW_PRIVATE_CALENDAR_HOSTS: boolean };

export class ConfigError extends Error {}

/** Fails with the names of every missing or bad variable, so a misconfigured deploy stops at start. */
export function parseConfig(env: Env): Config {
  const values: Record<string, unknown> = {};
  const lines: string[] = [];
  for (const [name, rule] of Object.entries(RULES) as [string, Rule<unknown>][]) {
    const result = rule(env[name]);
    if ("error" in result) lines.push(`${name}: ${result.error}`);
    else values[name] = result.ok;
  }
  if (lines.length) throw new ConfigError(`Invalid configuration:\n  ${lines.join("\n  ")}`);
  const parsed = values as Parsed;
  return { ...parsed, APP_URL: parsed.APP_URL.replace(/\/+$/, ""), ALLOW_PRIVATE_CALENDAR_HOSTS: parsed.ALLOW_PRIVATE_CALENDAR_HOSTS === "1" };
}
