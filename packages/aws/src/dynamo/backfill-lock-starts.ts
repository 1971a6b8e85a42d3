import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { TableContext } from "./context.ts";
import { isConditionFailed, toDomainError } from "./errors.ts";
import { blockStartOf } from "./keys.ts";
import { scanEach } from "./scan-each.ts";

/**
 * Gives every lock item written before locks carried blockStart the attribute, so listBusy reads
 * one item per request for them too (it reads them whole until then: correct, only larger). A
 * one-off that reads the whole table once; safe to run twice and beside the live service: each
 * update only adds the attribute to a lock still held and still without it.
 */
export async function backfillLockStarts(ctx: TableContext): Promise<{ scanned: number; added: number }> {
  let scanned = 0;
  let added = 0;
  const scan = {
    FilterExpression: "begins_with(pk, :lock) AND attribute_not_exists(blockStart)",
    ExpressionAttributeValues: { ":lock": "LOCK#" },
    ProjectionExpression: "pk, sk",
  };
  await scanEach(ctx, "scan locks", scan, async (item) => {
    scanned++;
    const key = { pk: String(item["pk"]), sk: String(item["sk"]) };
    try {
      await ctx.doc.send(
        new UpdateCommand({
          TableName: ctx.tableName,
          Key: key,
          UpdateExpression: "SET blockStart = :blockStart",
          ConditionExpression: "attribute_exists(pk) AND attribute_not_exists(blockStart)",
          ExpressionAttributeValues: { ":blockStart": blockStartOf(key.sk) },
        }),
      );
      added++;
    } catch (e) {
      // Released meanwhile, or written again by the service, which sets it itself.
      if (!isConditionFailed(e)) throw toDomainError(e, "backfill lock start");
    }
  });
  return { scanned, added };
}
