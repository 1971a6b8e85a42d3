/** An instant as UTC epoch milliseconds. Core never holds Date objects in its model. */
export type Millis = number;

export const MINUTE: Millis = 60_000;
export const HOUR: Millis = 60 * MINUTE;
export const DAY: Millis = 24 * HOUR;

/** A half-open interval [start, end) of UTC instants. */
export interface Interval {
  start: Millis;
  end: Millis;
}

/** "YYYY-MM-DD", a calendar date in some zone named alongside it. */
export type LocalDate = string;
/** "HH:MM" in 24-hour time, a wall-clock time in some zone named alongside it. */
export type LocalTime = string;
