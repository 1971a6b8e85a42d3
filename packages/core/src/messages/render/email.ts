import type { Block } from "./blocks.ts";
import { renderHtml } from "./html.ts";
import { renderText } from "./text.ts";

/** What every email function returns: its words as blocks, not yet rendered, so closing lines are blocks too. */
export interface EmailDraft {
  subject: string;
  preheader: string;
  blocks: readonly Block[];
  /** Why the reader gets it; chat emails say they come on behalf of the people in the conversation. */
  footer?: string;
}

/** An email rendered: what composeEmail turns into a message. */
export interface EmailContent {
  subject: string;
  text: string;
  html: string;
}

const FOOTER = "Sent by Coffee Chat on behalf of the people in this conversation.";

/** `footer` says why the reader gets the email; chat emails keep the default. */
export const draftEmail = (subject: string, preheader: string, blocks: readonly Block[], footer = FOOTER): EmailDraft => ({
  subject,
  preheader,
  blocks,
  footer,
});

/** Renders a draft, with `closing` blocks (the chat page link, a reply note) after its own. */
export function renderEmail(draft: EmailDraft, closing: readonly Block[] = []): EmailContent {
  const blocks = [...draft.blocks, ...closing];
  const footer = draft.footer ?? FOOTER;
  return {
    subject: draft.subject.replace(/[\r\n]+/g, " "),
    text: renderText(blocks, footer),
    html: renderHtml(blocks, { preheader: draft.preheader, footer }),
  };
}
