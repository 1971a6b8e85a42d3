import { chosenFormat, firstName } from "../chat-details.ts";
import type { Recipient } from "../invite.ts";
import { buttons, heading, list, note, paragraph, present } from "../render/blocks.ts";
import { isSafeHref } from "../render/escape.ts";
import { draftEmail, type EmailDraft } from "../render/email.ts";
import { manageButtons, type ManageUrls } from "./answer-emails.ts";
import { chatFacts, guestProfile, minutesOf, notAJob, people, questionBlocks, type ChatContext } from "./context.ts";

/** To the host, a day before: who is coming and what they will ask, to think about ahead. */
export function prepPack(ctx: ChatContext, urls: ManageUrls = {}): EmailDraft {
  const { request, host } = ctx;
  const guest = request.guest.name;
  return draftEmail(`Tomorrow: coffee chat with ${guest}`, `What ${firstName(guest)} shared ahead of your chat.`, present([
    paragraph(`Hi ${firstName(host.name)},`),
    paragraph(`You're meeting ${guest} tomorrow. Here is what they shared, so you can think about it ahead of time.`),
    chatFacts(ctx, "host"),
    ...guestProfile(ctx),
    notAJob(ctx),
    manageButtons(urls),
  ]));
}

export interface GuestConfirmUrls extends ManageUrls {
  editQuestionsUrl: string;
}

/** To the guest, a day before: the details, their questions, and the etiquette from the seeds. */
export function guestConfirm(ctx: ChatContext, urls: GuestConfirmUrls): EmailDraft {
  const { request, host } = ctx;
  const hostFirst = firstName(host.name);
  const inPerson = request.format === "in_person";
  return draftEmail(`Tomorrow: your coffee chat with ${host.name}`, "Your chat is tomorrow: a last look at your questions.", present([
    paragraph(`Hi ${firstName(request.guest.name)},`),
    paragraph(`Your coffee chat with ${host.name} is tomorrow.`),
    chatFacts(ctx, "guest"),
    ...questionBlocks(ctx, "Your questions"),
    paragraph(`${hostFirst} will see these before you meet. Want to change them?`),
    buttons({ label: "Edit your questions", url: urls.editQuestionsUrl, primary: true }),
    heading("A few things that help"),
    list([
      `Keep to ${minutesOf(ctx)} minutes, and end on time even when it's going well; ${hostFirst} can offer more.`,
      inPerson ? "Be on time." : "Be on time: join a minute or two early.",
      ...(inPerson ? ["Offer to pay for the coffee."] : []),
      "Bring your questions, and at the end ask who else you should talk to.",
      "It's a conversation for information and advice, not a job interview.",
    ]),
    (urls.rescheduleUrl || urls.cancelUrl) && paragraph(`Can't make it? Please tell ${hostFirst} as early as you can:`),
    manageButtons(urls),
  ]));
}

/** To each party, an hour before: where to be or how to join. */
export function reminder(ctx: ChatContext, recipient: Recipient): EmailDraft {
  const { me, other, greeting } = people(ctx, recipient);
  const format = chosenFormat(ctx.link, ctx.request.format);
  const join = format.kind === "video" && isSafeHref(format.details);
  return draftEmail(`In 1 hour: coffee chat with ${other.name}`, `Your chat with ${firstName(other.name)} starts soon.`, present([
    paragraph(greeting),
    paragraph(`Your ${minutesOf(ctx)}-minute coffee chat with ${other.name} starts in an hour.`),
    chatFacts(ctx, recipient),
    join && buttons({ label: "Join the call", url: format.details, primary: true }),
    recipient === "guest" && note("Have your questions at hand, and keep an eye on the time."),
    recipient === "host" && note(`${firstName(other.name)}'s questions are in yesterday's email and in the calendar invite.`),
    me.zone !== other.zone && note(`${firstName(other.name)} is in ${other.zone}.`),
  ]));
}
