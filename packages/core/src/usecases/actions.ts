import { applyEvent, type Actor, type LifecycleEvent } from "../lifecycle/index.ts";
import { DAY, DomainError, MINUTE, type Millis } from "../model/index.ts";
import { verifyActionToken, type ActionClaims, type TokenAction } from "../tokens/index.ts";
import type { Chat } from "../model/index.ts";
import { commitEvent, type Committed } from "./commit-event.ts";
import { getLinkView } from "./link-view.ts";
import { assertSlotFree, busyAround } from "./slot-free.ts";
import { assertCalendarFree } from "./calendars/freshness.ts";
import type { UseCaseDeps } from "./ports.ts";

/** What a person may send with an action's button (validated at the edge). */
export interface ActionInput {
  note?: string;
  start?: Millis;
  questions?: string[];
  names?: string[];
}

/** Who acts through each link, and the event its button sends; view links change nothing. */
export const ACTION_ACTOR: Record<TokenAction, Actor> = {
  confirm_email: "guest",
  accept: "host",
  decline: "host",
  cancel: "guest",
  cancel_host: "host",
  reschedule: "guest",
  reschedule_host: "host",
  edit_questions: "guest",
  referrals: "guest",
  did_not_happen: "guest",
  view_guest: "guest",
  view_host: "host",
};

export interface OpenedAction {
  claims: ActionClaims;
  actor: Actor;
  chat: Chat;
}

/** Checks the link (403 tampered, 410 expired) and loads the chat it is bound to. */
export async function openAction(deps: UseCaseDeps, token: string, now: Millis): Promise<OpenedAction> {
  const claims = verifyActionToken(token, deps.settings.tokenSecret, now);
  const request = await deps.store.getRequest(claims.requestId);
  if (!request) throw new DomainError("NOT_FOUND", "This chat no longer exists");
  const { host, link } = await getLinkView(deps, request.handle, request.slug);
  return { claims, actor: ACTION_ACTOR[claims.action], chat: { request, host, link } };
}

/** Does what the link's button says. Doing it twice changes nothing the second time. */
export async function performAction(
  deps: UseCaseDeps,
  token: string,
  input: ActionInput,
  now: Millis,
): Promise<OpenedAction & Committed> {
  const opened = await openAction(deps, token, now);
  const committed = await runAction(deps, { action: opened.claims.action, actor: opened.actor, chat: opened.chat }, input, now);
  return { ...opened, ...committed, chat: { ...opened.chat, request: committed.request } };
}

/** An action on a chat, however the person got there: an email's signed link, or the dashboard and the API. */
export interface ActionTarget {
  action: TokenAction;
  actor: Actor;
  chat: Chat;
}

/** The event a button sends, committed: the same transition, emails, invites and follow-ups for every way in. */
export async function runAction(deps: UseCaseDeps, target: ActionTarget, input: ActionInput, now: Millis): Promise<Committed> {
  const event = await eventFor(deps, target, input, now);
  return commitEvent(deps, target.chat, event, now);
}

async function eventFor(deps: UseCaseDeps, target: ActionTarget, input: ActionInput, now: Millis): Promise<LifecycleEvent> {
  const { actor, chat } = target;
  switch (target.action) {
    case "confirm_email":
      return { type: "confirm_email" };
    case "accept":
      // Only an accept that would change something looks at the calendar: pressing twice stays a no-op.
      if (chat.request.status === "awaiting_host" && now < chat.request.start) await assertCalendarFree(deps, chat.request.handle, chat.request, now);
      return { type: "accept" };
    case "decline":
      return { type: "decline", ...(input.note ? { note: input.note } : {}) };
    case "cancel":
    case "cancel_host":
      return { type: "cancel", by: actor, ...(input.note ? { note: input.note } : {}) };
    case "reschedule":
    case "reschedule_host": {
      const start = required(input.start, "start", "pick a new time");
      // The chat keeps its own length: the link's may have changed since it was booked.
      const end = start + (chat.request.end - chat.request.start);
      assertSlotFree(chat.link, await busyAround(deps, chat.link, start, now), start, now, chat.request.id);
      return { type: "reschedule", start, end, by: actor };
    }
    case "edit_questions":
      return { type: "edit_questions", questions: required(input.questions, "questions", "list at least one question") };
    case "referrals":
      return { type: "add_referrals", names: required(input.names, "names", "write at least one name") };
    case "did_not_happen":
      return { type: "did_not_happen", by: actor };
    case "view_guest":
    case "view_host":
      throw new DomainError("INVALID_TRANSITION", "This link only shows the chat");
  }
}

function required<T>(value: T | undefined, path: string, message: string): T {
  if (value === undefined || (Array.isArray(value) && value.length === 0)) {
    throw new DomainError("INVALID_INPUT", `${path}: ${message}`, { issues: [{ path, message }] });
  }
  return value;
}

export type ActionState = "ready" | "done" | "closed" | "limited" | "view";

/**
 * What the link's page should offer, decided by the state machine itself: a dry run of the event
 * (with a stand-in value where the event needs the person's input) says whether the button would
 * change something ("ready"), was already pressed ("done"), no longer applies ("closed"), or has
 * reached its limit for now ("limited", with the reason in words).
 */
export function previewAction(opened: OpenedAction, now: Millis): { state: ActionState; reason?: string } {
  const { claims, actor, chat } = opened;
  const probe: Record<TokenAction, LifecycleEvent | undefined> = {
    confirm_email: { type: "confirm_email" },
    accept: { type: "accept" },
    decline: { type: "decline" },
    cancel: { type: "cancel", by: actor },
    cancel_host: { type: "cancel", by: actor },
    reschedule: { type: "reschedule", start: now + DAY, end: now + DAY + MINUTE, by: actor },
    reschedule_host: { type: "reschedule", start: now + DAY, end: now + DAY + MINUTE, by: actor },
    edit_questions: { type: "edit_questions", questions: [...chat.request.questions, "\u0000probe"] },
    referrals: { type: "add_referrals", names: ["\u0000probe"] },
    did_not_happen: { type: "did_not_happen", by: actor },
    view_guest: undefined,
    view_host: undefined,
  };
  const event = probe[claims.action];
  if (!event) return { state: "view" };
  try {
    return { state: applyEvent(chat.request, event, now).kind === "changed" ? "ready" : "done" };
  } catch (e) {
    if (e instanceof DomainError && e.code === "RATE_LIMITED") return { state: "limited", reason: e.message };
    if (e instanceof DomainError) return { state: "closed" };
    throw e;
  }
}
