import { DomainError, type Host, type LocalDate, type Millis } from "../../model/index.ts";
import type { ChatStore } from "../../ports.ts";
import {
  editPerson,
  exportJournalCsv,
  importPeople,
  journalChatOf,
  logChat,
  logOutreach,
  markThanked,
  newPerson,
  peopleFromReferrals,
  personOfHost,
  settleStatuses,
  summarizeJournal,
  todayOf,
  validateNewGoal,
  type ImportResult,
  type JournalStore,
  type JournalSummary,
  type PersonInput,
  type StoredJournal,
} from "../../journal/index.ts";
import type { Goal, JournalChat, JournalData, OutreachChannel, Person } from "../../journal/types.ts";

/**
 * The journal's use cases, shared by /api/v1/me/journal/* and the /journal page. The caller passes
 * `now` (core never reads the clock) and the seeker: their account id, address and zone.
 */
export interface JournalDeps {
  journal: JournalStore;
  store: Pick<ChatStore, "listChatsByGuestEmail" | "getHost">;
  newId: () => string;
}

export interface Seeker {
  id: string;
  email: string;
  timeZone: string;
}

/** Pages of an address's chats read at most: a seeker with more sees the newest. */
const MAX_CHAT_PAGES = 20;

/** The seeker's coffeechat chats, matched to people, with the hosts each was with. */
async function chatsOf(deps: JournalDeps, seeker: Seeker, people: readonly Person[]): Promise<JournalChat[]> {
  const hosts = new Map<string, Host | undefined>();
  const out: JournalChat[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_CHAT_PAGES; page++) {
    const result = await deps.store.listChatsByGuestEmail(seeker.email, cursor ? { cursor } : {});
    for (const request of result.chats) {
      if (!hosts.has(request.handle)) hosts.set(request.handle, await deps.store.getHost(request.handle));
      const host = hosts.get(request.handle);
      if (!host) continue;
      out.push(journalChatOf(request, host, personOfHost(people, host)?.id));
    }
    if (!result.cursor) break;
    cursor = result.cursor;
  }
  return out;
}

/** Everything the journal is computed from, statuses settled (and the moves stored). */
export async function loadJournal(deps: JournalDeps, seeker: Seeker, now: Millis): Promise<{ stored: StoredJournal; data: JournalData }> {
  const stored = await deps.journal.load(seeker.id);
  const chats = await chatsOf(deps, seeker, stored.people);
  const settled = settleStatuses({ people: stored.people, chats }, now);
  if (settled.changed.length) await deps.journal.saveStatuses(seeker.id, settled.changed);
  return {
    stored,
    data: { people: settled.people, outreach: stored.outreach, loggedChats: stored.loggedChats, chats, ...(stored.goal ? { goal: stored.goal } : {}) },
  };
}

export async function journalSummary(deps: JournalDeps, seeker: Seeker, now: Millis): Promise<JournalSummary & { data: JournalData; stored: StoredJournal }> {
  const { stored, data } = await loadJournal(deps, seeker, now);
  return { ...summarizeJournal(data, { now, timeZone: seeker.timeZone }), data, stored };
}

const today = (seeker: Seeker, now: Millis): LocalDate => todayOf({ now, timeZone: seeker.timeZone });

async function personOrNotFound(deps: JournalDeps, seeker: Seeker, id: string): Promise<Person> {
  const person = await deps.journal.getPerson(seeker.id, id);
  if (!person) throw new DomainError("NOT_FOUND", "No such person in your journal");
  return person;
}

export async function addPerson(deps: JournalDeps, seeker: Seeker, input: PersonInput): Promise<Person> {
  const person = newPerson(input, deps.newId());
  await deps.journal.createPerson(seeker.id, person);
  return person;
}

export async function updatePerson(deps: JournalDeps, seeker: Seeker, id: string, input: PersonInput, now: Millis): Promise<Person> {
  const next = editPerson(await personOrNotFound(deps, seeker, id), input, now);
  await deps.journal.updatePerson(seeker.id, next);
  return next;
}

export async function removePerson(deps: JournalDeps, seeker: Seeker, id: string): Promise<void> {
  if (!(await deps.journal.deletePerson(seeker.id, id))) throw new DomainError("NOT_FOUND", "No such person in your journal");
}

export async function addOutreach(
  deps: JournalDeps,
  seeker: Seeker,
  personId: string,
  input: { on: LocalDate; channel: OutreachChannel; note?: string },
  now: Millis,
) {
  const person = await personOrNotFound(deps, seeker, personId);
  const step = logOutreach(person, input, { id: deps.newId(), today: today(seeker, now), now });
  await deps.journal.addOutreach(seeker.id, step.entry, step.person ? { person: step.person, from: person.status } : undefined);
  return { entry: step.entry, person: step.person ?? person };
}

export async function addLoggedChat(deps: JournalDeps, seeker: Seeker, personId: string, on: LocalDate, now: Millis) {
  const person = await personOrNotFound(deps, seeker, personId);
  const step = logChat(person, on, { id: deps.newId(), today: today(seeker, now), now });
  await deps.journal.addLoggedChat(seeker.id, step.chat, step.person ? { person: step.person, from: person.status } : undefined);
  return { chat: step.chat, person: step.person ?? person };
}

/** "I sent it": the person moves to thanked when that is forward; otherwise stays as is. */
export async function thankPerson(deps: JournalDeps, seeker: Seeker, personId: string, now: Millis): Promise<Person> {
  const person = await personOrNotFound(deps, seeker, personId);
  const moved = markThanked(person, now);
  if (moved) await deps.journal.updatePerson(seeker.id, moved);
  return moved ?? person;
}

export async function setGoal(deps: JournalDeps, seeker: Seeker, goal: Goal, now: Millis): Promise<Goal> {
  validateNewGoal(goal, today(seeker, now), "goal");
  await deps.journal.putGoal(seeker.id, goal);
  return goal;
}

/** All or nothing: the file is read and checked whole before the first write. */
export async function importJournalCsv(deps: JournalDeps, seeker: Seeker, file: Uint8Array, now: Millis): Promise<ImportResult> {
  const stored = await deps.journal.load(seeker.id);
  const result = importPeople(file, stored.people, deps.newId);
  if (result.people.length) await deps.journal.importPeople(seeker.id, deps.newId(), result.people, now);
  return result;
}

export async function exportJournal(deps: JournalDeps, seeker: Seeker, now: Millis): Promise<string> {
  const { data } = await loadJournal(deps, seeker, now);
  return exportJournalCsv(data, { now, timeZone: seeker.timeZone });
}

/**
 * Names the guest wrote on "who else should I talk to?" become people to contact, introduced by the
 * host, in the journal of the account with the guest's address. Only a confirmed address counts (an
 * unconfirmed one may be anybody's), and an address without an account gets nothing: there is no
 * journal to keep them in, and none is created on someone's behalf. Names already known are skipped.
 */
export async function referralsToJournal(
  deps: JournalDeps & { accounts: { getAccountIdByEmail(email: string): Promise<string | undefined> } },
  chat: { guestEmail: string; emailConfirmed: boolean; hostName: string; names: readonly string[] },
): Promise<Person[]> {
  if (!chat.emailConfirmed || chat.names.length === 0) return [];
  const accountId = await deps.accounts.getAccountIdByEmail(chat.guestEmail.trim().toLowerCase());
  if (!accountId) return [];
  const stored = await deps.journal.load(accountId);
  const people = peopleFromReferrals(chat.names, chat.hostName, stored.people, deps.newId);
  for (const person of people) await deps.journal.createPerson(accountId, person);
  return people;
}
