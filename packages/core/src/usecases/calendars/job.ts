import type { Millis } from "../../model/index.ts";
import { syncOf, type RefreshDeps } from "./deps.ts";
import { refreshConnection } from "./refresh.ts";
import { refreshScheduleName } from "./rules.ts";

export interface CalendarRefreshInput {
  hostKey: string;
  connectionId: string;
}

/**
 * What the refresh schedule runs every ten minutes. A failing server is recorded on the connection,
 * not thrown (a retry would only ask it again sooner); a connection that is gone stops its schedule.
 */
export async function runCalendarRefresh(deps: RefreshDeps, input: CalendarRefreshInput, now: Millis) {
  const sync = syncOf(deps);
  if (!(await sync.store.getConnection(input.hostKey, input.connectionId))) {
    await sync.schedules.deleteRecurringSchedule(refreshScheduleName(input.connectionId));
    return { outcome: "gone" as const };
  }
  const c = await refreshConnection(deps, input.hostKey, input.connectionId, now);
  return c.lastError && c.lastError.at === now ? { outcome: "failing" as const, code: c.lastError.code } : { outcome: "refreshed" as const };
}
