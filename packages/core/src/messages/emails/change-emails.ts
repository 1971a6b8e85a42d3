import type { Millis } from "../../model/time.ts";
import { firstName } from "../chat-details.ts";
import type { Recipient } from "../invite.ts";
import { buttons, facts, paragraph, present, quote } from "../render/blocks.ts";
import { draftEmail, type EmailDraft } from "../render/email.ts";
import { formatChatTime, formatDay } from "../when.ts";
import { addToCalendar, manageButtons, type ManageUrls } from "./answer-emails.ts";
import { chatFacts, people, type ChatContext } from "./context.ts";

/**
 * To the other party (or, as a receipt, to the one who cancelled), with the CANCEL invite
 * attached by the caller. Who cancelled comes from request.cancelledBy.
 */
export function cancelled(
  ctx: ChatContext,
  recipient: Recipient,
  urls: { bookingUrl?: string } = {},
): EmailDraft {
  const { request } = ctx;
  const { me, other, greeting } = people(ctx, recipient);
  const by = request.cancelledBy ?? (recipient === "guest" ? "host" : "guest");
  const who = by === recipient ? "You" : other.name;
  const askAgain = recipient === "guest" && by === "host" && urls.bookingUrl;
  return draftEmail(
    `Cancelled: coffee chat with ${other.name} on ${formatDay(request.start, me.zone)}`,
    `${who} cancelled the chat.`,
    present([
      paragraph(greeting),
      paragraph(`${who} cancelled the coffee chat ${by === recipient ? `with ${other.name} ` : ""}that was planned for:`),
      chatFacts(ctx, recipient),
      by === "host" && recipient === "guest" && request.hostNote && quote(request.hostNote, `A note from ${firstName(other.name)}`),
      paragraph("The attached update removes it from your calendar."),
      askAgain && paragraph(`If you'd still like to talk with ${firstName(other.name)}, you're welcome to ask for another time:`),
      askAgain && buttons({ label: "Pick another time", url: urls.bookingUrl!, primary: true }),
    ]),
  );
}

/** To each party, with the updated REQUEST invite (same UID, higher SEQUENCE) attached. */
export function rescheduled(
  ctx: ChatContext,
  recipient: Recipient,
  previous: { start: Millis; end: Millis },
  urls: ManageUrls = {},
): EmailDraft {
  const { request } = ctx;
  const { me, other, greeting } = people(ctx, recipient);
  return draftEmail(
    `New time: coffee chat with ${other.name} on ${formatDay(request.start, me.zone)}`,
    "Your coffee chat has a new time.",
    present([
      paragraph(greeting),
      paragraph(`Your coffee chat with ${other.name} has moved. The new time:`),
      chatFacts(ctx, recipient),
      facts([["Was", formatChatTime(previous.start, previous.end, me.zone)]]),
      paragraph("The attached invite updates your calendar. If it doesn't, add the new time here:"),
      addToCalendar(ctx, recipient),
      manageButtons(urls),
    ]),
  );
}
