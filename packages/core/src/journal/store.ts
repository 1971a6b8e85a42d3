import type { LocalDate, Millis } from "../model/index.ts";
import type { DigestSettings, Goal, LoggedChat, OutreachEntry, Person } from "./types.ts";

/** One account's journal as stored (its coffeechat chats come from the requests, not from here). */
export interface StoredJournal {
  people: Person[];
  outreach: OutreachEntry[];
  loggedChats: LoggedChat[];
  goal?: Goal;
  digest?: DigestSettings;
}

/**
 * Storage of seekers' journals (DynamoDB in packages/aws), keyed by an opaque account id: one
 * account never reaches another's items, since every call names the account and every key is
 * under it. Writes that change two things (an outreach and the status it moves) are one
 * transaction; a condition that no longer holds is CONFLICT, a person that is gone NOT_FOUND.
 */
export interface JournalStore {
  /** Everything, strongly consistent; people of an import not yet committed and entries of deleted people left out. */
  load(accountId: string): Promise<StoredJournal>;
  getPerson(accountId: string, id: string): Promise<Person | undefined>;
  /** A new person (CONFLICT if the id is taken). */
  createPerson(accountId: string, person: Person): Promise<void>;
  /** Replaces an existing person (NOT_FOUND if there is none). */
  updatePerson(accountId: string, person: Person): Promise<void>;
  /** The person and their outreach and logged chats; false when there was no such person. */
  deletePerson(accountId: string, id: string): Promise<boolean>;
  /**
   * Stores statuses that moved by themselves (summary.ts settleStatuses), each only if the stored
   * status has not changed since `statusAt`-wise: a later change by hand wins.
   */
  saveStatuses(accountId: string, people: Person[]): Promise<void>;
  /** The entry, and with it the person's move (`moved`, from the status it was read with), or neither. */
  addOutreach(accountId: string, entry: OutreachEntry, moved?: { person: Person; from: Person["status"] }): Promise<void>;
  addLoggedChat(accountId: string, chat: LoggedChat, moved?: { person: Person; from: Person["status"] }): Promise<void>;
  putGoal(accountId: string, goal: Goal): Promise<void>;
  putDigest(accountId: string, digest: DigestSettings): Promise<void>;
  /**
   * Adds many people so that all of them appear at once or none do (see the adapter for how).
   * `importId` is fresh per import; `now` dates the import so an abandoned one can be swept.
   */
  importPeople(accountId: string, importId: string, people: Person[], now: Millis): Promise<void>;
  /**
   * Claims the weekly digest of `week` for one sender: true when there was no claim, or only one
   * older than `staleBefore` that never finished (its process died); false when it is sent or
   * another sender holds a fresh claim.
   */
  claimDigest(accountId: string, week: LocalDate, claim: { id: string; at: Millis }, staleBefore: Millis): Promise<boolean>;
  /** The claimed digest went out (messageId undefined: the address is suppressed, nothing was sent). */
  finishDigest(accountId: string, week: LocalDate, claimId: string, messageId: string | undefined): Promise<void>;
  /** The send failed: the claim is dropped so the scheduler's retry can take it. */
  releaseDigest(accountId: string, week: LocalDate, claimId: string): Promise<void>;
  /** Every item of the account's journal (account deletion). */
  deleteJournal(accountId: string): Promise<void>;
}
