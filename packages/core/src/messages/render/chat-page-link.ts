import type { EmailContent } from "./email.ts";
import { escapeHtml } from "./escape.ts";
import { CARD_END } from "./html.ts";

const insertAt = (html: string, marker: string, addition: string) => {
  const at = html.indexOf(marker);
  return at === -1 ? html + addition : html.slice(0, at) + addition + html.slice(at);
};

/** Adds a closing line to any email, just above the footer, in both parts (a link when `url` is given). */
export function withClosingLine(email: EmailContent, line: string, url?: string): EmailContent {
  const inner = url ? `<a href="${escapeHtml(url)}" style="color:#7a4b2a">${escapeHtml(line)}</a>` : escapeHtml(line);
  const html = `<p style="margin:8px 0 0;font-size:14px">${inner}</p>\n`;
  const text = url ? `${line}:\n${url}\n\n` : `${line}\n\n`;
  // renderText ends every email with "--" and the footer; the line goes just above.
  const footer = email.text.lastIndexOf("\n--\n") + 1;
  return {
    subject: email.subject,
    text: footer > 0 ? email.text.slice(0, footer) + text + email.text.slice(footer) : `${email.text.trimEnd()}\n\n${text}`,
    html: insertAt(email.html, CARD_END, html),
  };
}

/** The link to the reader's own chat page (its details, the questions, every follow-up and its status). */
export function withChatPageLink(email: EmailContent, url: string): EmailContent {
  return withClosingLine(email, "Your chat page: the details, the questions and every follow-up", url);
}
