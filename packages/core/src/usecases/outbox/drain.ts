import { addressOf, describeError, type ChatRequest, type Millis, type Outbox, type OutboxStep } from "../../model/index.ts";
import type { Chat } from "../../model/index.ts";
import type { Actor } from "../../lifecycle/index.ts";
import { notify, type Notice } from "../notify.ts";
import type { OutgoingEmail } from "../../ports.ts";
import { cancelFollowUps, scheduleFollowUps } from "../schedule-follow-ups.ts";
import type { UseCaseDeps } from "../ports.ts";
import { CLAIM_TIMEOUT, OUTBOX_GRACE, RETRY_WINDOW, isOwed, laneOf, lastSentKey, outboxScheduleName, owes, retryDelay } from "./plan.ts";
import { claimNext } from "./claim.ts";
import { syncHostCalendar, withCalendarCopy, type CalendarCopyOutcome } from "./calendar-step.ts";
import { updateOutbox, withStep } from "./update.ts";

/** What one step's work gave, ready to be recorded: SES's Message-ID, the calendar copy's outcome, or the failure. */
interface Finished {
  step: OutboxStep;
  /** The request's version the work was done for, and when. */
  version: number;
  at: Millis;
  performed?: Performed;
  error?: string;
}

export interface DrainOptions {
  /** The claim this run already holds on steps of the stored outbox, written by the change itself. */
  claim?: string;
  /** Work already under way for steps of that claim (a new request's follow-up schedules). */
  started?: ReadonlyMap<string, Promise<Performed>>;
  /**
   * Emails of that claim composed while the change was written (composing sends nothing; the send
   * still waits for the write that holds the claim).
   */
  composed?: ReadonlyMap<string, Promise<OutgoingEmail>>;
  /** Addresses this invocation found unsuppressed moments ago (a submission's own checks): not read again. */
  cleared?: ReadonlySet<string>;
}

/**
 * Runs what the outbox still owes. Each step is claimed ("sending") before it is performed and
 * recorded after — an email with SES's Message-ID — so another run skips it. Lanes run side by
 * side (see claimNext: emails one at a time); each write records what finished and claims what
 * comes next, and the last one also settles the round. A failure holds back the rest of its lane
 * (so a person's words arrive in order) but not the other lanes. What is still owed afterwards gets
 * the outbox schedule armed for it. Returns the request as it then stands.
 */
export async function drainOutbox(deps: UseCaseDeps, chat: Chat, now: Millis, options: DrainOptions = {}): Promise<ChatRequest> {
  if (!owes(chat.request.outbox)) return chat.request;
  const claim = options.claim ?? deps.newId();
  const running = new Map<string, Promise<Finished>>();
  const held = new Set<string>();
  let finished: Finished[] = [];
  let failed = false;
  let latest = chat.request;
  const suppressed = suppressionOf(deps, chat, options.cleared);
  const begin = (step: OutboxStep, request: ChatRequest) => {
    const work = options.started?.get(step.id) ?? perform(deps, { ...chat, request }, step, now, suppressed, options.composed);
    const version = request.version;
    running.set(step.id, work.then((performed) => ({ step, version, at: now, performed }), (e: unknown) => ({ step, version, at: now, error: describeError(e) })));
  };
  if (options.claim) for (const step of latest.outbox!.steps) if (step.state === "sending" && step.claim === claim) begin(step, latest);
  let write = running.size === 0;
  for (;;) {
    if (write) {
      const recording = finished;
      const written = await updateOutbox(
        deps,
        latest.id,
        (outbox, request) => {
          const recorded = recording.reduce(record, outbox);
          const next = claimNext(recorded, request, { claim, busy: new Set(running.keys()), held }, now);
          if (next.start.length > 0 || running.size > 0) return { outbox: next.outbox, result: { ...next, armed: undefined, settled: false } };
          // Nothing more to do in this run: the same write settles it.
          return { outbox: afterRound(next.outbox, failed, now), result: { ...next, armed: outbox.nextAttemptAt, settled: true } };
        },
        latest,
      );
      finished = [];
      if (!written) {
        await Promise.allSettled(running.values());
        return latest;
      }
      latest = written.request;
      for (const lane of written.result.waiting) held.add(lane);
      if (written.result.settled) return rearm(deps, latest, written.result.armed);
      for (const step of written.result.start) begin(step, latest);
    }
    const done = await Promise.race(running.values());
    running.delete(done.step.id);
    finished.push(done);
    if (done.error !== undefined) {
      held.add(laneOf(done.step));
      failed = true;
    }
    // An email's outcome is written at once; other work (idempotent) rides with the next write.
    write = done.step.type === "email" || running.size === 0;
  }
}

/**
 * Whether each person the outbox still writes to is suppressed, read once, all at once, when the run
 * begins, rather than before each send: a later email of the run then waits for no read. A
 * suppression (a bounce or complaint reported by SES) arriving during the run is no different from
 * one arriving a moment after the send, which no read could prevent; the next run reads again.
 */
