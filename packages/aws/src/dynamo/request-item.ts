import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { ChatRequest, Interval } from "@coffeechat/core";
import type { TableContext } from "./context.ts";
import { dynamoCall } from "./errors.ts";
import { keys, withoutKeys } from "./keys.ts";

/** The request as stored: the domain fields plus the occupied interval its locks cover. */
export interface StoredRequest {
  request: ChatRequest;
  occupied: Interval;
}

const STORAGE_ONLY = ["occStart", "occEnd"];

export function requestItem(request: ChatRequest, occupied: Interval): Record<string, unknown> {
  return {
    ...request,
    ...keys.request(request.id),
    ...keys.hostRequests(request),
    occStart: occupied.start,
    occEnd: occupied.end,
  };
}

export async function readRequest(ctx: TableContext, id: string): Promise<StoredRequest | undefined> {
  const { Item } = await dynamoCall("read request", () =>
    ctx.doc.send(new GetCommand({ TableName: ctx.tableName, Key: keys.request(id), ConsistentRead: true })),
  );
  if (!Item) return undefined;
  const request = withoutKeys<ChatRequest>(Item, STORAGE_ONLY);
  const occStart = typeof Item["occStart"] === "number" ? Item["occStart"] : request.start;
  const occEnd = typeof Item["occEnd"] === "number" ? Item["occEnd"] : request.end;
  return { request: { ...request, holds: request.holds ?? [] }, occupied: { start: occStart, end: occEnd } };
}
