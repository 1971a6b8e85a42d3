import { followUpRecords, planFor, schedulesFor } from "../followups/index.ts";
import type { FollowUpRecord } from "../ports.ts";
import { MINUTE, type ChatRequest, type Link, type Millis } from "../model/index.ts";
import type { Chat } from "../model/index.ts";
import type { UseCaseDeps } from "./ports.ts";

/**
 * Stores the plan for the request as it now stands and puts one schedule per follow-up, named
 * deterministically so a re-plan moves the same schedule instead of adding one. Records are written
 * first: a schedule that fires always finds its record.
 */
export async function scheduleFollowUps(deps: UseCaseDeps, chat: Chat, now: Millis): Promise<void> {
  const { request, link } = chat;
  const existing = await deps.store.listFollowUps(request.id);
  const records = plannedRecords(request, link, now, existing);
  await deps.store.putFollowUps(records);
  const kept = new Set(records.map((r) => r.kind));
  // Independent: the new plan's schedules, and the old plan's kinds it no longer holds.
  await Promise.all([putSchedules(deps, records), deleteSchedules(deps, request, kept, existing)]);
}

/**
 * The follow-up records of the request as it now stands, given those already stored. Scheduler
 * refuses an at() in the past: what is due now goes a minute from now. A new request has none
 * stored, so submit writes these in the transaction that creates it.
 */
export function plannedRecords(request: ChatRequest, link: Link, now: Millis, existing: FollowUpRecord[] = []): FollowUpRecord[] {
  const soonest = now + MINUTE;
  return followUpRecords(request, planFor(request, link, now), existing).map((r) => ({ ...r, at: Math.max(r.at, soonest) }));
}

/** One schedule per record, named after the request and the kind, so putting one again moves it. */
export async function putSchedules(deps: Pick<UseCaseDeps, "scheduler">, records: FollowUpRecord[]): Promise<void> {
  await Promise.all(schedulesFor(records).map((schedule) => deps.scheduler.upsert(schedule)));
}

/** Deletes every schedule of the request and marks what was still planned as skipped. */
export async function cancelFollowUps(deps: UseCaseDeps, request: ChatRequest): Promise<void> {
  const existing = await deps.store.listFollowUps(request.id);
  await deleteSchedules(deps, request, new Set(), existing);
}

/** Schedules still planned from an older plan that the new one does not hold: delete them. */
async function deleteSchedules(deps: UseCaseDeps, request: ChatRequest, keep: ReadonlySet<string>, existing: FollowUpRecord[]) {
  const dropped = existing.filter((record) => !keep.has(record.kind) && record.status === "planned");
  // Both at once: a schedule that fires after its record says skipped does nothing (and Scheduler
  // deletes it after it ran), so a delete that failed while the mark went through costs nothing; the
  // step that asked for this is recorded done only once both went through, and a re-run repeats
  // what still says planned.
  await Promise.all(
    dropped.flatMap((record) => [
      deps.scheduler.delete(record.scheduleName),
      deps.store.setFollowUpStatus(request.id, record.kind, "planned", "skipped", { reason: `request ${request.status}` }),
    ]),
  );
}
