import { DomainError, type ChatRequest, type Millis, type Outbox, type OutboxStep } from "../../model/index.ts";
import type { Chat } from "../../model/index.ts";
import { notify } from "../notify.ts";
import { cancelFollowUps, scheduleFollowUps } from "../schedule-follow-ups.ts";
import type { UseCaseDeps } from "../ports.ts";
import {
  CLAIM_TIMEOUT,
  OUTBOX_GRACE,
  RETRY_WINDOW,
  isOwed,
  laneOf,
  lastSentKey,
  outboxScheduleName,
  owes,
  retryDelay,
  staleStep,
} from "./plan.ts";
import { syncHostCalendar, withCalendarCopy, type CalendarCopyOutcome } from "./calendar-step.ts";
import { updateOutbox, withStep } from "./update.ts";

type StepOutcome = "done" | "waiting" | "failed";

/**
 * Runs what the outbox still owes, one step at a time: each email is claimed ("sending") before it
 * goes and marked done with SES's Message-ID after, so another run skips it. A failure holds back
 * the rest of that person's emails (so their words arrive in order) but not the other person's.
 * What is still owed afterwards gets the outbox schedule armed for it. Returns the request as it
 * then stands.
 */
export async function drainOutbox(deps: UseCaseDeps, chat: Chat, now: Millis): Promise<ChatRequest> {
  const owed = chat.request.outbox?.steps.filter(isOwed) ?? [];
  if (owed.length === 0) return chat.request;
  const held = new Set<string>();
  let failed = false;
  let latest = chat.request;
  for (const step of owed) {
    const lane = laneOf(step);
    if (held.has(lane)) continue;
    const { outcome, request } = await runStep(deps, { ...chat, request: latest }, step.id, now);
    latest = request ?? latest;
    if (outcome === "waiting" || outcome === "failed") held.add(lane);
    failed ||= outcome === "failed";
  }
  return (await settle(deps, latest, failed, now)) ?? latest;
}

async function runStep(deps: UseCaseDeps, chat: Chat, id: string, now: Millis) {
  const claim = deps.newId();
  const claimed = await updateOutbox(deps, chat.request.id, (outbox, request) => {
    const step = outbox.steps.find((s) => s.id === id);
    if (!step || !isOwed(step)) return { result: "done" as StepOutcome };
    if (step.notBefore !== undefined && step.notBefore > now) return { result: "waiting" as StepOutcome };
    if (step.state === "sending" && (step.claimedAt ?? 0) + CLAIM_TIMEOUT > now) return { result: "waiting" as StepOutcome };
    const stale = staleStep(step, request);
    if (stale) return { outbox: withStep(outbox, id, (s) => ({ ...s, state: "skipped", reason: stale })), result: "done" as StepOutcome };
    return { outbox: withStep(outbox, id, (s) => ({ ...s, state: "sending", claim, claimedAt: now })), result: "claim" as const };
  }, chat.request);
  if (!claimed || claimed.result !== "claim") return { outcome: claimed?.result ?? "done", request: claimed?.request };
  const step = claimed.request.outbox!.steps.find((s) => s.id === id)!;
  let performed: Performed;
  try {
    performed = await perform(deps, { ...chat, request: claimed.request }, step, now);
  } catch (e) {
    const error = e instanceof DomainError ? `${e.code}: ${e.message}` : e instanceof Error ? e.message : String(e);
    const released = await updateOutbox(deps, chat.request.id, (outbox) => {
      const current = outbox.steps.find((s) => s.id === id);
      if (current?.claim !== claim || current.state !== "sending") return { result: undefined };
      return { outbox: withStep(outbox, id, ({ claim: _, claimedAt: __, ...s }) => ({ ...s, state: "pending", error: error.slice(0, 300) })), result: undefined };
    }, claimed.request);
    return { outcome: "failed" as const, request: released?.request };
  }
  const { messageId, calendar } = performed;
  const recorded = await updateOutbox(deps, chat.request.id, (outbox) => {
    const current = outbox.steps.find((s) => s.id === id);
    // Taken over by a run that thought this one dead, or already recorded: the send happened all the same.
    if (!current || current.state === "done") return { result: undefined };
    const doneStep = (s: OutboxStep): OutboxStep => {
      const { claim: _, claimedAt: __, error: ___, ...rest } = s;
      if (step.type === "email" && messageId === undefined) return { ...rest, state: "skipped", reason: "the address is suppressed" };
      if (calendar && "skipped" in calendar) return { ...rest, state: "skipped", reason: calendar.skipped };
      return { ...rest, state: "done", sentAt: now, ...(messageId ? { messageId } : {}) };
    };
    const lastSent = step.type === "email" && messageId ? { ...outbox.lastSent, [lastSentKey(step)]: now } : outbox.lastSent;
    // An invite carries the chat as it was when sent: a reschedule owed to the same person from no later is news to nobody.
    const carried = (s: OutboxStep) =>
      step.type === "email" && step.invite === "REQUEST" && messageId !== undefined && s.type === "email" &&
      s.template === "rescheduled" && s.state === "pending" && s.to === step.to && s.version <= claimed.request.version;
    const steps = outbox.steps.map((s): OutboxStep =>
      s.id === id ? doneStep(s) : carried(s) ? { ...s, state: "skipped", reason: "the invite sent before it already has the new time" } : s,
    );
    const written = { ...outbox, steps, ...(lastSent ? { lastSent } : {}) };
    return { outbox: calendar && "copy" in calendar ? withCalendarCopy(written, calendar.copy) : written, result: undefined };
  }, claimed.request);
  return { outcome: "done" as const, request: recorded?.request };
}

