import { MINUTE, type ChatRequest, type Millis, type OutboxEffect } from "../model/index.ts";
import type { Chat } from "./commit-event.ts";
import { notify } from "./notify.ts";
import { cancelFollowUps, scheduleFollowUps } from "./schedule-follow-ups.ts";
import type { UseCaseDeps } from "./ports.ts";

/**
 * A change and the emails and schedules it causes cannot share one transaction. So the change is
 * written with its effects (the outbox), and a one-time schedule is armed first: if the process dies
 * after the write, the schedule fires after the grace period and the follow-up job finishes the rest.
 * The HTTP function times out long before the grace period ends, so the two never run at once.
 */
export const OUTBOX_GRACE: Millis = 2 * MINUTE;

export const outboxScheduleName = (requestId: string) => `cc-${requestId}-outbox`;

/** The request as it will be written: with the effects still to run, or with no outbox at all. */
export function withOutbox(request: ChatRequest, effects: OutboxEffect[], now: Millis, previous?: ChatRequest): ChatRequest {
  const { outbox: _, ...rest } = request;
  if (effects.length === 0) return rest;
  return {
    ...rest,
    outbox: { effects, done: 0, at: now, ...(previous ? { previous: { start: previous.start, end: previous.end } } : {}) },
  };
}

export async function armOutbox(deps: UseCaseDeps, request: ChatRequest): Promise<void> {
  if (!request.outbox) return;
  await deps.scheduler.upsert({
    name: outboxScheduleName(request.id),
    at: request.outbox.at + OUTBOX_GRACE,
    input: { requestId: request.id, kind: "outbox", version: request.version },
  });
}

/** Runs what the outbox still holds, recording each step, then disarms the schedule. */
export async function drainOutbox(deps: UseCaseDeps, chat: Chat, now: Millis): Promise<void> {
  const { request } = chat;
  const outbox = request.outbox;
  if (!outbox) return;
  for (let i = outbox.done; i < outbox.effects.length; i++) {
    await runEffect(deps, chat, outbox.effects[i]!, now);
    const last = i + 1 === outbox.effects.length;
    if (!(await deps.store.setOutboxProgress(request.id, request.version, last ? undefined : i + 1))) return;
  }
  await deps.scheduler.delete(outboxScheduleName(request.id));
}

async function runEffect(deps: UseCaseDeps, chat: Chat, effect: OutboxEffect, now: Millis): Promise<void> {
  if (effect.type === "plan_followups") return scheduleFollowUps(deps, chat, now);
  if (effect.type === "cancel_followups") return cancelFollowUps(deps, chat.request);
  if (effect.type !== "email") return; // lock changes happen in the write itself
  const previous = chat.request.outbox?.previous;
  const to = effect.to === "both" ? (["guest", "host"] as const) : ([effect.to] as const);
  for (const recipient of to) {
    const notice = {
      template: effect.template,
      to: recipient,
      ...("invite" in effect ? { invite: effect.invite } : {}),
      ...("by" in effect ? { by: effect.by } : {}),
      ...(previous ? { previous } : {}),
    };
    await notify(deps, chat, notice, now);
  }
}
