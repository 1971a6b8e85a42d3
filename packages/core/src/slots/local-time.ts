import { DAY, MINUTE, invalidInput, type LocalDate, type Millis } from "../model/index.ts";

/**
 * Host-local calendar arithmetic without Date objects. A "wall" instant is the number of
 * milliseconds a host's clock shows, read as if it were UTC; an epoch day is floor(wall / DAY).
 */

const LOCAL_TIME = /^([01]\d|2[0-4]):([0-5]\d)$/;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Minutes after midnight for "HH:MM", or undefined. "24:00" is accepted: it ends a day. */
export function localTimeMinutes(text: string): number | undefined {
  const m = LOCAL_TIME.exec(text);
  if (!m) return undefined;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return minutes <= 24 * 60 ? minutes : undefined;
}

/** Minutes after midnight for "HH:MM" ("24:00" allowed as an end); throws INVALID_INPUT otherwise. */
export function parseLocalTime(text: string, path = "time"): number {
  const minutes = localTimeMinutes(text);
  if (minutes === undefined) throw invalidInput([{ path, message: `"${text}" is not a time HH:MM` }]);
  return minutes;
}

/** The epoch day of a real calendar date "YYYY-MM-DD", or undefined (2026-02-30 is not one). */
export function localDateDay(text: LocalDate): number | undefined {
  const m = LOCAL_DATE.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return undefined;
  const wall = Date.UTC(year, month - 1, day);
  const nextMonth = Date.UTC(year, month, 1);
  return day <= (nextMonth - Date.UTC(year, month - 1, 1)) / DAY ? wall / DAY : undefined;
}

export function parseLocalDate(text: LocalDate, path = "date"): number {
  const day = localDateDay(text);
  if (day === undefined) throw invalidInput([{ path, message: `"${text}" is not a date YYYY-MM-DD` }]);
  return day;
}

/** ISO weekday (1 = Monday) of an epoch day; 1970-01-01 was a Thursday. */
export function isoWeekday(epochDay: number): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  return ((((epochDay + 3) % 7) + 7) % 7 + 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
}

/** The epoch day of the Monday that starts the ISO week holding `epochDay`. */
export function mondayOf(epochDay: number): number {
  return epochDay - isoWeekday(epochDay) + 1;
}

export function wallOf(epochDay: number, minutes = 0): Millis {
  return epochDay * DAY + minutes * MINUTE;
}
