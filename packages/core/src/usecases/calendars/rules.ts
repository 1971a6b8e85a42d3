import { createHash } from "node:crypto";
import { DAY, MINUTE, type Interval, type Millis } from "../../model/index.ts";
import type { CalendarConnection, ConnectedCalendar, SourceCalendar } from "../../calendars/ports.ts";

/** One recurring schedule per connection refreshes its cache. */
export const REFRESH_EXPRESSION = "rate(10 minutes)";
/** A submission or an accept re-reads a calendar whose cache is older than this. */
export const STALE_AFTER = 5 * MINUTE;
/** What a submission or an accept waits for a calendar server, at most. */
export const RECHECK_BUDGET_MS = 3_000;
/** A scheduled refresh waits this long for a calendar server. */
export const FETCH_TIMEOUT_MS = 10_000;
/** A connect and a refresh on demand answer an HTTP request (the function has 10 s): they wait less. */
export const INTERACTIVE_TIMEOUT_MS = 8_000;
/** Busy time is computed this far ahead at least (a link's horizon may ask for more). */
export const MIN_HORIZON_DAYS = 60;
export const MAX_HORIZON_DAYS = 366;
/** What one calendar's cached row may hold (a DynamoDB item is at most 400 KB). */
export const MAX_BUSY_INTERVALS = 20_000;
/** Connections per host. */
export const MAX_CONNECTIONS = 10;
/** Connects and refreshes on demand per host: each costs a fetch from someone else's server. */
export const CONNECTS_PER_HOUR = 10;
export const REFRESHES_PER_HOUR = 30;

/** The id of an ICS connection's one calendar. */
export const FEED_CALENDAR_ID = "feed";

export const refreshScheduleName = (connectionId: string) => `calendar-${connectionId}`;

/** What the job function receives from the refresh schedule (see packages/functions/src/jobs). */
export const refreshJobInput = (hostKey: string, connectionId: string) => ({ job: "calendar_refresh", hostKey, connectionId });

/** The AAD of a connection's sealed secret: it opens only on its own record. */

/** A CalDAV calendar's id: stable for its collection URL, short, and not the URL itself. */
export const calendarIdOf = (url: string) => createHash("sha256").update(url).digest("base64url").slice(0, 12);

/** The busy range a refresh at `now` computes: from a day back (zones) to the horizon. */
export function busyRange(now: Millis, horizonDays: number): Interval {
  const days = Math.min(MAX_HORIZON_DAYS, Math.max(MIN_HORIZON_DAYS, horizonDays + 1));
  return { start: now - DAY, end: now + days * DAY };
}

/** The last full read still reaches far enough that only changes need to be asked for. */
export const cachedRangeHolds = (c: CalendarConnection, range: Interval) => c.range !== undefined && c.range.end >= range.end - DAY;

/**
 * The connection's calendars after a read: each keeps the host's choices (by id), a new one
 * counts as busy and takes no chats, and one the server no longer lists is gone.
 */
export function mergeCalendars(kind: CalendarConnection["kind"], before: readonly ConnectedCalendar[], read: readonly SourceCalendar[]): ConnectedCalendar[] {
  return read.map((s) => {
    const id = kind === "ics" || !s.url ? FEED_CALENDAR_ID : calendarIdOf(s.url);
    const old = before.find((c) => c.id === id);
    const ctag = s.texts ? s.ctag : (old?.ctag ?? s.ctag);
    return {
      id,
      name: s.name,
      ...(s.url ? { url: s.url } : {}),
      checkConflicts: old?.checkConflicts ?? true,
      addChats: old?.addChats ?? false,
      allDayBlocks: old?.allDayBlocks ?? false,
      ...(ctag ? { ctag } : {}),
    };
  });
}
