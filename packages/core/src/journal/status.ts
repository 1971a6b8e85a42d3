import type { Millis } from "../model/index.ts";
import type { JournalChat, Person, PersonStatus } from "./types.ts";

/**
 * Statuses move by themselves where coffeechat knows what happened, and by hand otherwise.
 * The rule for the automatic moves:
 * 1. Only forward on the ladder to_contact → reached_out → booked → held → thanked → keep_in_touch.
 *    A second booking with someone already thanked leaves them thanked; nothing moves a person back.
 * 2. `not_now` is the seeker's word. Reaching out does not override it; a booking, a chat that took
 *    place or a thank-you sent does, since the seeker went ahead with that person after all.
 * 3. A fact older than the status's last change moves nothing: if the seeker set a status by hand
 *    after the chat ended, their choice stands.
 */
const LADDER: readonly PersonStatus[] = ["to_contact", "reached_out", "booked", "held", "thanked", "keep_in_touch"];
const LIFTS_NOT_NOW: readonly PersonStatus[] = ["booked", "held", "thanked"];

export type MoveCause = "outreach" | "request" | "booking" | "chat_ended" | "chat_logged" | "thank_you_sent";

export interface AutomaticMove {
  to: "reached_out" | "booked" | "held" | "thanked";
  /** When the fact happened. */
  at: Millis;
  cause: MoveCause;
}

const rank = (status: PersonStatus) => LADDER.indexOf(status);

/** The person after the move, or undefined when the rule says it does not apply. */
export function applyMove(person: Person, move: AutomaticMove): Person | undefined {
  if (person.statusAt !== undefined && move.at <= person.statusAt) return undefined;
  const forward = person.status === "not_now" ? LIFTS_NOT_NOW.includes(move.to) : rank(move.to) > rank(person.status);
  return forward ? { ...person, status: move.to, statusAt: move.at } : undefined;
}

/** Moves applied oldest first; the person unchanged (the same object) when none applies. */
export function applyMoves(person: Person, moves: readonly AutomaticMove[]): Person {
  return [...moves].sort((a, b) => a.at - b.at).reduce((p, move) => applyMove(p, move) ?? p, person);
}

/** A change the seeker makes: any status, always, stamped so older facts leave it alone. */
export function setStatusByHand(person: Person, status: PersonStatus, now: Millis): Person {
  return { ...person, status, statusAt: now };
}

/**
 * What a chat requested through coffeechat says about the person it is with, as of `now`:
 * the request itself is reaching out; accepted, it is a booking; once its end has passed, a chat
 * held (unless somebody marked it "didn't happen", which cancels it).
 */
export function movesFromChat(chat: JournalChat, now: Millis): AutomaticMove[] {
  if (chat.status === "awaiting_email") return [];
  const moves: AutomaticMove[] = [{ to: "reached_out", at: chat.createdAt, cause: "request" }];
  if (chat.status === "accepted" || chat.status === "completed") {
    // Booked no later than its start, so a chat that has also ended moves the person on to held
    // (the request's last update may come after the end: the thank-you prompt completes it).
    moves.push({ to: "booked", at: Math.min(chat.updatedAt, chat.start), cause: "booking" });
    if (isHeld(chat, now)) moves.push({ to: "held", at: chat.end, cause: "chat_ended" });
  }
  return moves;
}

/** An accepted chat whose end has passed and that nobody marked "didn't happen". */
export const isHeld = (chat: JournalChat, now: Millis): boolean =>
  (chat.status === "accepted" || chat.status === "completed") && chat.end <= now;

/** An accepted chat still to come. */
export const isBooked = (chat: JournalChat, now: Millis): boolean => chat.status === "accepted" && chat.end > now;
