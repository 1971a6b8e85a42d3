import type { AvailabilityRules, Interval, Millis } from "../model/index.ts";
import type { BusyBlock } from "../ports.ts";
import { isOnGrid } from "./blocks.ts";
import { computeSlots } from "./compute.ts";

/**
 * Whether `start` is exactly a slot computeSlots offers: the same code on a window holding only
 * that instant, so the two can never disagree. Only its local day (and week, for caps) is computed.
 */
export function isSlotOffered(
  rules: AvailabilityRules,
  busy: BusyBlock[],
  start: Millis,
  now: Millis,
  calendarBusy: readonly Interval[] = [],
): boolean {
  if (!Number.isSafeInteger(start) || !isOnGrid(start)) return false;
  return computeSlots(rules, busy, { start, end: start + 1 }, now, calendarBusy).length === 1;
}
