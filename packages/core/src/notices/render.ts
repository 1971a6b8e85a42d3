import { chatPageLink, renderEmail, type Block, type EmailContent } from "../messages/index.ts";
import { emailOf } from "./table.ts";
import type { DraftInput } from "./types.ts";

/**
 * A notice as its reader gets it: its own blocks, then the link to the reader's chat page, then
 * any `closing` blocks. An address not yet proven gets no chat page: it may not be the guest's.
 */
export function renderNotice(input: DraftInput, closing: readonly Block[] = []): EmailContent {
  const { chat, notice, url } = input;
  const page = chat.request.status === "awaiting_email" ? [] : [chatPageLink(url(notice.to === "guest" ? "view_guest" : "view_host"))];
  return renderEmail(emailOf(notice.template).draft(input), [...page, ...closing]);
}
