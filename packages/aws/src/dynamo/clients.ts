import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";

export interface DynamoClients {
  client: DynamoDBClient;
  doc: DynamoDBDocumentClient;
}

/**
 * With an endpoint (DynamoDB Local) the credentials are static dummies, so a developer's own AWS
 * profile is never read. Three attempts: the SDK retries throttling and 5xx with backoff; a
 * cancelled transaction is never retried by the SDK and is mapped to a domain error instead.
 */
export function createDynamoClients(options: { endpoint?: string | undefined; region: string }): DynamoClients {
  const client = new DynamoDBClient({
    region: options.region,
    maxAttempts: 3,
    ...(options.endpoint
      ? { endpoint: options.endpoint, credentials: { accessKeyId: "local", secretAccessKey: "local" } }
      : {}),
  });
  // The SDK's logger middleware copies every response through its sensitive-data filter to pass
  // it to logger.info, even when the logger drops it: a third of the CPU of reading a busy week's
  // locks. We log through our own logger, never the SDK's.
  client.middlewareStack.remove("loggerMiddleware");
  const doc = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
  return { client, doc };
}
