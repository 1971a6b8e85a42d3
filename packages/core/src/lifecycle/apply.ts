import type { ChatRequest, Millis } from "../model/index.ts";
import { addReferrals, complete, didNotHappen } from "./after-chat.ts";
import { cancel, editQuestions, reschedule } from "./chat-changes.ts";
import { accept, confirmEmail, decline, expire } from "./request-phase.ts";
import type { Decision, LifecycleEvent, Outcome } from "./types.ts";

/**
 * The request state machine. Throws DomainError INVALID_TRANSITION when the event cannot apply
 * (INVALID_INPUT for a reschedule to an impossible time); returns "unchanged" when it already did.
 * Deadlines (confirmation window, host expiry) are enforced by token expiry and the expire event,
 * not here; only the chat's own start and end gate transitions.
 */
export function applyEvent(request: ChatRequest, event: LifecycleEvent, now: Millis): Outcome {
  const decision = decide(request, event, now);
  if (decision.kind === "unchanged") return { kind: "unchanged", current: request };
  const next: ChatRequest = {
    ...request,
    ...decision.patch,
    version: request.version + 1,
    sequence: request.sequence + (decision.bumpSequence ? 1 : 0),
    updatedAt: now,
  };
  return { kind: "changed", next, effects: decision.effects };
}

function decide(request: ChatRequest, event: LifecycleEvent, now: Millis): Decision {
  switch (event.type) {
    case "confirm_email":
      return confirmEmail(request, now);
    case "accept":
      return accept(request, now);
    case "decline":
      return decline(request, event.note);
    case "expire":
      return expire(request, event.reason);
    case "cancel":
      return cancel(request, event.by, now, event.note);
    case "reschedule":
      return reschedule(request, event.start, event.end, event.by, now);
    case "edit_questions":
      return editQuestions(request, event.questions, now);
    case "complete":
      return complete(request, now);
    case "did_not_happen":
      return didNotHappen(request, event.by, now);
    case "add_referrals":
      return addReferrals(request, event.names, now);
  }
}
