import { DateTime } from "luxon";
import { DAY, invalidInput, type LocalDate, type Millis } from "../model/index.ts";
import { localDateDay, mondayOf } from "../slots/local-time.ts";
import { isValidTimeZone } from "../slots/zone-timeline.ts";
import type { JournalMoment } from "./types.ts";

/**
 * The journal counts in calendar days of the seeker's zone, never in 24-hour spans: the week of a
 * DST change has seven days like any other, and a chat at 23:30 belongs to the day it was on.
 * Weeks start on Monday (ISO 8601), the week most calendars outside North America show.
 */

/** The seeker's calendar date holding instant `t`. */
export function dateOfInstant(t: Millis, timeZone: string): LocalDate {
  if (!isValidTimeZone(timeZone)) throw invalidInput([{ path: "timeZone", message: `"${timeZone}" is not an IANA time zone` }]);
  return DateTime.fromMillis(t, { zone: timeZone }).toISODate()!;
}

export const todayOf = (moment: JournalMoment): LocalDate => dateOfInstant(moment.now, moment.timeZone);

/** The epoch day of a date already known to be valid (schemas and validators check it first). */
export function epochDay(date: LocalDate): number {
  const day = localDateDay(date);
  if (day === undefined) throw invalidInput([{ path: "date", message: `"${date}" is not a date YYYY-MM-DD` }]);
  return day;
}

export const dateOfEpochDay = (day: number): LocalDate => new Date(day * DAY).toISOString().slice(0, 10);

export const addDays = (date: LocalDate, days: number): LocalDate => dateOfEpochDay(epochDay(date) + days);

/** `to − from` in calendar days. */
export const daysBetween = (from: LocalDate, to: LocalDate): number => epochDay(to) - epochDay(from);

/** The Monday that starts the week holding `date`. */
export const weekStartOf = (date: LocalDate): LocalDate => dateOfEpochDay(mondayOf(epochDay(date)));

/** Whether `date` falls in the Monday-to-Sunday week that starts on `weekStart`. */
export function inWeek(date: LocalDate, weekStart: LocalDate): boolean {
  const offset = daysBetween(weekStart, date);
  return offset >= 0 && offset < 7;
}
