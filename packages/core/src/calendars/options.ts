import type { Interval, Millis } from "../model/time.ts";

/** How one calendar's events become busy time for one host. */
export interface BusyOptions {
  /** The host's IANA zone: floating times (without X-WR-TIMEZONE) and all-day events are read in it. */
  hostZone: string;
  /** The per-calendar switch "all-day events block the day" (off: holidays and birthdays never block). */
  allDayBlocks: boolean;
  /** The host's addresses: an event they declined (ATTENDEE;PARTSTAT=DECLINED) does not block. */
  hostAddresses: readonly string[];
}

/** One instance of an event, after recurrence, overrides and time zones, as it overlaps the range. */
export interface CalendarOccurrence {
  uid: string;
  start: Millis;
  end: Millis;
  /** A date event (VALUE=DATE): start and end are midnights of the host's zone. */
  allDay: boolean;
  cancelled: boolean;
  transparent: boolean;
  declined: boolean;
}

export interface Expansion {
  occurrences: CalendarOccurrence[];
  /** UIDs whose rules produced too many instances before the range ended; they are cut short. */
  truncated: string[];
}

export type BusyRange = Interval;
