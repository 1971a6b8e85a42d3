import type { Effect } from "../lifecycle/types.ts";
import type { FormatKind } from "./link.ts";
import type { Interval, Millis } from "./time.ts";

export const REQUEST_STATUSES = [
  "awaiting_email",
  "awaiting_host",
  "accepted",
  "completed",
  "declined",
  "cancelled",
  "expired",
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export interface Guest {
  name: string;
  email: string;
  timeZone: string;
}

/**
 * A guest's request for a chat, and the chat it becomes once accepted.
 * `version` rises on every change (the concurrency guard and the follow-ups' staleness check);
 * `sequence` is the iCalendar SEQUENCE, raised on every change the calendars must see.
 */
export interface ChatRequest {
  id: string;
  /** The host's key (not the public handle: see HostKey). */
  handle: string;
  slug: string;
  status: RequestStatus;
  start: Millis;
  end: Millis;
  guest: Guest;
  background: string;
  purpose: string;
  questions: string[];
  format: FormatKind;
  foundVia?: string;
  links: string[];
  /** iCalendar UID, fixed for the chat's whole life. */
  uid: string;
  sequence: number;
  version: number;
  createdAt: Millis;
  updatedAt: Millis;
  /** Lock keys this request holds while it is open (see slots/blocks.ts). */
  holds: string[];
  /** Keys of the cap counters it counts in while open (the store fills it). */
  counted?: string[];
  hostNote?: string;
  /** Booked without the host's answer: the link did not require approval when the guest asked. */
  autoAccept?: boolean;
  cancelledBy?: "guest" | "host";
  /** Names the guest was referred to ("who else should I talk to?"). */
  referrals: string[];
  /** What the last change still has to do (emails, schedules); see usecases/outbox.ts. */
  outbox?: Outbox;
}

/** A side effect stored with the change that causes it, so a crash cannot lose it. */
export type OutboxEffect = Effect | { type: "email"; template: "confirmEmail"; to: "guest" };

export interface Outbox {
  effects: OutboxEffect[];
  /** How many effects have run. */
  done: number;
  /** When the change happened (the instant emails and invites are stamped with). */
  at: Millis;
  /** The chat's time before a reschedule, for the "was" line. */
  previous?: Interval;
}
