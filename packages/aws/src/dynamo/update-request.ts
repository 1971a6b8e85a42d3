import { TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { DomainError, type CapCounter, type ChatRequest, type Interval } from "@coffeechat/core";
import { countIn, countOut } from "./counters.ts";
import { anyHeldByOther, cancellationCodes, isTransientCancellation } from "./cancellation.ts";
import { MAX_TRANSACTION_ITEMS, type TableContext } from "./context.ts";
import { toDomainError } from "./errors.ts";
import { keys } from "./keys.ts";
import { blockSks, diffHolds, lockItem } from "./locks.ts";
import { readRequest, requestItem, type StoredRequest } from "./request-item.ts";

type LockChange = { release?: boolean; move?: Interval; counters?: CapCounter[] };

/**
 * Replaces the request if its version is still `expectedVersion`, and in the same transaction
 * releases or moves its locks. The held blocks come from the stored item (read strongly consistent
 * and pinned by the version condition), so callers need not carry `holds` right: `read` when the
 * caller's own read of it is at that version (RecentReads), read again otherwise.
 */
export async function updateRequest(ctx: TableContext, next: ChatRequest, expectedVersion: number, locks: LockChange = {}, read?: StoredRequest) {
  if (locks.release && locks.move) throw new DomainError("INVALID_INPUT", "locks: release or move, not both");
  // The change was decided on the outbox as it read it (it merges what that one still owed), so
  // any progress recorded since then means deciding again.
  const outboxRev = next.outbox ? next.outbox.rev - 1 : 0;
  const builtOn = (s: StoredRequest) => s.request.version === expectedVersion && (s.request.outbox?.rev ?? 0) === outboxRev;
  const stored = read && builtOn(read) ? read : await readRequest(ctx, next.id);
  if (!stored) throw new DomainError("NOT_FOUND", `request ${next.id} not found`);
  const conflict = () =>
    new DomainError("CONFLICT", `request ${next.id} changed meanwhile (expected version ${expectedVersion})`);
  if (!builtOn(stored)) throw conflict();

  const TableName = ctx.tableName;
  const current = stored.request;
  const ours = { ConditionExpression: "attribute_not_exists(pk) OR requestId = :id", ExpressionAttributeValues: { ":id": current.id } };
  const lockKey = (sk: string) => ({ pk: keys.lockPk(current.handle), sk });
  const lockOps: Record<string, unknown>[] = [];
  let holds = current.holds;
  let counted = current.counted ?? [];
  let occupied = stored.occupied;
  let taken: string[] = [];
  let countedIn = 0;

  if (locks.release) {
    lockOps.push(...current.holds.map((sk) => ({ Delete: { TableName, Key: lockKey(sk), ...ours } })));
    lockOps.push({ Delete: { TableName, Key: keys.guestLock(current.handle, current.guest.email), ...ours } });
    lockOps.push(...counted.map((key) => countOut(TableName, current.handle, key)));
    holds = [];
    counted = [];
  } else if (locks.move) {
    const wanted = blockSks(locks.move);
    const { release, take, keep } = diffHolds(current.holds, wanted);
    const moved = locks.move;
    // New blocks first, so their cancellation reasons sit right after the request's; then new counts.
    lockOps.push(
      ...take.map((sk) => ({
        Put: { TableName, Item: lockItem(current.handle, sk, current.id, next.start, moved), ConditionExpression: "attribute_not_exists(pk)" },
      })),
    );
    const wantedCounters = locks.counters ?? [];
    const joining = wantedCounters.filter((c) => !counted.includes(c.key));
    const leaving = counted.filter((key) => !wantedCounters.some((c) => c.key === key));
    lockOps.push(...joining.map((c) => countIn(TableName, current.handle, c)));
    lockOps.push(...leaving.map((key) => countOut(TableName, current.handle, key)));
    counted = wantedCounters.map((c) => c.key);
    countedIn = joining.length;
    lockOps.push(...release.map((sk) => ({ Delete: { TableName, Key: lockKey(sk), ...ours } })));
    lockOps.push(...keep.map((sk) => keepLock(TableName, lockItem(current.handle, sk, current.id, next.start, moved))));
    holds = wanted;
    occupied = moved;
    taken = take;
  }
  if (lockOps.length + 1 > MAX_TRANSACTION_ITEMS) {
    throw new DomainError("INVALID_INPUT", "locks: the change touches more blocks than one transaction can hold");
  }
  const putRequest = {
    Put: {
      TableName,
      Item: requestItem(withCounted({ ...next, holds }, counted), occupied),
      ConditionExpression: `version = :expected AND ${outboxRev === 0 ? "attribute_not_exists(outbox.rev)" : "outbox.rev = :rev"}`,
      ExpressionAttributeValues: { ":expected": expectedVersion, ...(outboxRev === 0 ? {} : { ":rev": outboxRev }) },
    },
  };
  try {
    await ctx.doc.send(new TransactWriteCommand({ TransactItems: [putRequest, ...lockOps] as never }));
  } catch (e) {
    const codes = cancellationCodes(e);
    if (!codes) throw toDomainError(e, "update request");
    if (codes[0] === "ConditionalCheckFailed") throw conflict();
    if (codes.slice(1, 1 + taken.length + countedIn).includes("ConditionalCheckFailed")) throw slotTaken();
    if (codes.includes("ConditionalCheckFailed")) throw new DomainError("CONFLICT", `request ${next.id}: its locks changed meanwhile`);
    if (isTransientCancellation(codes)) {
      const keysTaken = taken.map(lockKey);
      if (await anyHeldByOther(ctx.doc, ctx.tableName, keysTaken, current.id).catch(() => false)) throw slotTaken();
      throw new DomainError("TRANSIENT", `request ${next.id} is being changed concurrently; try again`);
    }
    throw toDomainError(e, "update request");
  }
}

/** Only a request that counts in a cap carries the list. */
function withCounted(request: ChatRequest, counted: string[]): ChatRequest {
  const { counted: _, ...rest } = request;
  return counted.length ? { ...rest, counted } : rest;
}

/** A block both the old and the new interval cover stays held; only its interval attributes change. */
function keepLock(TableName: string, item: ReturnType<typeof lockItem>) {
  return {
    Update: {
      TableName,
      Key: { pk: item.pk, sk: item.sk },
      UpdateExpression: "SET chatStart = :chatStart, occStart = :occStart, occEnd = :occEnd, expiresAt = :expiresAt",
      ConditionExpression: "requestId = :id",
      ExpressionAttributeValues: {
        ":chatStart": item.chatStart,
        ":occStart": item.occStart,
        ":occEnd": item.occEnd,
        ":expiresAt": item.expiresAt,
        ":id": item.requestId,
      },
    },
  };
}

const slotTaken = () => new DomainError("SLOT_TAKEN", "That time is no longer available");
