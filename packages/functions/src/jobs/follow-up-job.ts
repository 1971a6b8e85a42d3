import { DomainError, runFollowUp, type FollowUpInput } from "@coffeechat/core";
import { z } from "zod";
import type { AppDeps } from "../deps.ts";
import { DigestJobEvent, runDigestJob } from "./digest-job.ts";
import { isCalendarRefresh, runCalendarRefreshJob } from "./calendar-refresh-job.ts";

const Input = z.object({
  requestId: z.string().regex(/^[0-9a-f]{32}$/),
  kind: z.string().min(1),
  version: z.number().int().positive(),
  scheduledAt: z.iso.datetime().optional(),
});

/**
 * What EventBridge Scheduler invokes (on Lambda and in the local emulator). A throw makes the scheduler
 * retry and, after the last attempt, puts the event in the dead-letter queue; a malformed Input can never
 * succeed, so it is logged and dropped instead.
 */
export function createFollowUpJob(deps: AppDeps) {
  return async (event: unknown): Promise<void> => {
    // Recurring schedules share this target; each names its job.
    const digest = DigestJobEvent.safeParse(event);
    if (digest.success) return runDigestJob(deps, digest.data);
    // The same function runs the recurring calendar refreshes (their Input says job: calendar_refresh).
    if (isCalendarRefresh(event)) return runCalendarRefreshJob(deps, event);
    const parsed = Input.safeParse(event);
    if (!parsed.success) {
      deps.logger.error("follow-up input rejected", { event, issues: parsed.error.issues });
      return;
    }
    const { scheduledAt, ...rest } = parsed.data;
    const input = { ...rest, ...(scheduledAt ? { scheduledAt: Date.parse(scheduledAt) } : {}) } as FollowUpInput;
    // A follow-up is judged at the later of now and its due time: a schedule run early on purpose
    // (`/_local/fire`) acts as it would when due; one delivered late sees the world as it is.
    const at = Math.max(deps.clock(), input.scheduledAt ?? 0);
    try {
      const outcome = await runFollowUp(deps, input, at);
      deps.logger.info("follow-up", { ...parsed.data, outcome });
    } catch (e) {
      deps.logger.warn("follow-up failed; the scheduler will retry", {
        ...parsed.data,
        code: e instanceof DomainError ? e.code : undefined,
        error: e,
      });
      throw e;
    }
  };
}
