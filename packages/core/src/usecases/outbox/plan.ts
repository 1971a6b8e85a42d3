import type { Actor, Effect } from "../../lifecycle/index.ts";
import { HOUR, MINUTE, type ChatRequest, type Millis, type Outbox, type OutboxStep, type RequestStatus } from "../../model/index.ts";

/**
 * The pure half of the outbox: which steps a change owes, how a later change merges with what an
 * earlier one still owes, and when a failing step is tried again.
 */

/** The first look after a change: the HTTP function has timed out long before. */
export const OUTBOX_GRACE: Millis = 2 * MINUTE;
/** A claim older than this belongs to a process that died (Lambda stops the follow-up job at 30 s). */
export const CLAIM_TIMEOUT: Millis = MINUTE;
/** How long a failing email is retried before it is marked failed and shown so. */
export const RETRY_WINDOW: Millis = 24 * HOUR;

const BACKOFF: Millis[] = [2 * MINUTE, 5 * MINUTE, 15 * MINUTE, HOUR];

/** 2, 5, 15, 60 minutes, then hourly. */
export function retryDelay(attempts: number): Millis {
  return BACKOFF[Math.min(Math.max(attempts, 1), BACKOFF.length) - 1]!;
}

/** At most one of these emails per person per gap; later changes fold into the one waiting. */
const MIN_GAP: Partial<Record<string, Millis>> = { questionsUpdated: HOUR };

/** Each outbox schedule is named after the instant it fires, so re-arming never edits a schedule that is firing. */
export const outboxScheduleName = (requestId: string, at: Millis) => `cc-${requestId}-outbox-${at.toString(36)}`;

export const isOwed = (step: OutboxStep) => step.state === "pending" || step.state === "sending";
export const owes = (outbox: Outbox | undefined) => outbox?.steps.some(isOwed) === true;

/**
 * Steps in one lane run in order and a failure holds back the rest of its lane: each person's
 * emails, the schedules, the host's calendar copy.
 */
export const laneOf = (step: OutboxStep): string => (step.type === "email" ? step.to : step.type === "calendar" ? "calendar" : "schedules");

const sentKey = (step: { template: string; to: Actor }) => `${step.template}.${step.to}`;

/** The steps one change causes, one email per recipient; lock changes happen in the write itself. */
export function stepsOf(effects: ChangeEffect[], before: ChatRequest, next: ChatRequest): OutboxStep[] {
  const steps: OutboxStep[] = [];
  for (const effect of effects) {
    if (effect.type === "plan_followups" || effect.type === "cancel_followups") {
      steps.push({ id: `${effect.type}.${next.version}`, version: next.version, type: effect.type, state: "pending" });
    }
    if (effect.type !== "email") continue;
    const recipients: Actor[] = effect.to === "both" ? ["guest", "host"] : [effect.to];
    for (const to of recipients) {
      steps.push({
        id: `${effect.template}.${next.version}.${to}`,
        version: next.version,
        type: "email",
        template: effect.template,
        to,
        state: "pending",
        ...("invite" in effect && effect.invite ? { invite: effect.invite } : {}),
        ...("by" in effect && effect.by ? { by: effect.by } : {}),
        ...(effect.template === "rescheduled" ? { previous: { start: before.start, end: before.end } } : {}),
      });
    }
  }
  return [...steps, ...calendarStepsOf(effects, next)];
}

/** What a change asks for: the lifecycle's effects, or the confirmation a new request sends. */
export type ChangeEffect = Effect | { type: "email"; template: "confirmEmail"; to: "guest" };

/**
 * A later change takes over what the earlier one still owes. Each person ends with the right words
 * and calendar: an email of the same kind still waiting is replaced by the newer one (it renders the
 * chat as it is then, and keeps the "was" the person last heard); an invite still waiting already
 * carries a new time, so a reschedule adds nothing to it; work that had failed gets a new chance.
 */
