import type { EmailContent } from "./email.ts";
import { escapeHtml } from "./escape.ts";

/**
 * Adds the link to the reader's own chat page (its details, the questions, every follow-up and its
 * status) to any email, just above the closing lines, in both parts.
 */
export function withChatPageLink(email: EmailContent, url: string): EmailContent {
  const label = "Your chat page: the details, your questions and every follow-up";
  const html = `<p style="margin:16px 0 0;font-size:14px"><a href="${escapeHtml(url)}" style="color:#7a3e00">${escapeHtml(label)}</a></p>`;
  const at = email.html.lastIndexOf("</body>");
  return {
    subject: email.subject,
    text: `${email.text.trimEnd()}\n\n${label}:\n${url}\n`,
    html: at === -1 ? email.html + html : email.html.slice(0, at) + html + email.html.slice(at),
  };
}
