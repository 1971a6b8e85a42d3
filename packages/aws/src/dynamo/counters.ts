import type { CapCounter } from "@coffeechat/core";
import { keys } from "./keys.ts";

/** Counts one more, refused by its condition once the counter is at its max. */
export function countIn(TableName: string, handle: string, counter: CapCounter) {
  return {
    Update: {
      TableName,
      Key: keys.capCounter(handle, counter.key),
      UpdateExpression: "ADD n :one",
      ConditionExpression: "attribute_not_exists(n) OR n < :max",
      ExpressionAttributeValues: { ":one": 1, ":max": counter.max },
    },
  };
}

/** Counts one fewer: the request no longer holds its time. */
export function countOut(TableName: string, handle: string, key: string) {
  return {
    Update: { TableName, Key: keys.capCounter(handle, key), UpdateExpression: "ADD n :minusOne", ExpressionAttributeValues: { ":minusOne": -1 } },
  };
}

