import { runCalendarRefresh } from "@coffeechat/core";
import * as z from "zod/mini";
import type { AppDeps } from "../deps.ts";

const RefreshEvent = z.object({
  job: z.literal("calendar_refresh"),
  hostKey: z.string().check(z.minLength(1), z.maxLength(200)),
  connectionId: z.string().check(z.regex(/^[0-9a-f]{32}$/)),
});

/**
 * A connection's recurring refresh (every ten minutes). A calendar server that fails is recorded on
 * the connection and logged, not thrown: a retry would only ask it again before the next run does.
 */
export async function runCalendarRefreshJob(deps: AppDeps, event: unknown): Promise<void> {
  const parsed = RefreshEvent.safeParse(event);
  if (!parsed.success) {
    deps.logger.error("calendar refresh input rejected", { issues: parsed.error.issues });
    return;
  }
  const { hostKey, connectionId } = parsed.data;
  const result = await runCalendarRefresh(deps, { hostKey, connectionId }, deps.clock());
  const log = result.outcome === "failing" ? deps.logger.warn : deps.logger.info;
  log.call(deps.logger, "calendar refresh", { connectionId, ...result });
}
