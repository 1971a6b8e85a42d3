import type { FollowUpKind } from "../model/index.ts";
import { keepInTouch, thankYou } from "./after-chat-notices.ts";
import { accepted, declined, expired } from "./answer-notices.ts";
import { guestConfirm, prepPack, reminder } from "./before-chat-notices.ts";
import { cancelled, questionsUpdated, rescheduled } from "./change-notices.ts";
import { alreadyOpen, confirmEmail, expireUnanswered, expireUnconfirmed, hostNudge, hostRequest } from "./request-notices.ts";
import type { EmailKind, EmailPart, FollowUpPart, NoticeKind, NoticeRecord } from "./types.ts";


/**
 * Every email and every scheduled step, one record each. The follow-up plan, the follow-up job,
 * the renderer and the chat pages read this table; a new email is a new record (and its test).
 * Follow-ups are listed in the order they are planned.
 */
export const NOTICES = {
  confirmEmail,
  alreadyOpen,
  hostRequest,
  accepted,
  declined,
  expired,
  cancelled,
  rescheduled,
  questionsUpdated,
  prep_pack: prepPack,
  guest_confirm: guestConfirm,
  reminder,
  thank_you: thankYou,
  keep_in_touch: keepInTouch,
  host_nudge: hostNudge,
  expire_unconfirmed: expireUnconfirmed,
  expire_unanswered: expireUnanswered,
} satisfies Record<NoticeKind, NoticeRecord>;

export const emailOf = (kind: EmailKind): EmailPart => NOTICES[kind].email;
export const followUpOf = (kind: FollowUpKind): FollowUpPart => NOTICES[kind].followUp;

/** The email a follow-up sends (its own kind), or undefined for one that only makes a change. */
export const followUpEmail = (kind: FollowUpKind): EmailKind | undefined =>
  (NOTICES[kind] as NoticeRecord).email ? (kind as EmailKind) : undefined;

const isFollowUp = (kind: string): kind is FollowUpKind => (NOTICES[kind as NoticeKind] as NoticeRecord).followUp !== undefined;

/** Every follow-up kind, in plan order. */
export const FOLLOW_UP_KINDS: readonly FollowUpKind[] = Object.keys(NOTICES).filter(isFollowUp);
