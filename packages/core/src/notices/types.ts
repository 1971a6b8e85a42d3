import type { LifecycleEvent } from "../lifecycle/types.ts";
import type { EmailDraft } from "../messages/render/email.ts";
import type { Actor, Chat, ChatRequest, EmailTemplate, FollowUpKind, Interval, Millis } from "../model/index.ts";
import type { TokenAction } from "../tokens/index.ts";

/** Every email the service sends: the lifecycle's, the confirmation, the note about an open request, and the follow-ups'. */
export type EmailKind = EmailTemplate | "confirmEmail" | "alreadyOpen" | Exclude<FollowUpKind, "expire_unconfirmed" | "expire_unanswered">;

/** Everything the service sends or does on its own: each has one record in NOTICES. */
export type NoticeKind = EmailKind | FollowUpKind;

/** One email to one person, as a change or a follow-up asks for it. */
export interface Notice {
  template: EmailKind;
  to: Actor;
  invite?: "REQUEST" | "CANCEL" | undefined;
  by?: Actor | undefined;
  /** The chat's time before a reschedule, for the "was" line. */
  previous?: Interval | undefined;
  /** The time someone asked for again (alreadyOpen). */
  asked?: Millis | undefined;
  /** Names the Message-ID (default `<template>.<version>.<to>`): a re-send of one email keeps its id. */
  key?: string | undefined;
}

/** What an email is drafted from: the chat, the notice, and links signed for its reader. */
export interface DraftInput {
  chat: Chat;
  notice: Notice;
  url: (action: TokenAction) => string;
  /** Where to book again; none when the link no longer takes requests. */
  bookingUrl: string | undefined;
}

export interface EmailPart {
  /** Its name on the chat pages while it is still owed ("The calendar invite"). */
  what: string;
  draft: (input: DraftInput) => EmailDraft;
}

/** Why a delivered follow-up must not act any more, or undefined while it still applies. */
export type StaleCheck = (request: ChatRequest, now: Millis) => string | undefined;

/**
 * When a follow-up is due: minutes from the chat's start or end, from the guest's confirmation
 * (a link may move or switch off these), or at the request's expiry (never switched off: without
 * it a slot would be held for ever).
 */
export type Due = { anchor: "start" | "end" | "confirmed"; offsetMinutes: number } | { anchor: "expiry" };

export interface FollowUpPart {
  /** Who gets its email, in this order; who the expiry's own email goes to, for a timer. */
  to: readonly [Actor, ...Actor[]];
  due: Due;
  staleWhen: StaleCheck;
  /** Its line in the chat page's list of follow-ups. */
  label: string;
  /** The change it makes after its emails (or instead of one): an expiry, the chat completed. */
  then?: LifecycleEvent;
}

/** One kind: its email, its schedule, or both. */
export interface NoticeRecord {
  email?: EmailPart;
  followUp?: FollowUpPart;
}
