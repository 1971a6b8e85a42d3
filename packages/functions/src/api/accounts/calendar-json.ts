import type { CalendarConnection } from "@coffeechat/core";

const iso = (ms: number | undefined) => (ms === undefined ? null : new Date(ms).toISOString());

/** A connection as the API shows it: where it points (host only), its calendars and its health; never its secret. */
export function calendarConnectionJson(c: CalendarConnection) {
  const failing = c.lastError !== undefined;
  return {
    id: c.id,
    kind: c.kind,
    host: c.host,
    calendars: c.calendars.map(({ id, name, checkConflicts, addChats, allDayBlocks }) => ({ id, name, checkConflicts, addChats, allDayBlocks })),
    status: failing ? ("failing" as const) : ("ok" as const),
    lastGoodFetchAt: iso(c.lastGoodFetchAt),
    failingSince: failing ? iso(c.lastError!.since ?? c.lastError!.at) : null,
    lastError: c.lastError ? { code: c.lastError.code, message: c.lastError.message, at: iso(c.lastError.at)! } : null,
    createdAt: iso(c.createdAt)!,
  };
}
