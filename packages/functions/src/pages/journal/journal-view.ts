import type { DigestSettings, Goal, JournalChat, JournalSummary, Millis, Person, PersonStatus, Projection } from "@coffeechat/core";
import type { FieldErrors } from "../form-errors.tsx";

/** A form's typed values, kept to fill it again after an error. */
export type FormText = Partial<Record<string, string>>;

/** Everything the journal page shows; the route builds it from the store, the summary and the query. */
export interface JournalView {
  /** The page's path; forms post under it (paths.ts). */
  base: string;
  seekerName: string;
  timeZone: string;
  summary: JournalSummary;
  /** The seeker's people, statuses settled. */
  people: Person[];
  digest?: DigestSettings;
  /** The chats requested through coffeechat with the account's address, and the instant they are judged at. */
  chats?: { list: JournalChat[]; now: Millis };
  banner?: { kind: "ok" | "error" | "warn"; text: string };
  /** The people list shows only this status (?status=). */
  statusFilter?: PersonStatus;
  /** The people list shows this many (?all shows everyone). */
  peopleLimit: number;
  /** The outreach form opens with this person chosen (?log=id). */
  logPersonId?: string;
  /** The goal form as typed, and the projection its numbers give when asked for (goal-preview.ts). */
  goalForm: { values: FormText; errors: FieldErrors; preview?: { goal: Goal; projection: Projection } };
  personForm: { values: FormText; errors: FieldErrors };
  outreachForm: { values: FormText; errors: FieldErrors };
}
