import { MINUTE, type Interval, type Millis } from "../model/time.ts";

/**
 * Time is cut into fixed 5-minute blocks on the UTC grid. A request locks every block its chat
 * and buffers cover, each with attribute_not_exists in one transaction, so two overlapping
 * requests always collide on at least one block. Every zone in use today is offset from UTC
 * by a multiple of 15 minutes, so wall-clock hours and 5-minute steps land on the grid.
 */
export const BLOCK: Millis = 5 * MINUTE;

export function isOnGrid(t: Millis): boolean {
  return t % BLOCK === 0;
}

/** The start of every block that [start, end) touches. */
export function blocksCovering({ start, end }: Interval): Millis[] {
  const out: Millis[] = [];
  for (let t = start - (((start % BLOCK) + BLOCK) % BLOCK); t < end; t += BLOCK) out.push(t);
  return out;
}

/** The interval a chat occupies on the host's calendar: the chat with its buffers around it. */
export function occupied(
  chat: Interval,
  rules: { bufferBeforeMinutes: number; bufferAfterMinutes: number },
): Interval {
  return {
    start: chat.start - rules.bufferBeforeMinutes * MINUTE,
    end: chat.end + rules.bufferAfterMinutes * MINUTE,
  };
}
