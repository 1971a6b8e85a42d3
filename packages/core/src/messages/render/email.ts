import type { Block } from "./blocks.ts";
import { renderHtml } from "./html.ts";
import { renderText } from "./text.ts";

/** What every email function returns; composeEmail turns it into a message. */
export interface EmailContent {
  subject: string;
  text: string;
  html: string;
}

const FOOTER = "Sent by Coffee Chat on behalf of the people in this conversation.";

/** `footer` says why the reader gets the email; chat emails keep the default. */
export function renderEmail(subject: string, preheader: string, blocks: readonly Block[], footer = FOOTER): EmailContent {
  return {
    subject: subject.replace(/[\r\n]+/g, " "),
    text: renderText(blocks, footer),
    html: renderHtml(blocks, { preheader, footer }),
  };
}
