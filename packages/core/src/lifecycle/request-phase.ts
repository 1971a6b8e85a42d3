import type { ChatRequest, Millis } from "../model/index.ts";
import { invalidTransition } from "./invalid.ts";
import { UNCHANGED, type Decision, type Effect, type ExpiryReason } from "./types.ts";

/** Before the chat is agreed: the guest confirms, the host answers, or time runs out. */

export function confirmEmail(request: ChatRequest, now: Millis): Decision {
  switch (request.status) {
    case "awaiting_email":
      // A link that needs no approval books the chat now, with the invites accepting would send.
      if (request.autoAccept) {
        if (now >= request.start) throw invalidTransition(request, "confirm_email", "the chat's time has passed");
        return { kind: "change", patch: { status: "accepted", emailConfirmed: true, acceptedAt: now }, effects: ACCEPTED_EFFECTS };
      }
      return {
        kind: "change",
        patch: { status: "awaiting_host", emailConfirmed: true },
        effects: [{ type: "plan_followups" }, { type: "email", template: "hostRequest", to: "host" }],
      };
    // Each of these was confirmed once; a second click just shows where things stand.
    case "awaiting_host":
    case "accepted":
    case "completed":
    case "declined":
      return UNCHANGED;
    default:
      throw invalidTransition(request, "confirm_email");
  }
}

export function accept(request: ChatRequest, now: Millis): Decision {
  if (request.status === "accepted" || request.status === "completed") return UNCHANGED;
  if (request.status !== "awaiting_host") throw invalidTransition(request, "accept");
  if (now >= request.start) throw invalidTransition(request, "accept", "the chat's time has passed");
  return { kind: "change", patch: { status: "accepted", acceptedAt: now }, effects: ACCEPTED_EFFECTS };
}

const ACCEPTED_EFFECTS: Effect[] = [{ type: "plan_followups" }, { type: "email", template: "accepted", to: "both", invite: "REQUEST" }];

export function decline(request: ChatRequest, note: string | undefined): Decision {
  if (request.status === "declined") return UNCHANGED;
  if (request.status !== "awaiting_host") throw invalidTransition(request, "decline");
  return {
    kind: "change",
    patch: { status: "declined", ...(note ? { hostNote: note } : {}) },
    effects: [
      { type: "release_hold" },
      { type: "cancel_followups" },
      { type: "email", template: "declined", to: "guest", by: "host" },
    ],
  };
}

const EXPIRES_FROM: Record<ExpiryReason, ChatRequest["status"]> = {
  unconfirmed: "awaiting_email",
  unanswered: "awaiting_host",
};

/** A reason that does not fit the status is a stale delivery, not an expiry. */
export function expire(request: ChatRequest, reason: ExpiryReason): Decision {
  if (request.status === "expired") return UNCHANGED;
  if (request.status !== EXPIRES_FROM[reason]) throw invalidTransition(request, "expire");
  return {
    kind: "change",
    patch: { status: "expired" },
    effects: [
      { type: "release_hold" },
      { type: "cancel_followups" },
      // An unconfirmed address gets no mail: it may not be the guest's.
      ...(reason === "unanswered" ? [{ type: "email", template: "expired", to: "guest" } as const] : []),
    ],
  };
}
