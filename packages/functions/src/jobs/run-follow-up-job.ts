import { DomainError, runFollowUp, type FollowUpInput } from "@coffeechat/core";
import { z } from "zod";
import type { AppDeps } from "../deps.ts";

const Input = z.object({
  requestId: z.string().regex(/^[0-9a-f]{32}$/),
  kind: z.string().min(1),
  version: z.number().int().positive(),
  scheduledAt: z.iso.datetime().optional(),
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
