import { followUpRecords, planFor, schedulesFor } from "../followups/index.ts";
import type { FollowUpRecord } from "../ports.ts";
import { MINUTE, type ChatRequest, type Millis } from "../model/index.ts";
import type { Chat } from "../model/index.ts";
import type { UseCaseDeps } from "./ports.ts";

/**
 * Stores the plan for the request as it now stands and puts one schedule per follow-up, named
 * deterministically so a re-plan moves the same schedule instead of adding one. Records are written
 * first: a schedule that fires always finds its record.
 */
export async function scheduleFollowUps(deps: UseCaseDeps, chat: Chat, now: Millis): Promise<void> {
  const { request, link } = chat;
  const plan = planFor(request, link, now);
  const existing = await deps.store.listFollowUps(request.id);
  // Scheduler refuses an at() in the past: what is due now goes a minute from now.
  const soonest = now + MINUTE;
  const records = followUpRecords(request, plan, existing).map((r) => ({ ...r, at: Math.max(r.at, soonest) }));
  await deps.store.putFollowUps(records);
  await Promise.all(schedulesFor(records).map((schedule) => deps.scheduler.upsert(schedule)));
  const kept = plan.filter((p) => records.some((r) => r.kind === p.kind));
  await deleteSchedules(deps, request, kept.map((p) => p.kind), existing);
}

/** Deletes every schedule of the request and marks what was still planned as skipped. */
export async function cancelFollowUps(deps: UseCaseDeps, request: ChatRequest): Promise<void> {
  const existing = await deps.store.listFollowUps(request.id);
  await deleteSchedules(deps, request, [], existing);
}

/** Schedules still planned from an older plan that the new one does not hold: delete them. */
async function deleteSchedules(deps: UseCaseDeps, request: ChatRequest, keepKinds: string[], existing: FollowUpRecord[]) {
  const keep = new Set(keepKinds);
  const dropped = existing.filter((record) => !keep.has(record.kind) && record.status === "planned");
  await Promise.all(
    dropped.map(async (record) => {
      await deps.scheduler.delete(record.scheduleName);
      await deps.store.setFollowUpStatus(request.id, record.kind, "planned", "skipped", { reason: `request ${request.status}` });
    }),
  );
}
