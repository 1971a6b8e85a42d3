import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { stepsOf, type ChangeEffect, type ChatRequest, type Interval } from "@coffeechat/core";
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
    ...(guestConfirmed(request) ? keys.guestChat(request.guest.email, request.start, request.id) : {}),
    occStart: occupied.start,
    occEnd: occupied.end,
  };
}

/**
 * Only an address its owner confirmed lists the chat (gsi2): anyone can type someone else's address
 * into a booking form. Requests stored before `emailConfirmed` existed count by their status.
 */
const CONFIRMED_STATUSES: readonly ChatRequest["status"][] = ["awaiting_host", "accepted", "completed", "declined"];
export const guestConfirmed = (r: ChatRequest) => r.emailConfirmed === true || CONFIRMED_STATUSES.includes(r.status);

export async function readRequest(ctx: TableContext, id: string): Promise<StoredRequest | undefined> {
  const { Item } = await dynamoCall("read request", () =>
    ctx.doc.send(new GetCommand({ TableName: ctx.tableName, Key: keys.request(id), ConsistentRead: true })),
  );
  if (!Item) return undefined;
  const request = requestOf(Item);
  const occStart = typeof Item["occStart"] === "number" ? Item["occStart"] : request.start;
  const occEnd = typeof Item["occEnd"] === "number" ? Item["occEnd"] : request.end;
  return { request, occupied: { start: occStart, end: occEnd } };
}

/** The domain request in a stored request item (from the table or an index projecting it all). */
export function requestOf(item: Record<string, unknown>): ChatRequest {
  const request = withLegacyOutbox(withoutKeys<ChatRequest>(item, STORAGE_ONLY));
  return { ...request, holds: request.holds ?? [] };
}

/** An outbox written before steps existed ({ effects, done, previous }): what it still owed, as steps at rev 0. */
function withLegacyOutbox(request: ChatRequest): ChatRequest {
  const legacy = request.outbox as unknown as { effects?: ChangeEffect[]; done?: number; previous?: Interval } | undefined;
  if (!legacy?.effects) return request;
  const before = { ...request, ...(legacy.previous ?? {}) };
  const steps = stepsOf(legacy.effects.slice(legacy.done ?? 0), before, request);
  return { ...request, outbox: { steps, rev: 0, attempts: 0 } };
}
