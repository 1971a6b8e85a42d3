import { DomainError, type Interval, type Millis } from "../../model/index.ts";
import type { RefreshDeps } from "./deps.ts";
import { refreshConnection } from "./refresh.ts";
import { RECHECK_BUDGET_MS, STALE_AFTER } from "./rules.ts";

/**
 * Before a submission or an accept decides: every connection whose cache is older than five minutes
 * is read again, all at once, within RECHECK_BUDGET_MS. One that failed in the last five minutes
 * is not asked again (its last good busy time counts, as on timeout or failure). Never throws:
 * the decision goes ahead on what the cache holds.
 */
export async function recheckStaleCalendars(deps: RefreshDeps, hostKey: string, now: Millis): Promise<void> {
  const sync = deps.calendarSync;
  if (!sync) return;
  try {
    const stale = (await sync.store.listConnections(hostKey)).filter(
      (c) => c.calendars.some((k) => k.checkConflicts) && (c.lastGoodFetchAt ?? 0) < now - STALE_AFTER && !(c.lastError && c.lastError.at > now - STALE_AFTER),
    );
    if (!stale.length) return;
    const work = Promise.allSettled(stale.map((c) => refreshConnection(deps, hostKey, c.id, now, { timeoutMs: RECHECK_BUDGET_MS - 500 })));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const budget = new Promise<void>((resolve) => (timer = setTimeout(resolve, RECHECK_BUDGET_MS)));
    await Promise.race([work, budget]).finally(() => clearTimeout(timer));
  } catch {
    // The cache decides; a store hiccup here must not refuse the guest.
  }
}

/**
 * The host's calendar busy time over `range` for a decision (a submission, a reschedule, an accept):
 * from the cache, which is read again first when a counted calendar's rows are older than five
 * minutes (see recheckStaleCalendars). A host without calendars costs the one query of the rows.
 */
export async function freshCalendarBusy(deps: RefreshDeps, hostKey: string, range: Interval, now: Millis): Promise<Interval[]> {
  const sync = deps.calendarSync;
  if (!sync) return [];
  const counted = (await sync.store.listBusyRows(hostKey, range.start, range.end)).filter((r) => r.checkConflicts);
  if (!counted.some((r) => r.fetchedAt < now - STALE_AFTER)) return counted.flatMap((r) => r.busy);
  await recheckStaleCalendars(deps, hostKey, now);
  return (await sync.store.listBusyRows(hostKey, range.start, range.end)).filter((r) => r.checkConflicts).flatMap((r) => r.busy);
}

/**
 * The host's accept: their calendar, re-checked as above, must not hold something over the chat
 * (the request was made against an older picture of it). Coffeechat's own holds are not looked at:
 * this request's hold is what is being accepted.
 */
export async function assertCalendarFree(deps: RefreshDeps, hostKey: string, chat: Interval, now: Millis): Promise<void> {
  const busy = await freshCalendarBusy(deps, hostKey, chat, now);
  if (busy.some((b) => b.start < chat.end && b.end > chat.start)) {
    throw new DomainError("SLOT_TAKEN", "Your calendar now has something else at this time: reschedule the chat or decline it", {
      issues: [{ path: "start", message: "is busy in your calendar" }],
    });
  }
}
