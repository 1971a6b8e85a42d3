import type { LocalDate, LocalTime, Millis, RequestStatus, Weekday } from "../model/index.ts";

/**
 * Where a person stands with the seeker. The first six form a ladder a person climbs as the chat
 * comes about; `not_now` is the seeker's own word and sits outside it (see status.ts).
 */
export const PERSON_STATUSES = [
  "to_contact",
  "reached_out",
  "booked",
  "held",
  "thanked",
  "keep_in_touch",
  "not_now",
] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

/** Someone the seeker might talk to. Every field but id, name and status is optional. */
export interface Person {
  id: string;
  name: string;
  email?: string;
  /** A profile or home page, usually LinkedIn. */
  link?: string;
  organization?: string;
  role?: string;
  howWeKnow?: string;
  /** Who suggested this person (a host's name when it came from "who else should I talk to?"). */
  introducedBy?: string;
  status: PersonStatus;
  notes?: string;
  /** When the status last changed, by hand or by itself: only newer facts move it again. */
  statusAt?: Millis;
}

export const OUTREACH_CHANNELS = ["email", "linkedin", "phone", "in_person", "other"] as const;
export type OutreachChannel = (typeof OUTREACH_CHANNELS)[number];

/** One outreach action: a message, a call, a note at an event. `on` is the seeker's calendar date. */
export interface OutreachEntry {
  id: string;
  personId: string;
  on: LocalDate;
  channel: OutreachChannel;
  note?: string;
}

/** A chat held outside coffeechat (a call arranged by email, a coffee after a meetup). */
export interface LoggedChat {
  id: string;
  personId: string;
  on: LocalDate;
}

/** "50 coffee chats by a date, with sub-goals of chats per week and outreach actions per day." */
export interface Goal {
  targetChats: number;
  byDate: LocalDate;
  chatsPerWeek: number;
  outreachPerDay: number;
}

/** The opt-in weekly email: which day and time, in the seeker's zone. */
export interface DigestSettings {
  enabled: boolean;
  weekday: Weekday;
  time: LocalTime;
  timeZone: string;
}

/**
 * A chat the seeker requested through coffeechat, as the journal sees it (read from the address's
 * requests across hosts). `personId` is the person it is with, once the wiring has matched one.
 */
export interface JournalChat {
  requestId: string;
  personId?: string;
  hostName: string;
  start: Millis;
  end: Millis;
  status: RequestStatus;
  createdAt: Millis;
  updatedAt: Millis;
}

/** Everything the journal is computed from, for one account. */
export interface JournalData {
  people: Person[];
  outreach: OutreachEntry[];
  loggedChats: LoggedChat[];
  chats: JournalChat[];
  goal?: Goal;
}

/** "Now" as the journal needs it: the instant, and the seeker's zone that makes it a calendar date. */
export interface JournalMoment {
  now: Millis;
  timeZone: string;
}
