import { DAY, DomainError, type Interval, type Link, type LocalDate, type Millis } from "../model/index.ts";
import { busyRanges, computeSlots, localDateWindow } from "../slots/index.ts";
import { readCalendarBusy } from "./calendar-busy.ts";
import type { UseCaseDeps } from "./ports.ts";

export const MAX_SLOT_WINDOW_DAYS = 62;

/** Local dates, in the viewer's zone, whose slots are asked for. */
export interface SlotDates {
  from: LocalDate;
  to: LocalDate;
  timeZone: string;
  /** A chat being rescheduled does not block its own new time. */
  ignoreRequestId?: string;
}

export interface SlotQuery extends SlotDates {
  handle: string;
  slug: string;
}

type SlotDeps = Pick<UseCaseDeps, "store" | "calendarBusy">;

/**
 * Two DynamoDB calls: the link, and one consistent query of the host's locks; with calendars
 * connected a third, run alongside the locks: one query of their cached busy time.
 */
export async function listSlots(deps: SlotDeps, q: SlotQuery, now: Millis): Promise<Interval[]> {
  const window = slotWindow(q);
  const link = await deps.store.getLink(q.handle, q.slug);
  // A chat being moved (ignoreRequestId) may still move on a paused or deleted link; new guests may not book.
  const moving = q.ignoreRequestId !== undefined;
  if (!link || (link.deletedAt !== undefined && !moving)) throw new DomainError("NOT_FOUND", `No booking link at /${q.handle}/${q.slug}`);
  return slotsIn(deps, link, window, now, q.ignoreRequestId);
}

/**
 * The slots of a link the caller has read already (the booking page reads it with its host), so
 * it is not read twice: one query of the locks, and the calendars' busy time beside it. The caller
 * decides whether the link may be shown at all (deleted links are not).
 */
export async function listLinkSlots(deps: SlotDeps, link: Link, q: SlotDates, now: Millis): Promise<Interval[]> {
  return slotsIn(deps, link, slotWindow(q), now, q.ignoreRequestId);
}

async function slotsIn(deps: SlotDeps, link: Link, window: Interval, now: Millis, ignoreRequestId: string | undefined): Promise<Interval[]> {
  if (link.paused && ignoreRequestId === undefined) return [];
  // Only the week (and the days or weeks its caps count) is read: see busyRanges.
  const ranges = busyRanges(link, window, now);
  if (!ranges) return [];
  const [locks, calendarBusy] = await Promise.all([
    deps.store.listBusy(link.handle, ranges.locks.start, ranges.locks.end),
    readCalendarBusy(deps, link.handle, ranges.calendar.start, ranges.calendar.end),
  ]);
  const busy = ignoreRequestId === undefined ? locks : locks.filter((b) => b.requestId !== ignoreRequestId);
  return computeSlots(link, busy, window, now, calendarBusy);
}

/** The instants of the dates asked for, at most MAX_SLOT_WINDOW_DAYS of them. */
function slotWindow(q: SlotDates): Interval {
  if (q.from > q.to) {
    throw new DomainError("INVALID_INPUT", "to: must not be before from", {
      issues: [{ path: "to", message: "must not be before from" }],
    });
  }
  const window = localDateWindow(q.from, q.to, q.timeZone);
  if (window.end - window.start > (MAX_SLOT_WINDOW_DAYS + 1) * DAY) {
    throw new DomainError("INVALID_INPUT", `to: at most ${MAX_SLOT_WINDOW_DAYS} days after from`, {
      issues: [{ path: "to", message: `must be at most ${MAX_SLOT_WINDOW_DAYS} days after from` }],
    });
  }
  return window;
}
