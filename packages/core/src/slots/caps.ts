import { DAY, type AvailabilityRules, type Millis } from "../model/index.ts";
import type { BusyBlock } from "../ports.ts";
import { chatStarts, countIn } from "./busy.ts";
import { mondayOf, wallOf } from "./local-time.ts";
import type { ZoneTimeline } from "./zone-timeline.ts";

/**
 * Caps count whole host-local days and ISO weeks, so whatever decides a slot reads the zone and the
 * busy time a week and a day beyond it.
 */
export const CAP_MARGIN: Millis = 8 * DAY;

/**
 * Whether a host-local day is already at its cap: maxPerDay chats on that date, or maxPerWeek in
 * its ISO week (Monday to Sunday, host-local). A chat counts where it starts.
 */
export function fullDays(
  rules: Pick<AvailabilityRules, "maxPerDay" | "maxPerWeek">,
  busy: readonly BusyBlock[],
  zone: ZoneTimeline,
): (epochDay: number) => boolean {
  const { maxPerDay, maxPerWeek } = rules;
  if (maxPerDay === undefined && maxPerWeek === undefined) return () => false;
  const starts = chatStarts(busy);
  const chatsIn = (fromDay: number, toDay: number) =>
    countIn(starts, zone.toUtc(wallOf(fromDay)), zone.toUtc(wallOf(toDay)));
  const fullWeeks = new Map<number, boolean>();
  return (epochDay) => {
    if (maxPerDay !== undefined && chatsIn(epochDay, epochDay + 1) >= maxPerDay) return true;
    if (maxPerWeek === undefined) return false;
    const monday = mondayOf(epochDay);
    let full = fullWeeks.get(monday);
    if (full === undefined) {
      full = chatsIn(monday, monday + 7) >= maxPerWeek;
      fullWeeks.set(monday, full);
    }
    return full;
  };
}
