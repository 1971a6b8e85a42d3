import { DynamoDBClient, ScanCommand } from "@aws-sdk/client-dynamodb";
import { startLocalStack, type LocalStackOptions } from "../../infra/local-stack.ts";
import type { StoredEmail } from "../../infra/local/ses.ts";

export type TestStack = Awaited<ReturnType<typeof startTestStack>>;

/** The whole local stack on free ports, in memory, as `npm start` runs it. */
export async function startTestStack(options: Partial<LocalStackOptions> = {}) {
  const stack = await startLocalStack({
    ports: { app: 0, dynamodb: 0, ses: 0, scheduler: 0 },
    env: {
      TABLE_NAME: "coffeechat-test",
      LOG_LEVEL: "SILENT",
      RATE_LIMIT_REQUESTS_PER_MINUTE: "100000",
      RATE_LIMIT_PER_EMAIL_PER_HOUR: "100000",
      ...options.env,
    },
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.wrap ? { wrap: options.wrap } : {}),
    schedulerRetryDelayMs: options.schedulerRetryDelayMs ?? 10,
  });
  const dynamo = new DynamoDBClient({
    endpoint: stack.dynamoEndpoint,
    region: "us-east-1",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });

  return {
    ...stack,
    url: (path: string) => `${stack.appUrl}${path}`,
    /** Keys of every item whose pk starts with one of the prefixes: what the service has written. */
    async keys(...prefixes: string[]): Promise<string[]> {
      const keys: string[] = [];
      let start: Record<string, unknown> | undefined;
      do {
        const page = await dynamo.send(
          new ScanCommand({ TableName: "coffeechat-test", ExclusiveStartKey: start as never, ConsistentRead: true }),
        );
        for (const item of page.Items ?? []) {
          const key = `${item["pk"]?.S}|${item["sk"]?.S}`;
          if (prefixes.some((p) => key.startsWith(p))) keys.push(key);
        }
        start = page.LastEvaluatedKey;
      } while (start);
      return keys;
    },
    async emails(): Promise<StoredEmail[]> {
      const res = await fetch(stack.storeUrl);
      const body = (await res.json()) as { emails: StoredEmail[] };
      return body.emails;
    },
    async stop() {
      dynamo.destroy();
      await stack.stop();
    },
  };
}

/** A valid request body for the demo link; tests override what they probe. */
export function requestBody(start: string, overrides: Record<string, unknown> = {}) {
  return {
    start,
    name: "Sam Okafor",
    email: "sam@example.com",
    timeZone: "Europe/London",
    background: "Eight years teaching secondary-school art; learning UX research in the evenings.",
    purpose: "I'd like to understand what a product designer's week looks like before I commit to a bootcamp.",
    questions: ["What's a typical week like in your role?", "What do you wish you had known when you started?"],
    format: "video",
    foundVia: "Your talk at the Design Systems meetup",
    links: ["https://portfolio.example.com/sam"],
    ...overrides,
  };
}

export const json = (body: unknown) => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});
