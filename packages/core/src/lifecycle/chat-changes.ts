import { DAY, DomainError, HOUR, type ChatRequest, type Millis } from "../model/index.ts";
import { invalidTransition } from "./invalid.ts";
import { UNCHANGED, type Actor, type Decision } from "./types.ts";

/** Changes either side can make until the chat starts. */

export function cancel(request: ChatRequest, by: Actor, now: Millis, note?: string): Decision {
  const { status } = request;
  if (status === "cancelled") return UNCHANGED;
  if (status === "accepted" && now >= request.start) {
    throw invalidTransition(request, "cancel", "the chat has started; report that it did not happen instead");
  }
  if (status !== "awaiting_email" && status !== "awaiting_host" && status !== "accepted") {
    throw invalidTransition(request, "cancel");
  }
  const released = [{ type: "release_hold" }, { type: "cancel_followups" }] as const;
  const patch = { status: "cancelled", cancelledBy: by, ...(note && by === "host" ? { hostNote: note } : {}) } as const;
  // Calendars only hold accepted chats, so only those get a CANCEL (and a new SEQUENCE).
  if (status === "accepted") {
    return {
      kind: "change",
      patch,
      bumpSequence: true,
      effects: [...released, { type: "email", template: "cancelled", to: "both", invite: "CANCEL", by }],
    };
  }
  // The host has not seen an unconfirmed request, so nobody needs telling.
  const notice = status === "awaiting_host" ? [{ type: "email", template: "cancelled", to: other(by), by } as const] : [];
  return { kind: "change", patch, effects: [...released, ...notice] };
}

/** Each move sends both people a new invite: a handful a day is plenty for a real change of plans. */
export const RESCHEDULES_PER_DAY = 3;

export function reschedule(request: ChatRequest, start: Millis, end: Millis, by: Actor, now: Millis): Decision {
  if (request.status !== "accepted") throw invalidTransition(request, "reschedule");
  if (now >= request.start) throw invalidTransition(request, "reschedule", "the chat has started");
  if (start === request.start && end === request.end) return UNCHANGED;
  const recent = (request.reschedules ?? []).filter((at) => at > now - DAY);
  if (recent.length >= RESCHEDULES_PER_DAY) {
    const wait = Math.ceil((Math.min(...recent) + DAY - now) / HOUR);
    throw new DomainError(
      "RATE_LIMITED",
      `This chat has moved ${recent.length} times in the last day, which is as often as it can. You can move it again in about ${wait} hour${wait === 1 ? "" : "s"}, or cancel it.`,
      { retryAfterSeconds: Math.ceil((Math.min(...recent) + DAY - now) / 1000) },
    );
  }
  if (!(end > start)) throw badTime("end", "must be after start");
  if (start <= now) throw badTime("start", "must be in the future");
  return {
    kind: "change",
    patch: { start, end, reschedules: [...recent, now] },
    bumpSequence: true,
    effects: [
      { type: "move_hold", start, end },
      { type: "plan_followups" },
      { type: "email", template: "rescheduled", to: "both", invite: "REQUEST", by },
    ],
  };
}

export function editQuestions(request: ChatRequest, questions: string[], now: Millis): Decision {
  const { status } = request;
  if (status !== "awaiting_email" && status !== "awaiting_host" && status !== "accepted") {
    throw invalidTransition(request, "edit_questions");
  }
  if (now >= request.start) throw invalidTransition(request, "edit_questions", "the chat has started");
  if (sameList(questions, request.questions)) return UNCHANGED;
  // A host who already accepted may have read the old list in the prep pack.
  const notice = status === "accepted" ? [{ type: "email", template: "questionsUpdated", to: "host" } as const] : [];
  return { kind: "change", patch: { questions: [...questions] }, effects: [{ type: "plan_followups" }, ...notice] };
}

const other = (by: Actor): Actor => (by === "guest" ? "host" : "guest");

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((q, i) => q === b[i]);

const badTime = (path: string, message: string) =>
  new DomainError("INVALID_INPUT", `${path}: ${message}`, { issues: [{ path, message }] });
