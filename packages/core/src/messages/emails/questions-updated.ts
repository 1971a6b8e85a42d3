import { firstName } from "../chat-details.ts";
import { paragraph, present } from "../render/blocks.ts";
import { draftEmail, type EmailDraft } from "../render/email.ts";
import { formatDay } from "../when.ts";
import { chatFacts, questionBlocks, type ChatContext } from "./context.ts";

/** To a host who already accepted: the guest changed the questions they will bring. */
export function questionsUpdated(ctx: ChatContext): EmailDraft {
  const { request, host } = ctx;
  const guest = firstName(request.guest.name);
  return draftEmail(
    `${request.guest.name} updated their questions for ${formatDay(request.start, host.timeZone)}`,
    `The questions ${guest} plans to ask, as they stand now.`,
    present([
      paragraph(`Hi ${firstName(host.name)},`),
      paragraph(`${request.guest.name} changed the questions they plan to bring to your chat.`),
      chatFacts(ctx, "host"),
      ...questionBlocks(ctx, `${guest}'s questions now`),
    ]),
  );
}
