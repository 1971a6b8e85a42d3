import { invalidInput, type Issue, type Millis } from "../../model/index.ts";
import type { CalendarConnection, ConnectedCalendar } from "../../calendars/ports.ts";
import { connectionNotFound, syncOf, type CalendarDeps } from "./deps.ts";
import { enforceCalendarLimit } from "./limits.ts";
import { refreshConnection } from "./refresh.ts";
import { INTERACTIVE_TIMEOUT_MS, REFRESHES_PER_HOUR, refreshScheduleName } from "./rules.ts";

export type CalendarChoice = Pick<ConnectedCalendar, "id"> & Partial<Pick<ConnectedCalendar, "checkConflicts" | "addChats" | "allDayBlocks">>;

export async function listCalendarConnections(deps: CalendarDeps, hostKey: string): Promise<CalendarConnection[]> {
  if (!deps.calendarSync) return [];
  return (await deps.calendarSync.store.listConnections(hostKey)).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

export async function getCalendarConnection(deps: CalendarDeps, hostKey: string, id: string): Promise<CalendarConnection> {
  const found = await syncOf(deps).store.getConnection(hostKey, id);
  if (!found) throw connectionNotFound(id);
  return found;
}

/**
 * Which calendars count as busy, whether their all-day events block the day, and the one CalDAV
 * calendar chats are written into (at most one across all the host's connections). Everything is
 * checked before the write. A changed "counts as busy" applies to the cached rows at once; a changed
 * all-day switch reads the calendar again (a failure there shows as failing, the choice stays).
 */
export async function updateCalendarChoices(deps: CalendarDeps, hostKey: string, id: string, choices: CalendarChoice[], now: Millis): Promise<CalendarConnection> {
  const sync = syncOf(deps);
  const all = await sync.store.listConnections(hostKey);
  const connection = all.find((c) => c.id === id);
  if (!connection) throw connectionNotFound(id);
  const issues: Issue[] = [];
  choices.forEach((choice, i) => {
    const calendar = connection.calendars.find((c) => c.id === choice.id);
    if (!calendar) issues.push({ path: `calendars.${i}.id`, message: `is not a calendar of this connection (${connection.calendars.map((c) => c.id).join(", ")})` });
    else if (choice.addChats && connection.kind !== "caldav") issues.push({ path: `calendars.${i}.addChats`, message: "chats can only be added to a CalDAV calendar, not an ICS feed" });
  });
  if (issues.length) throw invalidInput(issues);
  const calendars = connection.calendars.map((c) => ({ ...c, ...definedOnly(choices.find((choice) => choice.id === c.id)) }));
  const writers = [...all.filter((c) => c.id !== id).flatMap((c) => c.calendars), ...calendars].filter((c) => c.addChats);
  if (writers.length > 1) {
    const i = choices.findIndex((c) => c.addChats);
    throw invalidInput([{ path: i >= 0 ? `calendars.${i}.addChats` : "calendars", message: `at most one calendar takes your chats (now: ${writers.map((w) => w.name).join(", ")})` }]);
  }
  const next = { ...connection, calendars, version: connection.version + 1 };
  await sync.store.putConnection(next, connection.version);

  const counted = calendars.filter((c) => connection.calendars.find((o) => o.id === c.id)?.checkConflicts !== c.checkConflicts);
  if (counted.length) {
    for (const row of await sync.store.listBusyRows(hostKey, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER)) {
      const calendar = counted.find((c) => row.connectionId === id && c.id === row.calendarId);
      if (calendar) await sync.store.putBusy(hostKey, { ...row, checkConflicts: calendar.checkConflicts });
    }
  }
  const allDayChanged = calendars.some((c) => connection.calendars.find((o) => o.id === c.id)?.allDayBlocks !== c.allDayBlocks);
  return allDayChanged ? refreshConnection(deps, hostKey, id, now, { force: true, timeoutMs: INTERACTIVE_TIMEOUT_MS }) : next;
}

/** Fetches now (the host's "refresh" button); the outcome, good or failing, is on the connection returned. */
export async function refreshCalendarNow(deps: CalendarDeps, hostKey: string, id: string, now: Millis): Promise<CalendarConnection> {
  await getCalendarConnection(deps, hostKey, id);
  await enforceCalendarLimit(deps, `calendar-refresh:${hostKey}`, REFRESHES_PER_HOUR, now);
  return refreshConnection(deps, hostKey, id, now, { timeoutMs: INTERACTIVE_TIMEOUT_MS });
}

/** Stops the refresh schedule first, so nothing writes busy time back after the delete. */
export async function removeCalendarConnection(deps: CalendarDeps, hostKey: string, id: string): Promise<void> {
  const sync = syncOf(deps);
  await getCalendarConnection(deps, hostKey, id);
  await sync.schedules.deleteRecurringSchedule(refreshScheduleName(id));
  await sync.store.deleteConnection(hostKey, id);
}

/** Account deletion: every connection, its secret, busy time and schedule. */
export async function removeAllCalendars(deps: CalendarDeps, hostKey: string): Promise<void> {
  for (const c of await listCalendarConnections(deps, hostKey)) await removeCalendarConnection(deps, hostKey, c.id);
}

const definedOnly = (choice: CalendarChoice | undefined) =>
  Object.fromEntries(Object.entries(choice ?? {}).filter(([k, v]) => v !== undefined && k !== "id")) as Partial<ConnectedCalendar>;

