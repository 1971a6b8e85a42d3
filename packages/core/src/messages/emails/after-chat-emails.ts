import { firstName } from "../chat-details.ts";
import { mailtoUrl } from "../mailto.ts";
import { buttons, note, paragraph, quote } from "../render/blocks.ts";
import { draftEmail, type EmailDraft } from "../render/email.ts";
import type { ChatContext } from "./context.ts";

export interface ThankYouUrls {
  /** A page where the guest writes down the names the host suggested. */
  referralsUrl: string;
  /** Reports that the chat did not take place (no-show, missed call). */
  didNotHappenUrl: string;
}

/** To the guest, after the chat: a drafted thank-you note, one click from their mail app. */
export function thankYou(ctx: ChatContext, urls: ThankYouUrls): EmailDraft {
  const { request, host } = ctx;
  const hostFirst = firstName(host.name);
  const subject = "Thank you for the coffee chat";
  const draft = thankYouDraft(ctx);
  return draftEmail(`Send ${host.name} a thank-you note`, "A short note today is what people remember.", [
    paragraph(`Hi ${firstName(request.guest.name)},`),
    paragraph(
      `We hope your chat with ${host.name} went well. A short thank-you note today is the step people remember. Here is a draft to make your own:`,
    ),
    quote(draft),
    buttons({ label: "Open the draft in my email", url: mailtoUrl(host.email, subject, draft), primary: true }),
    paragraph(`Did ${hostFirst} mention anyone else you should talk to? Write the names down while they're fresh:`),
    buttons({ label: "Who else should I talk to?", url: urls.referralsUrl }),
    note("The chat didn't happen? Let us know, and we'll stop the follow-ups:"),
    buttons({ label: "The chat did not happen", url: urls.didNotHappenUrl }),
  ]);
}

export function thankYouDraft({ request, host }: ChatContext): string {
  const topics = request.questions.map((q) => `- ${q}`).join("\n");
  return [
    `Hi ${firstName(host.name)},`,
    "Thank you for taking the time to talk with me today.",
    topics ? `I really appreciated what you shared about:\n${topics}` : "I really appreciated what you shared.",
    "It gives me a much clearer picture of where to go next. If anyone comes to mind whom I should also talk to, I'd be grateful for an introduction — and if there is ever anything I can do for you, please let me know.",
    `Best regards,\n${request.guest.name}`,
  ].join("\n\n");
}

/** To the guest, a month later: keep the connection alive with a short update. */
export function keepInTouch(ctx: ChatContext): EmailDraft {
  const { request, host } = ctx;
  const draft = keepInTouchDraft(ctx);
  return draftEmail(
    `A month since your chat with ${host.name}: send a short update`,
    "People like to hear that their advice helped.",
    [
      paragraph(`Hi ${firstName(request.guest.name)},`),
      paragraph(
        `It's been about a month since you talked with ${host.name}. A short update — what you did with the advice, who you talked to next — keeps the connection alive, and people like to hear that their advice helped.`,
      ),
      quote(draft),
      buttons({
        label: "Open the draft in my email",
        url: mailtoUrl(host.email, "A quick update since our coffee chat", draft),
        primary: true,
      }),
    ],
  );
}

export function keepInTouchDraft({ request, host }: ChatContext): string {
  return [
    `Hi ${firstName(host.name)},`,
    "It's been about a month since our coffee chat, and I wanted to give you a quick update.",
    "[What you did since: the people you talked to, what you tried, what you decided.]",
    "Thank you again for your time and advice. It made a real difference.",
    `Best,\n${request.guest.name}`,
  ].join("\n\n");
}
