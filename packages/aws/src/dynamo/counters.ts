import type { CapCounter } from "@coffeechat/core";

/** One item per host and counter ("day#2026-12-08"): how many open chats count in it. */
export const counterKey = (handle: string, key: string) => ({ pk: `CAP#${handle}#${key}`, sk: "CAP" });

/** Counts one more, refused by its condition once the counter is at its max. */
export function countIn(TableName: string, handle: string, counter: CapCounter) {
  return {
    Update: {
      TableName,
      Key: counterKey(handle, counter.key),
      UpdateExpression: "ADD n :one",
      ConditionExpression: "attribute_not_exists(n) OR n < :max",
      ExpressionAttributeValues: { ":one": 1, ":max": counter.max },
    },
  };
}

/** Counts one fewer: the request no longer holds its time. */
export function countOut(TableName: string, handle: string, key: string) {
  return {
    Update: { TableName, Key: counterKey(handle, key), UpdateExpression: "ADD n :minusOne", ExpressionAttributeValues: { ":minusOne": -1 } },
  };
}

