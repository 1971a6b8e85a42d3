import type { EmailTemplate } from "../lifecycle/index.ts";
import { expiresAt } from "../lifecycle/index.ts";
import * as emails from "../messages/index.ts";
import { withChatPageLink, type EmailContent } from "../messages/index.ts";
import type { Millis } from "../model/index.ts";
import { actionUrl, bookingUrl } from "./action-urls.ts";
import type { Chat } from "./commit-event.ts";
import type { Notice } from "./notify.ts";
import type { UseCaseDeps } from "./ports.ts";

/** Every email the service sends: the lifecycle's, the confirmation, and the follow-ups'. */
export type TemplateName =
  | EmailTemplate
  | "confirmEmail"
  | "alreadyOpen"
  | "prep_pack"
  | "guest_confirm"
  | "reminder"
  | "thank_you"
  | "keep_in_touch"
  | "host_nudge";

/** Fills a template for one recipient, with signed action links made for them. */
export function render(deps: UseCaseDeps, chat: Chat, notice: Notice, now: Millis): EmailContent {
  const content = renderTemplate(deps, chat, notice, now);
  // An address not yet proven gets no chat page: it may not be the guest's.
  if (chat.request.status === "awaiting_email") return content;
  const view = actionUrl(deps, chat.request, chat.link, notice.to === "guest" ? "view_guest" : "view_host");
  return withChatPageLink(content, view);
}

function renderTemplate(deps: UseCaseDeps, chat: Chat, notice: Notice, _now: Millis): EmailContent {
  const { request, host, link } = chat;
  const booking = bookingUrl(deps, host, link);
  const url = (action: Parameters<typeof actionUrl>[3]) => actionUrl(deps, request, link, action);
  const manage = () =>
    notice.to === "guest"
      ? { rescheduleUrl: url("reschedule"), cancelUrl: url("cancel") }
      : { rescheduleUrl: url("reschedule_host"), cancelUrl: url("cancel_host") };
  const answer = () => ({
    acceptUrl: url("accept"),
    declineUrl: url("decline"),
    expiresAt: expiresAt({ ...request, status: "awaiting_host" }, link) ?? request.start,
  });
  switch (notice.template) {
    case "confirmEmail":
      return emails.confirmEmail(chat, { confirmUrl: url("confirm_email") });
    case "alreadyOpen":
      return emails.alreadyOpen(chat, notice.asked ?? request.start);
    case "hostRequest":
      return emails.hostRequest(chat, answer());
    case "host_nudge":
      return emails.hostNudge(chat, answer());
    case "accepted":
      return emails.accepted(chat, manage(), notice.to);
    case "declined":
      return emails.declined(chat);
    case "expired":
      return emails.expired(chat, booking ? { bookingUrl: booking } : {});
    case "cancelled":
      return emails.cancelled(chat, notice.to, booking ? { bookingUrl: booking } : {});
    case "rescheduled":
      return emails.rescheduled(chat, notice.to, notice.previous ?? request, manage());
    case "questionsUpdated":
      return emails.questionsUpdated(chat);
    case "prep_pack":
      return emails.prepPack(chat, manage());
    case "guest_confirm":
      return emails.guestConfirm(chat, { ...manage(), editQuestionsUrl: url("edit_questions") });
    case "reminder":
      return emails.reminder(chat, notice.to);
    case "thank_you":
      return emails.thankYou(chat, { referralsUrl: url("referrals"), didNotHappenUrl: url("did_not_happen") });
    case "keep_in_touch":
      return emails.keepInTouch(chat);
  }
}