/** An email gives SES's Message-ID (none: the address is suppressed); the calendar copy what it did; planning nothing. */
type Performed = { messageId?: string | undefined; calendar?: CalendarCopyOutcome };

async function perform(deps: UseCaseDeps, chat: Chat, step: OutboxStep, now: Millis): Promise<Performed> {
  if (step.type === "calendar") return { calendar: await syncHostCalendar(deps, chat, now) };
  if (step.type !== "email") {
    await (step.type === "plan_followups" ? scheduleFollowUps(deps, chat, now) : cancelFollowUps(deps, chat.request));
    return {};
  }
  const sent = await notify(
    deps,
    chat,
    {
      template: step.template,
      to: step.to,
      key: step.id,
      ...(step.invite ? { invite: step.invite } : {}),
      ...(step.by ? { by: step.by } : {}),
      ...(step.previous ? { previous: step.previous } : {}),
    },
    now,
  );
  return { messageId: sent?.messageId };
}

/**
 * After a round: nothing owed disarms the schedule; a failure counts an attempt and arms the next
 * one after the back-off, or, once the retry window has passed, marks what is owed failed (the chat
 * pages show it and the host can send it again); work that waits (a batched email, another
 * process's claim) arms the schedule for when it can go.
 */
async function settle(deps: UseCaseDeps, latest: ChatRequest, failedNow: boolean, now: Millis) {
  const requestId = latest.id;
  const settled = await updateOutbox(
    deps,
    requestId,
    (outbox) => ({ outbox: afterRound(outbox, failedNow, now), result: outbox.nextAttemptAt }),
    latest,
  );
  if (!settled) return undefined;
  const armed = settled.result;
  const next = settled.request.outbox?.nextAttemptAt;
  if (next !== undefined && next !== armed) await armOutbox(deps, settled.request, next);
  if (armed !== undefined && armed !== next) await deps.scheduler.delete(outboxScheduleName(requestId, armed));
  return settled.request;
}

export function afterRound(outbox: Outbox, failedNow: boolean, now: Millis): Outbox {
  const { attempts: _, failingSince: __, nextAttemptAt: ___, ...rest } = outbox;
  // Done steps stay (with their Message-IDs) until the next change prunes them.
  if (!owes(outbox)) return { ...rest, attempts: 0 };
  if (!failedNow) return { ...outbox, nextAttemptAt: readyAt(outbox.steps, now) ?? now + OUTBOX_GRACE };
  const attempts = outbox.attempts + 1;
  const failingSince = outbox.failingSince ?? now;
  if (now - failingSince >= RETRY_WINDOW) {
    const lastError = outbox.steps.find((s) => s.error)?.error ?? "kept failing";
    const givesUp = (s: OutboxStep) => s.state === "pending" && !(s.notBefore !== undefined && s.notBefore > now);
    const steps = outbox.steps.map((s): OutboxStep => (givesUp(s) ? { ...s, state: "failed", error: s.error ?? lastError } : s));
    const gaveUp = { ...outbox, steps };
    return owes(gaveUp) ? afterRound({ ...gaveUp, failingSince }, false, now) : { ...rest, steps, attempts: 0 };
  }
  const retryAt = now + retryDelay(attempts);
  return { ...outbox, attempts, failingSince, nextAttemptAt: Math.min(retryAt, readyAt(outbox.steps, now) ?? retryAt) };
}

/** The soonest a waiting step can go: a batched email's time, or when another process's claim lapses. */
function readyAt(steps: OutboxStep[], now: Millis): Millis | undefined {
  const times = steps
    .filter(isOwed)
    .map((s) => (s.state === "sending" ? (s.claimedAt ?? now) + CLAIM_TIMEOUT : s.notBefore))
    .filter((t): t is Millis => t !== undefined && t > now);
  return times.length ? Math.min(...times) : undefined;
}

export async function armOutbox(deps: Pick<UseCaseDeps, "scheduler">, request: ChatRequest, at: Millis): Promise<void> {
  await deps.scheduler.upsert({
    name: outboxScheduleName(request.id, at),
    at,
    input: { requestId: request.id, kind: "outbox", version: request.version },
  });
}
