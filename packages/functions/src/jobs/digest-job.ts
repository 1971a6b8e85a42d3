import { DomainError, sendWeeklyDigest } from "@coffeechat/core";
import * as z from "zod/mini";
import type { AppDeps } from "../deps.ts";

/** The Input of a digest schedule (core's digestJobInput, plus the due instant Scheduler fills in). */
export const DigestJobEvent = z.object({
  job: z.literal("digest"),
  accountId: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,54}$/)),
  scheduledAt: z.optional(z.iso.datetime()),
});

/**
 * The weekly digest, run by its recurring schedule through the follow-up function. A throw (a
 * failed send, DynamoDB away) makes the scheduler retry and at last park the event in the
 * dead-letter queue, as for follow-ups; the job claims the week first, so a retry after a send
 * that did go out sends nothing.
 */
export async function runDigestJob(deps: AppDeps, event: z.infer<typeof DigestJobEvent>): Promise<void> {
  const { scheduledAt, ...rest } = event;
  const input = { ...rest, ...(scheduledAt ? { scheduledAt: Date.parse(scheduledAt) } : {}) };
  try {
    // As for follow-ups: a delivery run early on purpose (`/_local/fire`) sees the week it is due in.
    const outcome = await sendWeeklyDigest(deps, input, Math.max(deps.clock(), input.scheduledAt ?? 0));
    deps.logger.info("weekly digest", { ...event, outcome });
  } catch (e) {
    deps.logger.warn("weekly digest failed; the scheduler will retry", { ...event, code: e instanceof DomainError ? e.code : undefined, error: e });
    throw e;
  }
}
