import type { Interval } from "../model/time.ts";
import { mergeIntervals } from "../slots/busy.ts";
import { expandCalendar } from "./occurrences.ts";
import type { BusyOptions, CalendarOccurrence } from "./options.ts";
import { isOwnChatUid } from "./own-chats.ts";

/**
 * Whether an instance makes the host busy. Cancelled, transparent ("show as free") and declined
 * instances never do; all-day ones only when the calendar's switch says so; the host's own chats
 * are already held by their locks.
 */
export function blocksTime(o: CalendarOccurrence, options: Pick<BusyOptions, "allDayBlocks">): boolean {
  if (o.cancelled || o.transparent || o.declined || isOwnChatUid(o.uid)) return false;
  if (o.allDay && !options.allDayBlocks) return false;
  return o.end > o.start;
}

/**
 * A calendar's busy time inside `range`: sorted, disjoint, clipped to the range, UTC epoch ms, and
 * the UIDs whose rules were cut short (see MAX_STEPS_PER_EVENT).
 */
export function readBusy(
  texts: string | readonly string[],
  range: Interval,
  options: BusyOptions,
): { busy: Interval[]; truncated: string[] } {
  const { occurrences, truncated } = expandCalendar(texts, range, options);
  const busy = mergeIntervals(
    occurrences
      .filter((o) => blocksTime(o, options))
      .map((o) => ({ start: Math.max(o.start, range.start), end: Math.min(o.end, range.end) })),
  );
  return { busy, truncated };
}
