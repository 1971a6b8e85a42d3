import { DomainError, type Millis } from "../../model/index.ts";
import type { CalendarConnection, ConnectionSecret } from "../../calendars/ports.ts";
import { busyRows, hostView } from "./busy-rows.ts";
import { syncOf, type CalendarDeps } from "./deps.ts";
import { enforceCalendarLimit } from "./limits.ts";
import { CONNECTS_PER_HOUR, INTERACTIVE_TIMEOUT_MS, MAX_CONNECTIONS, mergeCalendars, REFRESH_EXPRESSION, refreshJobInput, refreshScheduleName } from "./rules.ts";
import { connectionSecretContext } from "../../calendars/chat-writer.ts";

/**
 * Connects an ICS feed or a CalDAV account. The server is read first, fully, and nothing is written
 * unless that read worked (a CALENDAR_* error says what failed). Then the secret is sealed, the
 * connection and its busy time stored, and its refresh schedule created; if the last two fail the
 * connection is removed again.
 */
export async function connectCalendar(deps: CalendarDeps, hostKey: string, secret: ConnectionSecret, now: Millis): Promise<CalendarConnection> {
  const sync = syncOf(deps);
  await enforceCalendarLimit(deps, `calendar-connect:${hostKey}`, CONNECTS_PER_HOUR, now);
  if ((await sync.store.listConnections(hostKey)).length >= MAX_CONNECTIONS) {
    throw new DomainError("LIMIT_REACHED", `You can connect at most ${MAX_CONNECTIONS} calendars; remove one first`);
  }
  const { range, options } = await hostView(deps, hostKey, now);
  const read = await sync.source.read(secret, { range, timeoutMs: INTERACTIVE_TIMEOUT_MS });
  if (read.status !== "ok" || read.calendars.length === 0) {
    throw new DomainError("CALENDAR_INVALID", "That account has no calendar with events", { issues: [{ path: "url", message: "has no calendar with events" }] });
  }
  const id = deps.newId();
  const calendars = mergeCalendars(secret.kind, [], read.calendars);
  const rows = await busyRows(calendars, read.calendars, { id, kind: secret.kind }, range, options, now);
  const connection: CalendarConnection = {
    hostKey,
    id,
    kind: secret.kind,
    secret: await sync.secrets.seal(JSON.stringify(secret), connectionSecretContext(hostKey, id)),
    host: hostPart(secret.url),
    calendars,
    createdAt: now,
    lastGoodFetchAt: now,
    range,
    ...(read.etag ? { etag: read.etag } : {}),
    ...(read.lastModified ? { lastModified: read.lastModified } : {}),
    version: 1,
  };
  await sync.store.putConnection(connection);
  try {
    for (const row of rows) await sync.store.putBusy(hostKey, row);
    await sync.schedules.putRecurringSchedule(refreshScheduleName(id), REFRESH_EXPRESSION, "UTC", refreshJobInput(hostKey, id));
  } catch (e) {
    await sync.store.deleteConnection(hostKey, id).catch(() => undefined);
    throw e;
  }
  return connection;
}

/** Where a connection points, without its secret parts: shown in lists and the settings page. */
export function hostPart(url: string): string {
  try {
    return new URL(url.trim().replace(/^webcals?:\/\//i, "https://")).host;
  } catch {
    return "";
  }
}