export function mergeOutbox(owed: Outbox | undefined, fresh: OutboxStep[], now: Millis): Outbox {
  const steps = (owed?.steps ?? []).filter(isOwedOrFailed).map(reopen);
  const lastSent = owed?.lastSent ?? {};
  for (const step of fresh) {
    if (step.type !== "email") {
      // Planning and the calendar copy read the request as it is when they run: the newest of each is the only one needed.
      remove(steps, (s) => s.type !== "email" && laneOf(s) === laneOf(step) && s.state === "pending");
      steps.push(step);
      continue;
    }
    const waiting = steps.find((s) => s.type === "email" && s.state === "pending" && s.to === step.to && s.template === step.template);
    if (waiting?.type === "email") {
      remove(steps, (s) => s === waiting);
      steps.push({
        ...step,
        ...(waiting.previous ? { previous: waiting.previous } : {}),
        ...(waiting.notBefore !== undefined ? { notBefore: waiting.notBefore } : {}),
      });
      continue;
    }
    const inviteWaiting = steps.some((s) => s.type === "email" && s.state === "pending" && s.to === step.to && s.invite === "REQUEST");
    if (step.template === "rescheduled" && inviteWaiting) continue;
    const gap = MIN_GAP[step.template];
    const last = lastSent[sentKey(step)];
    const notBefore = gap !== undefined && last !== undefined && last + gap > now ? last + gap : undefined;
    steps.push(notBefore !== undefined ? { ...step, notBefore } : step);
  }
  return {
    steps,
    rev: (owed?.rev ?? 0) + 1,
    attempts: 0,
    ...(owed?.lastSent ? { lastSent: owed.lastSent } : {}),
    ...(owed?.calendarCopy ? { calendarCopy: owed.calendarCopy } : {}),
  };
}

const isOwedOrFailed = (step: OutboxStep) => isOwed(step) || step.state === "failed";

function reopen(step: OutboxStep): OutboxStep {
  if (step.state !== "failed") return step;
  const { error: _, ...rest } = step;
  return { ...rest, state: "pending" };
}

function remove<T>(list: T[], match: (item: T) => boolean) {
  const at = list.findIndex(match);
  if (at !== -1) list.splice(at, 1);
}

/** The news each email brings, by the status that makes it true; a later change may have made it stale. */
const TRUE_WHILE: Record<string, RequestStatus[]> = {
  confirmEmail: ["awaiting_email"],
  hostRequest: ["awaiting_host"],
  accepted: ["accepted"],
  rescheduled: ["accepted"],
  questionsUpdated: ["accepted"],
  declined: ["declined"],
  cancelled: ["cancelled"],
  expired: ["expired"],
};

/** Undefined when the step still applies to the request as it now is; otherwise why not. */
export function staleStep(step: OutboxStep, request: ChatRequest): string | undefined {
  if (step.type !== "email") return undefined;
  const statuses = TRUE_WHILE[step.template];
  return !statuses || statuses.includes(request.status) ? undefined : `the chat is ${request.status.replace("_", " ")} now`;
}

/** The key under which a sent email is remembered for the per-request limits. */
export const lastSentKey = sentKey;

/**
 * The chat's copy in the host's own CalDAV calendar, kept as an outbox step beside the emails, so a
 * calendar server that is down gets the same retries, the same "failed" and the same "try again".
 *
 * The host's calendar follows the host's invite: whenever a change sends the host an invite
 * (accept, reschedule: REQUEST; cancelling an accepted chat: CANCEL) the copy is brought up to date.
 * A request still waiting for the host's answer is never written (the feed shows those as
 * tentative), so a decline has nothing to remove.
 */
export function calendarStepsOf(effects: ChangeEffect[], next: ChatRequest): OutboxStep[] {
  const invite = effects.find(
    (e) => e.type === "email" && "invite" in e && e.invite !== undefined && (e.to === "host" || e.to === "both"),
  );
  if (!invite || invite.type !== "email" || !("invite" in invite) || !invite.invite) return [];
  const op = invite.invite === "CANCEL" ? "delete" : "put";
  return [{ id: `calendar.${next.version}`, version: next.version, type: "calendar", op, state: "pending" }];
}
