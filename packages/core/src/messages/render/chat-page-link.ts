import type { EmailContent } from "./email.ts";
import { escapeHtml } from "./escape.ts";
import { CARD_END } from "./html.ts";

const insertAt = (html: string, marker: string, addition: string) => {
  const at = html.indexOf(marker);
  return at === -1 ? html + addition : html.slice(0, at) + addition + html.slice(at);
};

/**
 * Adds the link to the reader's own chat page (its details, the questions, every follow-up and its
 * status) to any email, just above the closing lines, in both parts.
 */
export function withChatPageLink(email: EmailContent, url: string): EmailContent {
  const label = "Your chat page: the details, the questions and every follow-up";
  const html = `<p style="margin:8px 0 0;font-size:14px"><a href="${escapeHtml(url)}" style="color:#7a4b2a">${escapeHtml(label)}</a></p>\n`;
  const line = `${label}:\n${url}\n\n`;
  // renderText ends every email with "--" and the footer; the link goes just above.
  const footer = email.text.lastIndexOf("\n--\n") + 1;
  return {
    subject: email.subject,
    text: footer > 0 ? email.text.slice(0, footer) + line + email.text.slice(footer) : `${email.text.trimEnd()}\n\n${line}`,
    html: insertAt(email.html, CARD_END, html),
  };
}
