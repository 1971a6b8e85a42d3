import type { Interval, Millis } from "../model/index.ts";
import type { BusyBlock } from "../ports.ts";

/** Busy time merged into disjoint sorted intervals, so slots can walk it with one pointer. */
export interface BusyTimeline {
  starts: Float64Array;
  ends: Float64Array;
}

export function mergeBusy(busy: readonly Interval[]): BusyTimeline {
  const sorted = busy.filter((b) => b.end > b.start).sort((a, b) => a.start - b.start);
  const starts = new Float64Array(sorted.length);
  const ends = new Float64Array(sorted.length);
  let n = 0;
  for (const b of sorted) {
    if (n > 0 && b.start <= ends[n - 1]!) {
      if (b.end > ends[n - 1]!) ends[n - 1] = b.end;
    } else {
      starts[n] = b.start;
      ends[n] = b.end;
      n++;
    }
  }
  return { starts: starts.subarray(0, n), ends: ends.subarray(0, n) };
}

/** Busy time as sorted, disjoint intervals; touching ones join. */
export function mergeIntervals(busy: readonly Interval[]): Interval[] {
  const { starts, ends } = mergeBusy(busy);
  return Array.from(starts, (start, i) => ({ start, end: ends[i]! }));
}

/**
 * One chat start per request, sorted. The store may return several blocks per request (one per
 * lock), and caps count chats, not blocks.
 */
export function chatStarts(busy: readonly BusyBlock[]): Float64Array {
  const byRequest = new Map<string, Millis>();
  for (const b of busy) byRequest.set(b.requestId, b.chatStart);
  return Float64Array.from(byRequest.values()).sort();
}

/** How many sorted values lie in [from, to). */
export function countIn(sorted: Float64Array, from: Millis, to: Millis): number {
  return lowerBound(sorted, to) - lowerBound(sorted, from);
}

function lowerBound(sorted: Float64Array, value: number): number {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
