import { randomBytes } from "node:crypto";
import { afterAll, beforeAll } from "vitest";
import { startDynamoDbLocal } from "../../infra/local/dynamodb.ts";
import { startSesLocal, type StoredEmail } from "../../infra/local/ses.ts";
import { ensureTable } from "../../infra/local/table.ts";
import { createDynamoClients, DynamoChatStore, type DynamoClients } from "../../packages/aws/src/dynamo/index.ts";
import { DynamoRateLimiter } from "../../packages/aws/src/rate-limit/index.ts";
import { createSesClient, SesMailer } from "../../packages/aws/src/ses/index.ts";

export interface LocalAws {
  dynamoEndpoint: string;
  sesEndpoint: string;
  tableName: string;
  dynamo: DynamoClients;
  store: DynamoChatStore;
  mailer: SesMailer;
  rateLimiter: DynamoRateLimiter;
  ses: { messages(): Promise<StoredEmail[]>; clear(): Promise<void> };
  /** Another table on the same DynamoDB Local, for a test that needs a clean slate. */
  freshStore(): Promise<{ store: DynamoChatStore; tableName: string }>;
  stop(): Promise<void>;
}

const REGION = "us-east-1";
const uniqueTableName = () => `coffeechat-test-${randomBytes(4).toString("hex")}`;

/** DynamoDB Local (in memory) and SES v2 local on free ports of 127.0.0.1, with a fresh table. */
export async function startLocalAws(): Promise<LocalAws> {
  const [dynamoLocal, sesLocal] = await Promise.all([startDynamoDbLocal(), startSesLocal()]);
  const dynamo = createDynamoClients({ endpoint: dynamoLocal.endpoint, region: REGION });
  const sesClient = createSesClient({ endpoint: sesLocal.endpoint, region: REGION });
  const freshStore = async () => {
    const tableName = uniqueTableName();
    await ensureTable(dynamo.client, tableName);
    return { store: new DynamoChatStore({ client: dynamo.doc, tableName }), tableName };
  };
  try {
    const { store, tableName } = await freshStore();
    return {
      dynamoEndpoint: dynamoLocal.endpoint,
      sesEndpoint: sesLocal.endpoint,
      tableName,
      dynamo,
      store,
      mailer: new SesMailer({ client: sesClient }),
      rateLimiter: new DynamoRateLimiter({ client: dynamo.doc, tableName }),
      ses: { messages: sesLocal.messages, clear: sesLocal.clear },
      freshStore,
      async stop() {
        dynamo.client.destroy();
        sesClient.destroy();
        await Promise.all([dynamoLocal.stop(), sesLocal.stop()]);
      },
    };
  } catch (e) {
    await Promise.all([dynamoLocal.stop(), sesLocal.stop()]);
    throw e;
  }
}

/**
 * One local AWS per test file: the JVM takes seconds to start. Call at the top of a file (or a
 * describe); read `.current` inside tests.
 */
export function useLocalAws(): { readonly current: LocalAws } {
  let aws: LocalAws | undefined;
  beforeAll(async () => {
    aws = await startLocalAws();
  });
  afterAll(async () => {
    await aws?.stop();
  });
  return {
    get current() {
      if (!aws) throw new Error("local AWS is not started: use useLocalAws() at file level and read it inside tests");
      return aws;
    },
  };
}

/**
 * DynamoDB clients for `endpoint` that count every command they send (once per command, however
 * often the SDK retries it): what a test holds a read to ("two calls a page").
 */
export function countingDynamoClients(endpoint: string): { clients: DynamoClients; calls(): number; reset(): void } {
  const clients = createDynamoClients({ endpoint, region: "us-east-1" });
  let calls = 0;
  clients.client.middlewareStack.add(
    (next) => async (args) => {
      calls += 1;
      return next(args);
    },
    { step: "initialize", name: "countCalls" },
  );
  return { clients, calls: () => calls, reset: () => void (calls = 0) };
}
