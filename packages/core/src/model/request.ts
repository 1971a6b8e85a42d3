import type { Actor, EmailTemplate } from "./actor.ts";
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
  /** Set when the guest confirms their address, and kept: only then is the chat theirs to see (journal). */
  emailConfirmed?: boolean;
  hostNote?: string;
  /** A digest of the secret the submitter sent with the request; the same secret again is a retry. */
  submissionKey?: string;
  /** When the chat was moved within the last day (the per-request limit on reschedules). */
  reschedules?: Millis[];
  /** When the host accepted; the guest sees the host's address only from then on. */
  acceptedAt?: Millis;
  /** Booked without the host's answer: the link did not require approval when the guest asked. */
  autoAccept?: boolean;
  cancelledBy?: "guest" | "host";
  /** Names the guest was referred to ("who else should I talk to?"). */
  referrals: string[];
  /** What the last change still has to do (emails, schedules); see usecases/outbox.ts. */
  outbox?: Outbox;
}

/** What a change still has to do: re-plan or drop the follow-ups, or one email to one person. */
export type OutboxWork =
  | { type: "plan_followups" | "cancel_followups" }
  | {
      type: "email";
      template: EmailTemplate | "confirmEmail";
      to: Actor;
      invite?: "REQUEST" | "CANCEL";
      by?: Actor;
      /** The chat's time as this person last heard it, for a reschedule's "was" line. */
      previous?: Interval;
    };

/**
 * pending → sending (claimed, before the send) → done (SES took it; its Message-ID kept), or
 * skipped (no longer true, or the address is suppressed), or failed (still failing after the
 * retry window; the host may send it again).
 */
export type StepState = "pending" | "sending" | "done" | "skipped" | "failed";

export type OutboxStep = OutboxWork & {
  /** Stable across merges: `<template>.<version>.<to>` for an email, so a re-send has the same Message-ID. */
  id: string;
  /** The request version of the change that made it. */
  version: number;
  state: StepState;
  /** Not before this instant (an email batched under its per-request limit). */
  notBefore?: Millis;
  /** Who is sending it, and since when: another process leaves a fresh claim alone. */
  claim?: string;
  claimedAt?: Millis;
  /** The Message-ID SES gave, once it took the email. */
  messageId?: string;
  sentAt?: Millis;
  /** The last failure, in words for the chat pages. */
  error?: string;
  /** Why it was skipped. */
  reason?: string;
};

/** The work a change still owes, stored with the change itself; see usecases/outbox. */
export interface Outbox {
  steps: OutboxStep[];
  /** Rises on every write of the outbox, so a change written meanwhile re-reads instead of undoing it. */
  rev: number;
  /** Failed rounds since the work last went through; the back-off grows with it. */
  attempts: number;
  /** When the current run of failures began; after the retry window the work is marked failed. */
  failingSince?: Millis;
  /** When the armed outbox schedule comes back for what is still owed. */
  nextAttemptAt?: Millis;
  /** When each email last reached each person (`questionsUpdated.host`), for per-request limits. */
  lastSent?: Record<string, Millis>;
}
