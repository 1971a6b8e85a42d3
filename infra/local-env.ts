import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { DynamoDbLocalOptions } from "./local/dynamodb.ts";

/** Each local server: the variable that sets its port, its default, and its name in messages. */
export const LOCAL_PORTS = {
  app: { variable: "PORT", fallback: 3000, server: "the app" },
  dynamodb: { variable: "DYNAMODB_PORT", fallback: 8000, server: "DynamoDB Local" },
  ses: { variable: "SES_PORT", fallback: 8005, server: "SES v2 local" },
  scheduler: { variable: "SCHEDULER_PORT", fallback: 8010, server: "the Scheduler emulator" },
} as const;

export type LocalPorts = Record<keyof typeof LOCAL_PORTS, number>;

/** Ports of the local stack, from env with the documented defaults. */
export function localPorts(env: NodeJS.ProcessEnv): LocalPorts {
  const port = ({ variable, fallback }: { variable: string; fallback: number }) => {
    const value = Number(env[variable] ?? fallback);
    if (!Number.isInteger(value) || value < 0 || value > 65535) throw new Error(`${variable} must be a port number, got "${env[variable]}"`);
    return value;
  };
  return {
    app: port(LOCAL_PORTS.app),
    dynamodb: port(LOCAL_PORTS.dynamodb),
    ses: port(LOCAL_PORTS.ses),
    scheduler: port(LOCAL_PORTS.scheduler),
  };
}

/** Where a stack's DynamoDB Local listens and keeps its tables (in memory without a data folder). */
export function localDynamoOptions(options: { ports: Pick<LocalPorts, "dynamodb">; dataDir?: string | undefined }): DynamoDbLocalOptions {
  return { port: options.ports.dynamodb, ...(options.dataDir ? { dataDir: join(options.dataDir, "dynamodb") } : {}) };
}

/** A token secret kept under .data/ so action links in the local inbox stay valid across restarts. */
export function localSecret(dataDir: string): string {
  const file = join(dataDir, "token-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("hex");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** The environment the app reads on Lambda, filled in for the local stack (anything set in env wins). */
export function localAppEnv(
  env: NodeJS.ProcessEnv,
  urls: { app: string; dynamodb: string; ses: string; scheduler: string },
  secret: string,
  keyFile: string,
): Record<string, string> {
  const defaults: Record<string, string> = {
    TABLE_NAME: "coffeechat",
    APP_URL: urls.app,
    SENDER_EMAIL: "chats@coffeechat.local",
    SENDER_NAME: "coffeechat",
    TOKEN_SECRET: secret,
    AWS_REGION: "us-east-1",
    SCHEDULE_GROUP: "coffeechat-local",
    SCHEDULER_ROLE_ARN: "arn:aws:iam::000000000000:role/coffeechat-local-scheduler",
    FOLLOWUP_TARGET_ARN: "arn:aws:lambda:us-east-1:000000000000:function:coffeechat-local-followup",
    DLQ_ARN: "arn:aws:sqs:us-east-1:000000000000:coffeechat-local-dlq",
    DYNAMODB_ENDPOINT: urls.dynamodb,
    SES_ENDPOINT: urls.ses,
    SCHEDULER_ENDPOINT: urls.scheduler,
    // Calendar secrets sealed under a key file (KMS on AWS); calendars on 127.0.0.1 (Radicale, fixtures) allowed.
    CALENDAR_KEY_FILE: keyFile,
    ALLOW_PRIVATE_CALENDAR_HOSTS: "1",
  };
  const fromEnv = Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));
  return { ...defaults, ...pick(fromEnv, Object.keys(defaults).concat(["LOG_LEVEL", "RATE_LIMIT_REQUESTS_PER_MINUTE", "RATE_LIMIT_PER_EMAIL_PER_HOUR", "ALLOW_PRIVATE_CALENDAR_HOSTS", "CALENDAR_KEY_FILE"])) };
}

function pick(env: Record<string, string>, keys: string[]) {
  return Object.fromEntries(keys.filter((k) => k in env).map((k) => [k, env[k] as string]));
}
