export * from "./types.ts";
export { addDays, dateOfInstant, daysBetween, todayOf, weekStartOf } from "./calendar.ts";
export { GOAL_LIMITS, goalIssues, project, validateNewGoal, type Projection } from "./goal.ts";
export { applyMove, applyMoves, isBooked, isHeld, movesFromChat, setStatusByHand, type AutomaticMove, type MoveCause } from "./status.ts";
export {
  chatsByWeek,
  heldDates,
  outreachRate,
  progressOf,
  RATE_MIN_CHATS,
  RATE_MIN_OUTREACH,
  type OutreachRate,
  type Progress,
  type WeekCount,
} from "./progress.ts";
export { FOLLOW_UP_AFTER_DAYS, KEEP_IN_TOUCH_AFTER_DAYS, todoOf, type PersonDue, type Todo } from "./todo.ts";
export { CHART_WEEKS, settleStatuses, summarizeJournal, type JournalSummary } from "./summary.ts";
export { identityOf, KnownPeople, linkedInProfile, normalName, samePerson, type Identity } from "./identity.ts";
export { isEmail, isWebLink, PERSON_LIMITS, type PersonTextField } from "./person-fields.ts";
export { peopleFromReferrals } from "./referrals.ts";
export { importPeople, type ImportResult } from "./csv/import.ts";
export { exportJournalCsv, neutralise } from "./csv/export.ts";
export { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "./csv/read.ts";
export { editPerson, logChat, logOutreach, markThanked, newPerson, type PersonInput } from "./entries.ts";
export type { JournalStore, StoredJournal } from "./store.ts";
export { describeProjection, describeRate, formatLocalDate, plural } from "./describe.ts";
export { journalChatOf, personOfHost } from "./chats.ts";
export { weeklyDigest, type DigestInput } from "./digest-email.ts";
export { digestCron, digestJobInput, digestScheduleName, digestWeekOf, type DigestJobInput } from "./digest-schedule.ts";
export { describeMomentum, MOMENTUM_CHATS } from "./describe-momentum.ts";
export { introductionRequest, type Draft } from "./drafts.ts";
