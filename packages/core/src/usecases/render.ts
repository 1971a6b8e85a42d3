import type { Block, EmailContent } from "../messages/index.ts";
import type { Chat } from "../model/index.ts";
import { renderNotice, type Notice } from "../notices/index.ts";
import { actionUrl, bookingUrl } from "./action-urls.ts";
import type { UseCaseDeps } from "./ports.ts";

/** Fills a notice for one recipient, with signed action links made for them. */
export function render(deps: UseCaseDeps, chat: Chat, notice: Notice, closing: readonly Block[] = []): EmailContent {
  const { request, host, link } = chat;
  return renderNotice({ chat, notice, url: (action) => actionUrl(deps, request, link, action), bookingUrl: bookingUrl(deps, host, link) }, closing);
}