function suppressionOf(deps: UseCaseDeps, chat: Chat, cleared: ReadonlySet<string> = new Set()) {
  const reads = new Map<Actor, Promise<boolean>>();
  for (const step of chat.request.outbox?.steps.filter(isOwed) ?? []) {
    if (step.type !== "email" || reads.has(step.to)) continue;
    const address = addressOf(chat, step.to);
    const read = cleared.has(address) ? Promise.resolve(false) : deps.store.isSuppressed(address);
    read.catch(() => undefined); // A failed read fails the send that awaits it; none may await it.
    reads.set(step.to, read);
  }
  return reads;
}

/** One finished step written into the outbox: done (or skipped) with what it gave, or released for a later try. */
function record(outbox: Outbox, finished: Finished): Outbox {
  const { step, performed, version, at } = finished;
  const id = step.id;
  const current = outbox.steps.find((s) => s.id === id);
  if (!performed) {
    // Released for the next try, unless another run has taken it over meanwhile.
    if (!current || current.claim !== step.claim || current.state !== "sending") return outbox;
    const error = (finished.error ?? "failed").slice(0, 300);
    return withStep(outbox, id, ({ claim: _, claimedAt: __, ...s }) => ({ ...s, state: "pending", error }));
  }
  // Taken over by a run that thought this one dead, or already recorded: the send happened all the same.
  if (!current || current.state === "done") return outbox;
  const { messageId, calendar } = performed;
  const doneStep = (s: OutboxStep): OutboxStep => {
    const { claim: _, claimedAt: __, error: ___, ...rest } = s;
    if (step.type === "email" && messageId === undefined) return { ...rest, state: "skipped", reason: "the address is suppressed" };
    if (calendar && "skipped" in calendar) return { ...rest, state: "skipped", reason: calendar.skipped };
    return { ...rest, state: "done", sentAt: at, ...(messageId ? { messageId } : {}) };
  };
  const lastSent = step.type === "email" && messageId ? { ...outbox.lastSent, [lastSentKey(step)]: at } : outbox.lastSent;
  // An invite carries the chat as it was when sent: a reschedule owed to the same person from no later is news to nobody.
  const carried = (s: OutboxStep) =>
    step.type === "email" && step.invite === "REQUEST" && messageId !== undefined && s.type === "email" &&
    s.template === "rescheduled" && s.state === "pending" && s.to === step.to && s.version <= version;
  const steps = outbox.steps.map((s): OutboxStep =>
    s.id === id ? doneStep(s) : carried(s) ? { ...s, state: "skipped", reason: "the invite sent before it already has the new time" } : s,
  );
  const written = { ...outbox, steps, ...(lastSent ? { lastSent } : {}) };
  return calendar && "copy" in calendar ? withCalendarCopy(written, calendar.copy) : written;
}

/** An email gives SES's Message-ID (none: the address is suppressed); the calendar copy what it did; planning nothing. */
export type Performed = { messageId?: string | undefined; calendar?: CalendarCopyOutcome };

async function perform(
  deps: UseCaseDeps,
  chat: Chat,
  step: OutboxStep,
  now: Millis,
  suppressed: ReadonlyMap<Actor, Promise<boolean>>,
  composed?: ReadonlyMap<string, Promise<OutgoingEmail>>,
): Promise<Performed> {
  if (step.type === "calendar") return { calendar: await syncHostCalendar(deps, chat, now) };
  if (step.type !== "email") {
    await (step.type === "plan_followups" ? scheduleFollowUps(deps, chat, now) : cancelFollowUps(deps, chat.request));
    return {};
  }
  const sent = await notify(deps, chat, noticeFor(step), now, { suppressed: suppressed.get(step.to), composed: composed?.get(step.id) });
  return { messageId: sent?.messageId };
}

/** What an email step sends; its id is the Message-ID's, so a re-send is recognisably the same email. */
export function noticeFor(step: Extract<OutboxStep, { type: "email" }>): Notice {
  return {
    template: step.template,
    to: step.to,
    key: step.id,
    ...(step.invite ? { invite: step.invite } : {}),
    ...(step.by ? { by: step.by } : {}),
    ...(step.previous ? { previous: step.previous } : {}),
  };
}

/**
 * After the write that settled a round (see afterRound): nothing owed disarms the schedule; a
 * failure or work that waits arms the next one first, then drops the one it replaces, so there is
 * never a moment with work owed and no schedule armed.
 */
async function rearm(deps: UseCaseDeps, settled: ChatRequest, armed: Millis | undefined): Promise<ChatRequest> {
  const next = settled.outbox?.nextAttemptAt;
  if (next !== undefined && next !== armed) await armOutbox(deps, settled, next);
  if (armed !== undefined && armed !== next) await deps.scheduler.delete(outboxScheduleName(settled.id, armed));
  return settled;
}

/**
 * A round settled: nothing owed clears the schedule's time; a failure counts an attempt and sets the
 * next one after the back-off, or, once the retry window has passed, marks what is owed failed (the
 * chat pages show it and the host can send it again); work that waits (a batched email, another
 * process's claim) sets it for when it can go.
 */
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

export async function armOutbox(deps: Pick<UseCaseDeps, "scheduler">, request: Pick<ChatRequest, "id" | "version">, at: Millis): Promise<void> {
  await deps.scheduler.upsert({
    name: outboxScheduleName(request.id, at),
    at,
    input: { requestId: request.id, kind: "outbox", version: request.version },
  });
}
