import type { AppDeps } from "../deps.ts";

const jobOf = (event: unknown) => (typeof event === "object" && event !== null ? (event as { job?: unknown }).job : undefined);

/**
 * What EventBridge Scheduler invokes (on Lambda and in the local emulator). A throw makes the scheduler
 * retry and, after the last attempt, puts the event in the dead-letter queue; a malformed Input can never
 * succeed, so it is logged and dropped instead. Each kind of job is imported on its first event, so a
 * follow-up never loads the calendar code nor a calendar refresh the email composer.
 */
export function createFollowUpJob(deps: AppDeps) {
  return async (event: unknown): Promise<void> => {
    // Recurring schedules share this target; each names its job.
    const job = jobOf(event);
    if (job === "digest") {
      const { DigestJobEvent, runDigestJob } = await import("./digest-job.ts");
      const digest = DigestJobEvent.safeParse(event);
      if (digest.success) return runDigestJob(deps, digest.data);
    }
    // The same function runs the recurring calendar refreshes (their Input says job: calendar_refresh).
    if (job === "calendar_refresh") return (await import("./calendar-refresh-job.ts")).runCalendarRefreshJob(deps, event);
    return (await import("./run-follow-up-job.ts")).runFollowUpJob(deps, event);
  };
}
