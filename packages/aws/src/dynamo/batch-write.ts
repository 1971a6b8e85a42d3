import { BatchWriteCommand } from "@aws-sdk/lib-dynamodb";
import { DomainError } from "@coffeechat/core";
import type { TableContext } from "./context.ts";
import { dynamoCall } from "./errors.ts";

/** AWS's limit on the requests of one BatchWriteItem call. */
const BATCH = 25;
const ROUNDS = 5;

export type WriteRequest = { PutRequest: { Item: Record<string, unknown> } } | { DeleteRequest: { Key: { pk: string; sk: string } } };

/**
 * Puts and deletes in batches of 25, retrying what DynamoDB leaves unprocessed with backoff.
 * Not atomic: callers use it where each write stands alone, or where a partial run is invisible.
 */
export async function batchWrite(ctx: TableContext, what: string, requests: readonly WriteRequest[]): Promise<void> {
  for (let i = 0; i < requests.length; i += BATCH) {
    let pending: Record<string, unknown>[] | undefined = requests.slice(i, i + BATCH);
    for (let round = 0; pending && pending.length > 0; round++) {
      if (round === ROUNDS) throw new DomainError("TRANSIENT", `${what}: DynamoDB left items unprocessed; try again`);
      if (round > 0) await new Promise((r) => setTimeout(r, 50 * 2 ** round));
      const batch: Record<string, unknown>[] = pending;
      const out = await dynamoCall(what, () => ctx.doc.send(new BatchWriteCommand({ RequestItems: { [ctx.tableName]: batch as never } })));
      pending = out.UnprocessedItems?.[ctx.tableName] as Record<string, unknown>[] | undefined;
    }
  }
}
