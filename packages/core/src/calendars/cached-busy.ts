import type { Interval, Millis } from "../model/time.ts";
import type { CalendarBusyReader, CalendarStore } from "./ports.ts";

/** The busy time of the calendars a host lets count, from their cached rows: one read of the store. */
export function calendarBusyReader(store: Pick<CalendarStore, "listBusyRows">): CalendarBusyReader {
  return {
    async listCalendarBusy(hostKey: string, from: Millis, to: Millis): Promise<Interval[]> {
      const rows = await store.listBusyRows(hostKey, from, to);
      return rows.filter((r) => r.checkConflicts).flatMap((r) => r.busy);
    },
  };
}
