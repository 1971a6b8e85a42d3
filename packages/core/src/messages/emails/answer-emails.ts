import { firstName } from "../chat-details.ts";
import { addToGoogleUrl, addToOutlookUrl } from "../calendar-links.ts";
import { calendarEvent, type Recipient } from "../invite.ts";
import { buttons, paragraph, present, quote, type Action } from "../render/blocks.ts";
import { draftEmail, type EmailDraft } from "../render/email.ts";
import { formatDay } from "../when.ts";
import { chatFacts, guestProfile, minutesOf, type ChatContext } from "./context.ts";

export interface ManageUrls {
  rescheduleUrl?: string;
  cancelUrl?: string;
}

/** To each party, with the REQUEST invite attached by the caller. */
export function accepted(ctx: ChatContext, urls: ManageUrls = {}, recipient: Recipient = "guest"): EmailDraft {
  return recipient === "host" ? acceptedForHost(ctx, urls) : acceptedForGuest(ctx, urls);
}

/** The host's copy: their own yes, confirmed, with the invite for their calendar. */
function acceptedForHost(ctx: ChatContext, urls: ManageUrls): EmailDraft {
  const { request, host } = ctx;
  if (request.autoAccept) return bookedForHost(ctx, urls);
  const guestFirst = firstName(request.guest.name);
  return draftEmail(
    `Confirmed: coffee chat with ${request.guest.name} on ${formatDay(request.start, host.timeZone)}`,
    `You accepted ${guestFirst}'s request.`,
    present([
      paragraph(`Hi ${firstName(host.name)}, you accepted ${request.guest.name}'s request. Thank you for giving your time.`),
      chatFacts(ctx, "host"),
      paragraph("The calendar invite is attached. If it doesn't show up in your calendar, add it here:"),
      addToCalendar(ctx, "host"),
      paragraph(`The day before, we'll send you ${guestFirst}'s background and questions again.`),
      manageButtons(urls),
    ]),
  );
}

/**
 * A link that needs no approval: the host hears of the chat for the first time, so this carries what the
 * request email would have — who is coming and why, and their questions.
 */
function bookedForHost(ctx: ChatContext, urls: ManageUrls): EmailDraft {
  const { request, host, link } = ctx;
  return draftEmail(
    `Booked: coffee chat with ${request.guest.name} on ${formatDay(request.start, host.timeZone)}`,
    `${request.guest.name} booked ${minutesOf(ctx)} minutes through “${link.title}”.`,
    present([
      paragraph(`Hi ${firstName(host.name)}, ${request.guest.name} booked a ${minutesOf(ctx)}-minute coffee chat through your link “${link.title}”.`),
      chatFacts(ctx, "host"),
      ...guestProfile(ctx),
      paragraph("The calendar invite is attached. If it doesn't show up in your calendar, add it here:"),
      addToCalendar(ctx, "host"),
      manageButtons(urls),
    ]),
  );
}

function acceptedForGuest(ctx: ChatContext, urls: ManageUrls): EmailDraft {
  const { request, host } = ctx;
  const hostFirst = firstName(host.name);
  return draftEmail(
    `${host.name} accepted: coffee chat on ${formatDay(request.start, request.guest.timeZone)}`,
    `Your ${minutesOf(ctx)}-minute chat is confirmed.`,
    present([
      paragraph(`Good news, ${firstName(request.guest.name)}: ${host.name} accepted your request.`),
      chatFacts(ctx, "guest"),
      request.hostNote && quote(request.hostNote, `A note from ${hostFirst}`),
      paragraph("The calendar invite is attached. If it doesn't show up in your calendar, add it here:"),
      addToCalendar(ctx, "guest"),
      paragraph(
        `Please keep to ${minutesOf(ctx)} minutes and be on time. The day before, we'll send you your questions to look over.`,
      ),
      manageButtons(urls),
    ]),
  );
}

/** To the guest: a no, said kindly, with the way forward the seeds describe. */
export function declined(ctx: ChatContext): EmailDraft {
  const { request, host } = ctx;
  return draftEmail(`About your coffee chat request to ${host.name}`, `${host.name} can't take this chat.`, [
    ...present([
      paragraph(`Hi ${firstName(request.guest.name)},`),
      paragraph(`${host.name} can't take this chat, so your request is closed and the time is free again.`),
      request.hostNote && quote(request.hostNote, `A note from ${firstName(host.name)}`),
    ]),
    paragraph("Please don't read too much into it: calendars fill up, and a no is usually about time, not about you."),
    paragraph(
      "Keep reaching out. The more people you talk to, the fuller your picture of the field — and you only need to find one person willing to give you a chance. Former colleagues, classmates, alumni groups and professional associations are good places to find the next person to ask.",
    ),
  ]);
}

/** To the guest: the host never answered; the time is free again. */
export function expired(ctx: ChatContext, urls: { bookingUrl?: string } = {}): EmailDraft {
  const { request, host } = ctx;
  return draftEmail(`Your request to ${host.name} has expired`, `${host.name} didn't answer in time.`, present([
    paragraph(`Hi ${firstName(request.guest.name)},`),
    paragraph(
      `${host.name} didn't get to your request in time, so it has expired and the slot is free again. Busy people miss messages; it's rarely personal.`,
    ),
    urls.bookingUrl && paragraph("If you'd still like to talk, you're welcome to pick another time:"),
    urls.bookingUrl && buttons({ label: "Pick another time", url: urls.bookingUrl, primary: true }),
    paragraph("Meanwhile, keep reaching out to others in the field: every conversation adds to what you know."),
  ]));
}

/** For calendars that hide invites from unknown senders. */
export function addToCalendar(ctx: ChatContext, recipient: Recipient) {
  const event = calendarEvent(ctx.request, ctx.host, ctx.link, recipient);
  return buttons(
    { label: "Add to Google Calendar", url: addToGoogleUrl(event) },
    { label: "Add to Outlook", url: addToOutlookUrl(event) },
  );
}

export function manageButtons(urls: ManageUrls) {
  const actions: Action[] = [];
  if (urls.rescheduleUrl) actions.push({ label: "Reschedule", url: urls.rescheduleUrl });
  if (urls.cancelUrl) actions.push({ label: "Cancel", url: urls.cancelUrl });
  return actions.length > 0 && buttons(...actions);
}
