import { DAY, DomainError, type Interval, type LocalDate, type Millis } from "../model/index.ts";
import { CAP_MARGIN, computeSlots, localDateWindow } from "../slots/index.ts";
import { readCalendarBusy } from "./calendar-busy.ts";
import type { UseCaseDeps } from "./ports.ts";

export const MAX_SLOT_WINDOW_DAYS = 62;


export interface SlotQuery {
  handle: string;
  slug: string;
  from: LocalDate;
  to: LocalDate;
  timeZone: string;
  /** A chat being rescheduled does not block its own new time. */
  ignoreRequestId?: string;
}

/**
 * Two DynamoDB calls: the link, and one consistent query of the host's locks; with calendars
 * connected a third, run alongside the locks: one query of their cached busy time.
 */
export async function listSlots(deps: Pick<UseCaseDeps, "store" | "calendarBusy">, q: SlotQuery, now: Millis): Promise<Interval[]> {
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
  const link = await deps.store.getLink(q.handle, q.slug);
  // A chat being moved (ignoreRequestId) may still move on a paused or deleted link; new guests may not book.
  const moving = q.ignoreRequestId !== undefined;
  if (!link || (link.deletedAt !== undefined && !moving)) throw new DomainError("NOT_FOUND", `No booking link at /${q.handle}/${q.slug}`);
  if (link.paused && !moving) return [];
  const [locks, calendarBusy] = await Promise.all([
    deps.store.listBusy(q.handle, window.start - CAP_MARGIN, window.end + CAP_MARGIN),
    readCalendarBusy(deps, q.handle, window.start, window.end),
  ]);
  const busy = locks.filter((b) => b.requestId !== q.ignoreRequestId);
  return computeSlots(link, busy, window, now, calendarBusy);
}
