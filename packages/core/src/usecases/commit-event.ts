import { applyEvent, type Effect, type LifecycleEvent } from "../lifecycle/index.ts";
import { DomainError, type ChatRequest, type Host, type Link, type Millis } from "../model/index.ts";
import { occupied } from "../slots/blocks.ts";
import { notify } from "./notify.ts";
import { cancelFollowUps, scheduleFollowUps } from "./schedule-follow-ups.ts";
import type { UseCaseDeps } from "./ports.ts";

export interface Chat {
  request: ChatRequest;
  host: Host;
  link: Link;
}

export type Committed = { changed: boolean; request: ChatRequest };

/**
 * Applies one event: the state machine decides, one conditional write stores it (with the slot locks),
 * then the effects run. Two people acting at once both reach the write; the loser gets CONFLICT, re-reads,
 * and sees the winner's outcome — so a double click changes state once and sends one email.
 */
export async function commitEvent(deps: UseCaseDeps, chat: Chat, event: LifecycleEvent, now: Millis): Promise<Committed> {
  const outcome = applyEvent(chat.request, event, now);
  if (outcome.kind === "unchanged") return { changed: false, request: outcome.current };
  const next = outcome.next;
  try {
    await deps.store.updateRequest(next, chat.request.version, lockChange(outcome.effects, chat.link));
  } catch (e) {
    if (!(e instanceof DomainError) || e.code !== "CONFLICT") throw e;
    const current = await deps.store.getRequest(chat.request.id);
    if (!current) throw e;
    // Someone else changed it first; if their change already did what we asked, that is our answer.
    const retry = applyEvent(current, event, now);
    if (retry.kind === "unchanged") return { changed: false, request: current };
    throw new DomainError("CONFLICT", "This chat changed a moment ago; please reload and try again.");
  }
  await runEffects(deps, { ...chat, request: next }, outcome.effects, now);
  return { changed: true, request: next };
}

function lockChange(effects: Effect[], link: Link) {
  for (const effect of effects) {
    if (effect.type === "release_hold") return { release: true };
    if (effect.type === "move_hold") return { move: occupied(effect, link) };
  }
  return undefined;
}

async function runEffects(deps: UseCaseDeps, chat: Chat, effects: Effect[], now: Millis): Promise<void> {
  for (const effect of effects) {
    if (effect.type === "plan_followups") await scheduleFollowUps(deps, chat, now);
    else if (effect.type === "cancel_followups") await cancelFollowUps(deps, chat.request);
    else if (effect.type === "email") {
      const to = effect.to === "both" ? (["guest", "host"] as const) : ([effect.to] as const);
      for (const recipient of to) {
        await notify(deps, chat, { template: effect.template, to: recipient, invite: effect.invite, by: effect.by }, now);
      }
    }
  }
}
