import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient, GetItemCommand, ListTablesCommand, PutItemCommand } from "@aws-sdk/client-dynamodb";
import { afterAll, describe, expect, it } from "vitest";
import { startDynamoDbLocal } from "./dynamodb.ts";
import { ensureTable } from "./table.ts";

const client = (endpoint: string) =>
  new DynamoDBClient({ endpoint, region: "eu-west-1", credentials: { accessKeyId: "other", secretAccessKey: "other" } });

const dataDir = mkdtempSync(join(tmpdir(), "coffeechat-ddb-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("startDynamoDbLocal", () => {
  it("with a dataDir keeps tables and items across a stop and a start", async () => {
    const first = await startDynamoDbLocal({ dataDir });
    try {
      const c = client(first.endpoint);
      await ensureTable(c, "persisted");
      await ensureTable(c, "persisted"); // twice changes nothing
      await c.send(new PutItemCommand({ TableName: "persisted", Item: { pk: { S: "HOST#jane" }, sk: { S: "HOST" }, n: { N: "7" } } }));
      c.destroy();
    } finally {
      await first.stop();
    }

    const second = await startDynamoDbLocal({ dataDir });
    try {
      const c = client(second.endpoint);
      const { Item } = await c.send(new GetItemCommand({ TableName: "persisted", Key: { pk: { S: "HOST#jane" }, sk: { S: "HOST" } } }));
      expect(Item?.["n"]).toEqual({ N: "7" });
      c.destroy();
    } finally {
      await second.stop();
    }
  }, 120_000);

  it("without a dataDir starts empty, in memory, and stop() ends the process", async () => {
    const local = await startDynamoDbLocal();
    const c = client(local.endpoint);
    expect((await c.send(new ListTablesCommand({}))).TableNames).toEqual([]);
    await local.stop();
    const after = await c.send(new ListTablesCommand({}), { abortSignal: AbortSignal.timeout(5_000) }).catch((e: unknown) => e);
    expect(after).toBeInstanceOf(Error);
    c.destroy();
  }, 60_000);

  it("adds an index a table kept from before it existed lacks (gsi2, the journal's)", async () => {
    const local = await startDynamoDbLocal();
    const c = client(local.endpoint);
    try {
      await c.send(
        new CreateTableCommand({
          TableName: "old",
          BillingMode: "PAY_PER_REQUEST",
          AttributeDefinitions: [
            { AttributeName: "pk", AttributeType: "S" },
            { AttributeName: "sk", AttributeType: "S" },
          ],
          KeySchema: [
            { AttributeName: "pk", KeyType: "HASH" },
            { AttributeName: "sk", KeyType: "RANGE" },
          ],
        }),
      );
      await ensureTable(c, "old");
      const { Table } = await c.send(new DescribeTableCommand({ TableName: "old" }));
      expect(Table?.GlobalSecondaryIndexes?.map((i) => [i.IndexName, i.IndexStatus])).toEqual([["gsi2", "ACTIVE"]]);
    } finally {
      c.destroy();
      await local.stop();
    }
  }, 60_000);
});
