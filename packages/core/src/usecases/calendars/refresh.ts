import { DomainError, type Millis } from "../../model/index.ts";
import type { CalendarConnection, CalendarSync, SourceReadRequest } from "../../calendars/ports.ts";
import { busyRows, hostView } from "./busy-rows.ts";
import { connectionNotFound, openSecret, syncOf, type RefreshDeps } from "./deps.ts";
import { cachedRangeHolds, FETCH_TIMEOUT_MS, mergeCalendars } from "./rules.ts";

export interface RefreshOptions {
  timeoutMs?: number;
  /** Read everything again, validators and ctags aside (after "all-day events block the day" changed). */
  force?: boolean;
}

/**
 * Reads the connection's calendars again and replaces their cached busy time. The server is asked
 * conditionally (ICS: If-None-Match / If-Modified-Since; CalDAV: unchanged ctags are not read)
 * while the cached range still reaches far enough. A failure keeps the last good busy time, which
 * still counts, and records the error: the host sees "failing since …, last good fetch at …".
 */
export async function refreshConnection(deps: RefreshDeps, hostKey: string, id: string, now: Millis, options: RefreshOptions = {}): Promise<CalendarConnection> {
  const sync = syncOf(deps);
  const connection = await sync.store.getConnection(hostKey, id);
  if (!connection) throw connectionNotFound(id);
  const { range, options: busyOptions } = await hostView(deps, hostKey, now);
  const reuse = !options.force && cachedRangeHolds(connection, range);
  try {
    const secret = await openSecret(sync, connection);
    const request: SourceReadRequest = { range, timeoutMs: options.timeoutMs ?? FETCH_TIMEOUT_MS };
    if (reuse) {
      request.validators = { etag: connection.etag, lastModified: connection.lastModified };
      request.known = connection.calendars.flatMap((c) => (c.url ? [{ url: c.url, ctag: c.ctag }] : []));
    }
    const read = await sync.source.read(secret, request);
    if (read.status === "not-modified") return await save(sync, connection, { lastGoodFetchAt: now });
    const calendars = mergeCalendars(connection.kind, connection.calendars, read.calendars);
    const rows = await busyRows(calendars, read.calendars, connection, range, busyOptions, now);
    for (const row of rows) await sync.store.putBusy(hostKey, row);
    for (const gone of connection.calendars.filter((c) => !calendars.some((n) => n.id === c.id))) {
      await sync.store.deleteBusy(hostKey, id, gone.id);
    }
    return await save(sync, connection, {
      calendars,
      lastGoodFetchAt: now,
      etag: read.etag,
      lastModified: read.lastModified,
      range: reuse ? connection.range : range,
    });
  } catch (e) {
    if (!(e instanceof DomainError) || e.code === "CONFLICT" || e.code === "NOT_FOUND") throw e;
    const lastError = { code: e.code, message: e.message, at: now, since: connection.lastError?.since ?? connection.lastError?.at ?? now };
    return save(sync, connection, { lastError }).catch(() => ({ ...connection, lastError }));
  }
}

type Outcome = Partial<Pick<CalendarConnection, "calendars" | "lastGoodFetchAt" | "lastError" | "etag" | "lastModified" | "range">>;

/**
 * Writes a refresh's outcome at the version read. A host's change that landed meanwhile (PUT) wins
 * for their choices: the outcome is applied again on the fresh record, keeping its settings.
 */
async function save(sync: CalendarSync, read: CalendarConnection, outcome: Outcome): Promise<CalendarConnection> {
  for (let base = read, round = 0; ; round++) {
    const calendars = outcome.calendars?.map((c) => {
      const current = base.calendars.find((b) => b.id === c.id);
      return current && base !== read ? { ...c, checkConflicts: current.checkConflicts, addChats: current.addChats, allDayBlocks: current.allDayBlocks } : c;
    });
    const next: CalendarConnection = withoutUndefined({
      ...base,
      ...outcome,
      ...(calendars ? { calendars } : {}),
      ...(outcome.lastGoodFetchAt !== undefined ? { lastError: undefined } : {}),
      version: base.version + 1,
    });
    try {
      await sync.store.putConnection(next, base.version);
      return next;
    } catch (e) {
      if (!(e instanceof DomainError) || e.code !== "CONFLICT" || round >= 2) throw e;
      const fresh = await sync.store.getConnection(read.hostKey, read.id);
      if (!fresh) throw connectionNotFound(read.id);
      base = fresh;
    }
  }
}

const withoutUndefined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
