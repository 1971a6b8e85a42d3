import { DomainError, type Interval, type Millis } from "../../model/index.ts";
import type { BusyOptions } from "../../calendars/options.ts";
import type { CalendarBusyRow, CalendarConnection, ConnectedCalendar, SourceCalendar } from "../../calendars/ports.ts";
import type { RefreshDeps } from "./deps.ts";
import { busyRange, MAX_BUSY_INTERVALS } from "./rules.ts";

/** The host's zone and address (declined invitations), and the range their links' horizon needs. */
export async function hostView(deps: RefreshDeps, hostKey: string, now: Millis): Promise<{ range: Interval; options: Omit<BusyOptions, "allDayBlocks"> }> {
  const [host, links] = await Promise.all([deps.store.getHost(hostKey), deps.hosts ? deps.hosts.listLinks(hostKey) : Promise.resolve([])]);
  const horizon = Math.max(0, ...links.filter((l) => l.deletedAt === undefined).map((l) => l.horizonDays));
  return {
    range: busyRange(now, horizon),
    options: { hostZone: host?.timeZone ?? "UTC", hostAddresses: host?.email ? [host.email] : [] },
  };
}

/**
 * Busy rows for the calendars the server sent events for (a CalDAV calendar whose ctag did not
 * change sends none and keeps its row). Everything is computed, and checked for size, before any
 * write, so a calendar too large to keep writes nothing.
 * The ICS reader (ical.js and the Windows zone names, ~160 KB) is imported here, on the first read of
 * a calendar's events, not with the slot code: a booking page reads only the cached rows.
 */
export async function busyRows(
  calendars: readonly ConnectedCalendar[],
  read: readonly SourceCalendar[],
  connection: Pick<CalendarConnection, "id" | "kind">,
  range: Interval,
  options: Omit<BusyOptions, "allDayBlocks">,
  now: Millis,
): Promise<CalendarBusyRow[]> {
  const { readBusy } = await import("../../calendars/busy.ts");
  const rows: CalendarBusyRow[] = [];
  read.forEach((source, i) => {
    const calendar = calendars[i]!;
    if (!source.texts) return;
    const { busy } = readBusy(source.texts, range, { ...options, allDayBlocks: calendar.allDayBlocks });
    if (busy.length > MAX_BUSY_INTERVALS) {
      throw new DomainError("CALENDAR_TOO_LARGE", `“${calendar.name}” has more than ${MAX_BUSY_INTERVALS} busy periods in the next months`, {
        issues: [{ path: "url", message: "has too many events to keep" }],
      });
    }
    rows.push({ connectionId: connection.id, calendarId: calendar.id, checkConflicts: calendar.checkConflicts, busy, range, fetchedAt: now });
  });
  return rows;
}
