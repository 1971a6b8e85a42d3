import { DateTime } from "luxon";
import type { AvailabilityRules, Millis } from "../model/index.ts";
import type { CapCounter } from "../ports.ts";

/**
 * The counters a chat starting at `start` counts in, so the store can refuse the one that would pass
 * a cap even when two requests race for different slots of a full day: the host-local date for
 * maxPerDay, the host-local ISO week for maxPerWeek (the same days fullDays reads).
 */
export function capCounters(rules: Pick<AvailabilityRules, "timeZone" | "maxPerDay" | "maxPerWeek">, start: Millis): CapCounter[] {
  const local = DateTime.fromMillis(start, { zone: rules.timeZone });
  const counters: CapCounter[] = [];
  if (rules.maxPerDay !== undefined) counters.push({ key: `day#${local.toISODate()}`, max: rules.maxPerDay });
  if (rules.maxPerWeek !== undefined) {
    counters.push({ key: `week#${local.weekYear}-W${String(local.weekNumber).padStart(2, "0")}`, max: rules.maxPerWeek });
  }
  return counters;
}
