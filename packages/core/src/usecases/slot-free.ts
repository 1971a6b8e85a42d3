import { DomainError, type Interval, type Link, type Millis } from "../model/index.ts";
import type { BusyBlock } from "../ports.ts";
import { busyRanges, isSlotOffered } from "../slots/index.ts";
import { freshCalendarBusy } from "./calendars/freshness.ts";
import type { UseCaseDeps } from "./ports.ts";

/** What stands in the way of a chat: coffeechat's own holds, and the host's calendars' busy time. */
export interface BusyAround {
  locks: BusyBlock[];
  calendar: Interval[];
}

/**
 * The host's busy time that decides whether the link offers a chat at `start`: exactly what the slot
 * computation reads for that one start (busyRanges — the holds around it with its buffers, and the
 * whole days or weeks its caps count), so a submission and the booking page judge the same busy time.
 * Calendars whose cache is older than five minutes are read again first (at most 3 s; on failure or
 * timeout their last good busy time counts): what a submission and a reschedule decide on.
 */
export async function busyAround(
  deps: Pick<UseCaseDeps, "store" | "calendarSync">,
  link: Link,
  start: Millis,
  now: Millis,
): Promise<BusyAround> {
  // No range: the start is before the notice or past the horizon, which the check refuses anyway.
  const ranges = busyRanges(link, { start, end: start + 1 }, now);
  if (!ranges) return { locks: [], calendar: [] };
  const [locks, calendar] = await Promise.all([
    deps.store.listBusy(link.handle, ranges.locks.start, ranges.locks.end),
    freshCalendarBusy(deps, link.handle, ranges.calendar, now),
  ]);
  return { locks, calendar };
}

/**
 * Throws SLOT_TAKEN unless the link offers `start` given `busy`, not counting the hold of the
 * request `moving` (a chat being rescheduled does not stand in its own way).
 */
export function assertSlotFree(link: Link, busy: BusyAround, start: Millis, now: Millis, moving?: string): void {
  const others = moving === undefined ? busy.locks : busy.locks.filter((b) => b.requestId !== moving);
  if (!isSlotOffered(link, others, start, now, busy.calendar)) {
    throw new DomainError("SLOT_TAKEN", "start: that time is no longer available; please pick another", {
      issues: [{ path: "start", message: "is no longer available" }],
    });
  }
}
