import type { Millis } from "../../model/time.ts";
import { firstName } from "../chat-details.ts";
import { buttons, note, paragraph, quote } from "../render/blocks.ts";
import { draftEmail, type EmailDraft } from "../render/email.ts";
import { formatInstant } from "../when.ts";
import { chatFacts, guestProfile, minutesOf, notAJob, type ChatContext } from "./context.ts";

/** To the guest: prove the address is theirs before anything reaches the host. */
export function confirmEmail(ctx: ChatContext, urls: { confirmUrl: string }, expiresInMinutes = 30): EmailDraft {
  const { request, host } = ctx;
  return draftEmail(`Confirm your email to send your request to ${host.name}`, "One click and your request is on its way.", [
    paragraph(`Hi ${firstName(request.guest.name)},`),
    paragraph(
      request.autoAccept
        ? `You booked a ${minutesOf(ctx)}-minute chat with ${host.name}. Confirm your email address and the chat is on: you'll both get a calendar invite.`
        : `You asked ${host.name} for a ${minutesOf(ctx)}-minute chat. Confirm your email address and we'll send your request.`,
    ),
    chatFacts(ctx, "guest"),
    buttons({ label: "Confirm and send my request", url: urls.confirmUrl, primary: true }),
    note(
      `This link expires in ${expiresInMinutes} minutes. If you didn't ask for this chat, ignore this email and nothing will be sent.`,
    ),
  ]);
}

export interface AnswerUrls {
  acceptUrl: string;
  declineUrl: string;
  /** When the unanswered request lapses (decided by the lifecycle, shown in the host's zone). */
  expiresAt: Millis;
}

/** To the host: everything needed to say yes or no from the email itself. */
export function hostRequest(ctx: ChatContext, urls: AnswerUrls): EmailDraft {
  const { request, host, link } = ctx;
  const guest = request.guest.name;
  return draftEmail(
    `${guest} would like ${minutesOf(ctx)} minutes to learn about your work`,
    `A coffee chat request through “${link.title}”.`,
    [
      paragraph(`Hi ${firstName(host.name)},`),
      paragraph(`${guest} asked for a ${minutesOf(ctx)}-minute coffee chat through your link “${link.title}”.`),
      notAJob(ctx),
      chatFacts(ctx, "host"),
      ...guestProfile(ctx),
      buttons(
        { label: "Accept", url: urls.acceptUrl, primary: true },
        { label: "Decline", url: urls.declineUrl },
      ),
      note(
        `This request expires on ${formatInstant(urls.expiresAt, host.timeZone)}. Accepting sends you both a calendar invite; declining lets ${firstName(guest)} know kindly and frees the time.`,
      ),
    ],
  );
}

/** To the host: a request still waits; a quick answer either way is kinder than silence. */
export function hostNudge(ctx: ChatContext, urls: AnswerUrls): EmailDraft {
  const { request, host } = ctx;
  const guest = request.guest.name;
  return draftEmail(`${guest} is waiting for your answer`, "A coffee chat request still needs your answer.", [
    paragraph(`Hi ${firstName(host.name)},`),
    paragraph(`${guest}'s request for a ${minutesOf(ctx)}-minute chat is still waiting for your answer.`),
    chatFacts(ctx, "host"),
    quote(request.purpose, `Why ${firstName(guest)} would like to talk`),
    notAJob(ctx),
    buttons(
      { label: "Accept", url: urls.acceptUrl, primary: true },
      { label: "Decline", url: urls.declineUrl },
    ),
    note(
      `This request expires on ${formatInstant(urls.expiresAt, host.timeZone)}. If the time doesn't suit you, declining takes one click.`,
    ),
  ]);
}

/**
 * To the address of a guest who already has an open request with this host, when someone asked
 * again with it: the answer to that submission names nothing, so its owner learns here.
 */
export function alreadyOpen(ctx: ChatContext, asked: Millis): EmailDraft {
  const { request, host } = ctx;
  const zone = request.guest.timeZone;
  return draftEmail(`You already have a request with ${host.name}`, "We did not make a second one.", [
    paragraph(`Hi ${firstName(request.guest.name)},`),
    paragraph(
      `Someone, probably you, just asked ${host.name} for a chat on ${formatInstant(asked, zone)} with this email address. You already have a request with ${host.name} open, so we did not make a second one:`,
    ),
    chatFacts(ctx, "guest"),
    paragraph(`One open request per host keeps things fair to everyone asking. Once this one is over, you can ask again.`),
    note("If it wasn't you, you can ignore this email: nothing was sent to anyone else."),
  ]);
}
