import type { LocalDate, Millis } from "../model/index.ts";
import { dateOfInstant, weekStartOf } from "./calendar.ts";
import type { DigestSettings } from "./types.ts";

/** Scheduler's names for the days of the week; its numbers start on Sunday, ours (ISO) on Monday. */
const CRON_DAYS = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"] as const;

/** One schedule per account, so a new setting replaces the old one instead of adding a second email. */
export const digestScheduleName = (accountId: string): string => `cc-digest-${accountId}`;

/** `cron(minutes hours ? * DAY *)`: every week at the seeker's time, read in their zone by the scheduler. */
export function digestCron(settings: Pick<DigestSettings, "weekday" | "time">): string {
  const [hours, minutes] = settings.time.split(":").map(Number) as [number, number];
  return `cron(${minutes} ${hours} ? * ${CRON_DAYS[settings.weekday - 1]} *)`;
}

/** What the digest schedule hands to the job; the scheduler adds the due instant. */
export interface DigestJobInput {
  job: "digest";
  accountId: string;
  scheduledAt?: Millis;
}

export const digestJobInput = (accountId: string) => ({ job: "digest", accountId }) as const;

/**
 * The week a delivery belongs to: the Monday of the seeker's date at the due instant. One email per
 * account and week, whatever the number of deliveries (Scheduler delivers at least once).
 */
export const digestWeekOf = (dueAt: Millis, timeZone: string): LocalDate => weekStartOf(dateOfInstant(dueAt, timeZone));
