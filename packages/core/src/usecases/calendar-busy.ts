import type { Interval, Millis } from "../model/time.ts";
import type { UseCaseDeps } from "./ports.ts";

/**
 * The host's calendar busy time over [from, to), from the cache (never a calendar server, so a slots
 * read never waits on one). The host's key is their handle until accounts give them an id.
 */
export function readCalendarBusy(deps: Pick<UseCaseDeps, "calendarBusy">, handle: string, from: Millis, to: Millis): Promise<Interval[]> {
  return deps.calendarBusy ? deps.calendarBusy.listCalendarBusy(handle, from, to) : Promise.resolve([]);
}
