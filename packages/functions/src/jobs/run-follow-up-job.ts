import { DomainError, runFollowUp, type FollowUpInput } from "@coffeechat/core";
// zod's mini build: the jobs validate a few flat fields, and the classic build is ~190 KB to load.
import * as z from "zod/mini";
import type { AppDeps } from "../deps.ts";

const Input = z.object({
  requestId: z.string().check(z.regex(/^[0-9a-f]{32}$/)),
  kind: z.string().check(z.minLength(1)),
  version: z.number().check(z.int(), z.positive()),
  scheduledAt: z.optional(z.iso.datetime()),
});

/** One follow-up (or an outbox's unfinished effects) of one chat. A malformed Input can never succeed: logged and dropped. */
export async function runFollowUpJob(deps: AppDeps, event: unknown): Promise<void> {
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
}
