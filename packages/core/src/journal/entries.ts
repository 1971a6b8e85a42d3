import { invalidInput, type LocalDate, type Millis } from "../model/index.ts";
import { localDateDay } from "../slots/local-time.ts";
import { applyMove, setStatusByHand } from "./status.ts";
import type { LoggedChat, OutreachChannel, OutreachEntry, Person, PersonStatus } from "./types.ts";

/**
 * The journal's writes as pure steps: each checks what a schema cannot know (today's date in the
 * seeker's zone) and returns exactly what to store. Ids come in from the caller.
 */

/** A person's fields as a form or the API gives them (already checked by the schema). */
export type PersonInput = Omit<Person, "id" | "status" | "statusAt"> & { status?: PersonStatus };

export function newPerson(input: PersonInput, id: string): Person {
  return { ...input, id, status: input.status ?? "to_contact" };
}

/** The edited person: fields replaced; a status changed by hand is stamped so older facts leave it. */
export function editPerson(current: Person, input: PersonInput, now: Millis): Person {
  const { status, ...fields } = input;
  const next: Person = { ...fields, id: current.id, status: current.status, ...(current.statusAt !== undefined ? { statusAt: current.statusAt } : {}) };
  return status !== undefined && status !== current.status ? setStatusByHand(next, status, now) : next;
}

function pastOrToday(on: LocalDate, today: LocalDate, path: string): void {
  if (localDateDay(on) === undefined) throw invalidInput([{ path, message: "must be a real date YYYY-MM-DD" }]);
  if (on > today) throw invalidInput([{ path, message: `must be today (${today}) or earlier` }]);
}

/**
 * One outreach action, and the person moved from to_contact to reached_out by it (undefined when
 * the status stays: anyone further along, or set aside as not_now).
 */
export function logOutreach(
  person: Person,
  input: { on: LocalDate; channel: OutreachChannel; note?: string },
  ctx: { id: string; today: LocalDate; now: Millis },
): { entry: OutreachEntry; person?: Person } {
  pastOrToday(input.on, ctx.today, "on");
  const entry: OutreachEntry = { id: ctx.id, personId: person.id, on: input.on, channel: input.channel, ...(input.note ? { note: input.note } : {}) };
  const moved = person.status === "to_contact" ? applyMove(person, { to: "reached_out", at: ctx.now, cause: "outreach" }) : undefined;
  return moved ? { entry, person: moved } : { entry };
}

/** A chat held outside coffeechat, and the person moved to held by it when that is forward. */
export function logChat(person: Person, on: LocalDate, ctx: { id: string; today: LocalDate; now: Millis }): { chat: LoggedChat; person?: Person } {
  pastOrToday(on, ctx.today, "on");
  const chat: LoggedChat = { id: ctx.id, personId: person.id, on };
  const moved = applyMove(person, { to: "held", at: ctx.now, cause: "chat_logged" });
  return moved ? { chat, person: moved } : { chat };
}

/** "I sent it" on the thank-you prompt. */
export function markThanked(person: Person, now: Millis): Person | undefined {
  return applyMove(person, { to: "thanked", at: now, cause: "thank_you_sent" });
}
