import { BatchGetCommand, type BatchGetCommandOutput } from "@aws-sdk/lib-dynamodb";
import { DomainError } from "@coffeechat/core";
import type { TableContext } from "./context.ts";
import { dynamoCall } from "./errors.ts";

type Key = { pk: string; sk: string };

/** Rounds for keys DynamoDB leaves unprocessed (throttling), with a short pause between them. */
const ROUNDS = 5;

/**
 * Up to 100 items by key in one call (several only when DynamoDB leaves some unprocessed), each
 * found item at the index of its key; undefined where there is none. Eventually consistent, as
 * GetItem is by default.
 */
export async function getItems(ctx: TableContext, what: string, keys: Key[]): Promise<(Record<string, unknown> | undefined)[]> {
  const found = new Map<string, Record<string, unknown>>();
  let pending: Record<string, unknown>[] | undefined = keys;
  for (let round = 0; pending && pending.length > 0; round++) {
    if (round === ROUNDS) throw new DomainError("TRANSIENT", `${what}: DynamoDB left keys unprocessed; try again`);
    if (round > 0) await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** round));
    const out: BatchGetCommandOutput = await dynamoCall(what, () =>
      ctx.doc.send(new BatchGetCommand({ RequestItems: { [ctx.tableName]: { Keys: pending } } })),
    );
    for (const item of out.Responses?.[ctx.tableName] ?? []) found.set(keyOf(item), item);
    pending = out.UnprocessedKeys?.[ctx.tableName]?.Keys;
  }
  return keys.map((key) => found.get(keyOf(key)));
}

const keyOf = (item: Record<string, unknown>) => `${String(item["pk"])}\u0000${String(item["sk"])}`;
