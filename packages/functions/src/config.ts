import { z } from "zod";

/** Every setting the service reads from its environment, parsed once at start. */
const schema = z.object({
  TABLE_NAME: z.string().min(1),
  APP_URL: z.url().transform((u) => u.replace(/\/+$/, "")),
  SENDER_EMAIL: z.email(),
  SENDER_NAME: z.string().min(1).default("coffeechat"),
  TOKEN_SECRET: z.string().min(32, "must be at least 32 characters"),
  AWS_REGION: z.string().min(1).default("us-east-1"),
  SES_CONFIGURATION_SET: z.string().min(1).optional(),
  SCHEDULE_GROUP: z.string().min(1).default("default"),
  SCHEDULER_ROLE_ARN: z.string().min(1),
  FOLLOWUP_TARGET_ARN: z.string().min(1),
  DLQ_ARN: z.string().min(1),
  RATE_LIMIT_REQUESTS_PER_MINUTE: z.coerce.number().int().positive().default(20),
  RATE_LIMIT_PER_EMAIL_PER_HOUR: z.coerce.number().int().positive().default(5),
  DYNAMODB_ENDPOINT: z.url().optional(),
  SES_ENDPOINT: z.url().optional(),
  SCHEDULER_ENDPOINT: z.url().optional(),
  // Connected calendars: secrets are sealed under a KMS key on AWS, under a local key file otherwise.
  CALENDAR_KMS_KEY_ID: z.string().min(1).optional(),
  CALENDAR_KEY_FILE: z.string().min(1).optional(),
  // Only the local stack may fetch calendars from 127.0.0.1 (Radicale, the ICS fixture server).
  ALLOW_PRIVATE_CALENDAR_HOSTS: z.enum(["0", "1"]).default("0").transform((v) => v === "1"),
  LOG_LEVEL: z.enum(["DEBUG", "INFO", "WARN", "ERROR", "SILENT"]).default("INFO"),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {}

/** Fails with the names of every missing or bad variable, so a misconfigured deploy stops at start. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  throw new ConfigError(`Invalid configuration:\n  ${lines.join("\n  ")}`);
}
