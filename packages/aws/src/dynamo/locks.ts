import { blocksCovering, DAY, type Interval, type Millis } from "@coffeechat/core";
import { blockSk, blockStartOf, keys } from "./keys.ts";

/** A lock item outlives its chat by a week at most: TTL is a safety net, the app releases holds itself. */
const LOCK_TTL_AFTER_END: Millis = 7 * DAY;

export interface LockItem {
  pk: string;
  sk: string;
  requestId: string;
  /**
   * The block's own start (its sort key as a number). The block with blockStart <= occStart is the
   * first of its request, so a read of busy time can ask for one item per request (listBusy).
   * It never changes: a move that keeps the block rewrites only the interval attributes.
   */
  blockStart: Millis;
  chatStart: Millis;
  occStart: Millis;
  occEnd: Millis;
  /** Epoch seconds. */
  expiresAt: number;
}

/** The sort keys of every block `occupied` covers, in order. */
export function blockSks(occupied: Interval): string[] {
  return blocksCovering(occupied).map(blockSk);
}

export function lockItem(handle: string, sk: string, requestId: string, chatStart: Millis, occupied: Interval): LockItem {
  return {
    pk: keys.lockPk(handle),
    sk,
    requestId,
    blockStart: blockStartOf(sk),
    chatStart,
    occStart: occupied.start,
    occEnd: occupied.end,
    expiresAt: Math.ceil((occupied.end + LOCK_TTL_AFTER_END) / 1000),
  };
}

/** Old holds against new ones: what a move deletes, adds and keeps (rewriting its interval). */
export function diffHolds(held: string[], wanted: string[]) {
  const heldSet = new Set(held);
  const wantedSet = new Set(wanted);
  return {
    release: held.filter((sk) => !wantedSet.has(sk)),
    take: wanted.filter((sk) => !heldSet.has(sk)),
    keep: wanted.filter((sk) => heldSet.has(sk)),
  };
}
