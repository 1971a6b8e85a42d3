import {
  CreateTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  ResourceNotFoundException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  type DynamoDBClient,
  type TableDescription,
} from "@aws-sdk/client-dynamodb";

/** The TTL attribute of the single table, epoch seconds (locks, rate-limit counters). */
export const TTL_ATTRIBUTE = "expiresAt";

/** Creates the app's single table if it is missing, waits for ACTIVE, and turns TTL on. Safe to run twice. */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<void> {
  // A restart finds the table as it left it: one DescribeTable and the TTL's state, side by side.
  const [table, ttl] = await Promise.all([describe(client, tableName), ttlStatus(client, tableName)]);
  if (table?.TableStatus === "ACTIVE" && hasActiveIndex(table, GUEST_CHATS_INDEX.IndexName) && ttl !== undefined && TTL_ON.has(ttl)) return;
  if (!table) {
    await client
      .send(
        new CreateTableCommand({
          TableName: tableName,
          BillingMode: "PAY_PER_REQUEST",
          AttributeDefinitions: ["pk", "sk", "gsi1pk", "gsi1sk", "gsi2pk", "gsi2sk"].map((name) => ({ AttributeName: name, AttributeType: "S" })),
          KeySchema: [
            { AttributeName: "pk", KeyType: "HASH" },
            { AttributeName: "sk", KeyType: "RANGE" },
          ],
          GlobalSecondaryIndexes: [
            {
              IndexName: "gsi1",
              KeySchema: [
                { AttributeName: "gsi1pk", KeyType: "HASH" },
                { AttributeName: "gsi1sk", KeyType: "RANGE" },
              ],
              Projection: { ProjectionType: "ALL" },
            },
            GUEST_CHATS_INDEX,
          ],
        }),
      )
      .catch((e: unknown) => {
        // Two starters racing: the other one created it.
        if (!(e instanceof Error && e.name === "ResourceInUseException")) throw e;
      });
  }
  await waitUntilActive(client, tableName);
  await addMissingIndex(client, tableName, GUEST_CHATS_INDEX);
  await enableTtl(client, tableName);
}

/** An address's chats across hosts (the journal); see packages/aws/src/dynamo/keys.ts. */
const GUEST_CHATS_INDEX = {
  IndexName: "gsi2",
  KeySchema: [
    { AttributeName: "gsi2pk", KeyType: "HASH" as const },
    { AttributeName: "gsi2sk", KeyType: "RANGE" as const },
  ],
  Projection: { ProjectionType: "ALL" as const },
};

/** A table kept in .data/ from before an index existed gets it, as a deploy adds it on AWS. */
async function addMissingIndex(client: DynamoDBClient, tableName: string, index: typeof GUEST_CHATS_INDEX): Promise<void> {
  const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
  if ((Table?.GlobalSecondaryIndexes ?? []).some((i) => i.IndexName === index.IndexName)) return;
  await client.send(
    new UpdateTableCommand({
      TableName: tableName,
      AttributeDefinitions: index.KeySchema.map((k) => ({ AttributeName: k.AttributeName, AttributeType: "S" })),
      GlobalSecondaryIndexUpdates: [{ Create: index }],
    }),
  );
  await waitUntilActive(client, tableName);
}

/** The table's description, or undefined when there is none. */
async function describe(client: DynamoDBClient, tableName: string): Promise<TableDescription | undefined> {
  try {
    return (await client.send(new DescribeTableCommand({ TableName: tableName }))).Table;
  } catch (e) {
    if (e instanceof ResourceNotFoundException) return undefined;
    throw e;
  }
}

const TTL_ON = new Set(["ENABLED", "ENABLING"]);

/** The TTL's status; undefined when there is no table yet. */
async function ttlStatus(client: DynamoDBClient, tableName: string): Promise<string | undefined> {
  try {
    const { TimeToLiveDescription } = await client.send(new DescribeTimeToLiveCommand({ TableName: tableName }));
    return TimeToLiveDescription?.TimeToLiveStatus ?? "DISABLED";
  } catch (e) {
    if (e instanceof ResourceNotFoundException) return undefined;
    throw e;
  }
}

/** Every index ACTIVE, the one named among them. */
const hasActiveIndex = (table: TableDescription, name: string) => {
  const indexes = table.GlobalSecondaryIndexes ?? [];
  return indexes.some((i) => i.IndexName === name) && indexes.every((i) => i.IndexStatus === "ACTIVE");
};

async function waitUntilActive(client: DynamoDBClient, tableName: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const indexesActive = (Table?.GlobalSecondaryIndexes ?? []).every((i) => i.IndexStatus === "ACTIVE");
    if (Table?.TableStatus === "ACTIVE" && indexesActive) return;
    if (Date.now() > deadline) throw new Error(`table ${tableName} is still ${Table?.TableStatus} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function enableTtl(client: DynamoDBClient, tableName: string): Promise<void> {
  const { TimeToLiveDescription } = await client.send(new DescribeTimeToLiveCommand({ TableName: tableName }));
  const status = TimeToLiveDescription?.TimeToLiveStatus;
  if (status === "ENABLED" || status === "ENABLING") return;
  await client.send(
    new UpdateTimeToLiveCommand({
      TableName: tableName,
      TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true },
    }),
  );
}
