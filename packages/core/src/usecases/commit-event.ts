import { applyEvent, type Effect, type LifecycleEvent } from "../lifecycle/index.ts";
import { DomainError, type Chat, type ChatRequest, type Link, type Millis } from "../model/index.ts";
import { occupied } from "../slots/blocks.ts";
import { capCounters } from "../slots/index.ts";
import { armOutbox, claimNext, drainOutbox, mergeOutbox, OUTBOX_GRACE, outboxScheduleName, owes, stepsOf, type ChangeEffect } from "./outbox/index.ts";
import type { UseCaseDeps } from "./ports.ts";

export type Committed = { changed: boolean; request: ChatRequest };

/** Times a change is tried again when only the outbox moved under it (an email was recorded meanwhile). */
const OUTBOX_RACES = 5;

/**
 * Applies one event: the state machine decides, one conditional write stores it (with the slot locks
 * and, in its outbox, the emails and schedules it causes plus whatever an earlier change still
 * owed), then the outbox runs. Two people acting at once both reach the write; the loser gets
 * CONFLICT, re-reads, and sees the winner's outcome — so a double click changes state once and sends
 * one email. Acting again on something already done gives what is still owed another try.
 */
export async function commitEvent(deps: UseCaseDeps, chat: Chat, event: LifecycleEvent, now: Millis): Promise<Committed> {
  for (let round = 0; ; round++) {
    const outcome = applyEvent(chat.request, event, now);
    if (outcome.kind === "unchanged") {
      const request = owes(outcome.current.outbox) ? await drainOutbox(deps, chat, now) : outcome.current;
      return { changed: false, request };
    }
    const claim = deps.newId();
    const next = await withWork(deps, chat.request, outcome.next, outcome.effects, now, claim);
    try {
      await deps.store.updateRequest(next, chat.request.version, lockChange(outcome.effects, chat.link));
    } catch (e) {
      if (!(e instanceof DomainError) || e.code !== "CONFLICT") throw e;
      const current = await deps.store.getRequest(chat.request.id);
      if (!current) throw e;
      // Only the outbox moved (a run recorded an email): decide again on what is there now.
      if (current.version === chat.request.version && round < OUTBOX_RACES) {
        chat = { ...chat, request: current };
        continue;
      }
      // Someone else changed it first; if their change already did what we asked, that is our answer.
      const retry = applyEvent(current, event, now);
      if (retry.kind === "unchanged") return { changed: false, request: current };
      throw new DomainError("CONFLICT", "This chat changed a moment ago; please reload and try again.");
    }
    const replaced = chat.request.outbox?.nextAttemptAt;
    if (replaced !== undefined && replaced !== next.outbox?.nextAttemptAt) {
      await deps.scheduler.delete(outboxScheduleName(next.id, replaced));
    }
    return { changed: true, request: await drainOutbox(deps, { ...chat, request: next }, now, { claim }) };
  }
}

/**
 * The request as it will be written: its outbox holds this change's work merged with what the
 * previous one still owed, and when anything is owed a schedule is armed first, so a crash after
 * the write still gets it done. See withOutbox for `claim`.
 */
export async function withWork(
  deps: Pick<UseCaseDeps, "scheduler">,
  before: ChatRequest,
  after: ChatRequest,
  effects: ChangeEffect[],
  now: Millis,
  claim: string,
): Promise<ChatRequest> {
  const next = withOutbox(before, after, effects, now, claim);
  if (owes(next.outbox)) await armOutbox(deps, next, now + OUTBOX_GRACE);
  return next;
}

/**
 * The request with the outbox the change leaves (see withWork), its schedule due after the grace
 * period. The first step of each lane is already claimed with `claim` by the caller in this same
 * write (claimNext), so the run that follows needs no write before it starts: the claim is exactly
 * the one a separate write would have made a moment later, and if the process dies after the write
 * the armed schedule finds it older than CLAIM_TIMEOUT and takes it over, as after any crash.
 */
export function withOutbox(before: ChatRequest, after: ChatRequest, effects: ChangeEffect[], now: Millis, claim: string): ChatRequest {
  const { outbox: _, ...rest } = after;
  const fresh = stepsOf(effects, before, after);
  if (fresh.length === 0 && !before.outbox) return rest;
  const merged = mergeOutbox(before.outbox, fresh, now);
  if (!owes(merged)) return { ...rest, outbox: merged };
  const claimed = claimNext(merged, after, { claim, busy: new Set(), held: new Set() }, now).outbox;
  return { ...rest, outbox: { ...claimed, nextAttemptAt: now + OUTBOX_GRACE } };
}

function lockChange(effects: Effect[], link: Link) {
  for (const effect of effects) {
    if (effect.type === "release_hold") return { release: true };
    if (effect.type === "move_hold") return { move: occupied(effect, link), counters: capCounters(link, effect.start) };
  }
  return undefined;
}
