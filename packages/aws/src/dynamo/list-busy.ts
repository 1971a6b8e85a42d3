import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { BLOCK, type BusyBlock, type Millis } from "@coffeechat/core";
import type { TableContext } from "./context.ts";
import { dynamoCall } from "./errors.ts";
import { blockSk, keys } from "./keys.ts";

/**
 * Busy time from the lock items themselves, strongly consistent (never from the GSI, which lags).
 * Every request overlapping [from, to) holds a block whose start lies in the key range queried.
 *
 * A request holds a lock per 5 minutes of its time, all carrying the same interval, so the query
 * asks DynamoDB for one of them: its first block (blockStart <= occStart), which lies in the key
 * range for every request starting in it. A request that started before `from` has its first
 * block outside, so its blocks inside come back all. Locks written before blockStart existed come
 * back all as well (still correct, only larger: infra/backfill-lock-starts.ts gives them the
 * attribute, and they expire a week after their chat in any case).
 */
export async function listBusy(ctx: TableContext, handle: string, from: Millis, to: Millis): Promise<BusyBlock[]> {
  if (!(to > from)) return [];
  const low = Math.max(0, from - (((from % BLOCK) + BLOCK) % BLOCK) - BLOCK);
  const byRequest = new Map<string, BusyBlock>();
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await dynamoCall("list busy time", () =>
      ctx.doc.send(
        new QueryCommand({
          TableName: ctx.tableName,
          KeyConditionExpression: "pk = :pk AND sk BETWEEN :low AND :high",
          FilterExpression: "blockStart <= occStart OR occStart < :from OR attribute_not_exists(blockStart)",
          ExpressionAttributeValues: { ":pk": keys.lockPk(handle), ":low": blockSk(low), ":high": blockSk(Math.max(low, to)), ":from": from },
          ProjectionExpression: "requestId, chatStart, occStart, occEnd",
          ConsistentRead: true,
          ExclusiveStartKey: startKey,
        }),
      ),
    );
    for (const item of page.Items ?? []) {
      const requestId = String(item["requestId"]);
      if (byRequest.has(requestId)) continue;
      const busy = {
        requestId,
        chatStart: Number(item["chatStart"]),
        start: Number(item["occStart"]),
        end: Number(item["occEnd"]),
      };
      byRequest.set(requestId, busy);
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return [...byRequest.values()].filter((b) => b.start < to && b.end > from).sort((a, b) => a.start - b.start);
}
