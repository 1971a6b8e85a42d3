import { applyEvent, type Effect, type LifecycleEvent } from "../lifecycle/index.ts";
import { DomainError, type ChatRequest, type Host, type Link, type Millis } from "../model/index.ts";
import { occupied } from "../slots/blocks.ts";
import { capCounters } from "../slots/index.ts";
import { armOutbox, drainOutbox, withOutbox } from "./outbox.ts";
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
  const effects = outcome.effects.filter((e) => e.type !== "release_hold" && e.type !== "move_hold");
  const next = withOutbox(outcome.next, effects, now, chat.request);
  await armOutbox(deps, next);
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
  await drainOutbox(deps, { ...chat, request: next }, now);
  return { changed: true, request: next };
}

function lockChange(effects: Effect[], link: Link) {
  for (const effect of effects) {
    if (effect.type === "release_hold") return { release: true };
    if (effect.type === "move_hold") return { move: occupied(effect, link), counters: capCounters(link, effect.start) };
  }
  return undefined;
}
