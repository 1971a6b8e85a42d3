import { TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { DomainError, type CapCounter, type ChatRequest, type FollowUpRecord, type Interval } from "@coffeechat/core";
import { countIn } from "./counters.ts";
import { followUpItem } from "./follow-ups.ts";
import { anyHeldByOther, cancellationCodes, isTransientCancellation } from "./cancellation.ts";
import { MAX_TRANSACTION_ITEMS, type TableContext } from "./context.ts";
import { toDomainError } from "./errors.ts";
import { keys } from "./keys.ts";
import { blockSks, lockItem } from "./locks.ts";
import { requestItem } from "./request-item.ts";

// Item 0 is the request itself.
const GUEST_LOCK = 1;
const FIRST_BLOCK = 2;

/**
 * The request, the guest's open-request lock, one lock per block and its first follow-up records,
 * all or nothing.
 */
export async function createRequest(
  ctx: TableContext,
  request: ChatRequest,
  occupied: Interval,
  counters: CapCounter[] = [],
  followUps: FollowUpRecord[] = [],
): Promise<void> {
  if (!(occupied.end > occupied.start) || occupied.start > request.start || occupied.end < request.end) {
    throw new DomainError("INVALID_INPUT", "occupied: must be a non-empty interval around the chat");
  }
  const sks = blockSks(occupied);
  if (sks.length + FIRST_BLOCK + counters.length + followUps.length > MAX_TRANSACTION_ITEMS) {
    throw new DomainError("INVALID_INPUT", `occupied: spans ${sks.length} blocks, which with its counters and follow-ups is more than one transaction can write`);
  }
  const guestLock = keys.guestLock(request.handle, request.guest.email);
  const blockKeys = sks.map((sk) => ({ pk: keys.lockPk(request.handle), sk }));
  const put = (Item: Record<string, unknown>) => ({
    Put: { TableName: ctx.tableName, Item, ConditionExpression: "attribute_not_exists(pk)" },
  });
  const items = [
    put(requestItem({ ...request, holds: sks, ...(counters.length ? { counted: counters.map((c) => c.key) } : {}) }, occupied)),
    put({ ...guestLock, requestId: request.id }),
    ...sks.map((sk) => put({ ...lockItem(request.handle, sk, request.id, request.start, occupied) })),
    ...counters.map((c) => countIn(ctx.tableName, request.handle, c)),
    ...followUps.map((r) => put(followUpItem(r))),
  ];
  try {
    await ctx.doc.send(new TransactWriteCommand({ TransactItems: items }));
  } catch (e) {
    const codes = cancellationCodes(e);
    if (!codes) throw toDomainError(e, "create request");
    const failed = (i: number, code = "ConditionalCheckFailed") => codes[i] === code;
    if (failed(GUEST_LOCK)) throw limitReached();
    if (codes.slice(FIRST_BLOCK, FIRST_BLOCK + sks.length).includes("ConditionalCheckFailed")) throw slotTaken();
    if (codes.slice(FIRST_BLOCK + sks.length, FIRST_BLOCK + sks.length + counters.length).includes("ConditionalCheckFailed")) throw dayFull();
    // What is left is the request's own items (the request, its follow-ups): the id is taken.
    if (codes.includes("ConditionalCheckFailed")) throw new DomainError("CONFLICT", `a request with id ${request.id} already exists`);
    if (isTransientCancellation(codes)) {
      // Another transaction touched the same items; name the outcome only once it is certain.
      if (await anyHeldByOther(ctx.doc, ctx.tableName, [guestLock], request.id).catch(() => false)) throw limitReached();
      if (await anyHeldByOther(ctx.doc, ctx.tableName, blockKeys, request.id).catch(() => false)) throw slotTaken();
      throw new DomainError("TRANSIENT", "the slot is being booked by someone else right now; try again");
    }
    throw toDomainError(e, "create request");
  }
}

const limitReached = () => new DomainError("LIMIT_REACHED", "You already have an open request with this host");
const dayFull = () => new DomainError("SLOT_TAKEN", "That day is fully booked");
const slotTaken = () => new DomainError("SLOT_TAKEN", "That time is no longer available");
