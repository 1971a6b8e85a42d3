import { EMAIL_CONFIRMATION_WINDOW, expiresAt } from "../lifecycle/index.ts";
import { bookingPath, DAY, type ChatRequest, type Host, type Link } from "../model/index.ts";
import { signActionToken, type TokenAction } from "../tokens/index.ts";
import type { UseCaseDeps } from "./ports.ts";

/** Links to manage a chat stay valid well past it, for the thank-you and keep-in-touch steps. */
const AFTER_CHAT = 60 * DAY;

/** When a link for this action stops working: answers lapse with the request, the rest after the chat. */
export function actionExpiry(request: ChatRequest, link: Link, action: TokenAction): number {
  if (action === "confirm_email") return request.createdAt + EMAIL_CONFIRMATION_WINDOW;
  if (action === "accept" || action === "decline") {
    return expiresAt({ ...request, status: "awaiting_host" }, link) ?? request.start;
  }
  return request.end + AFTER_CHAT;
}

export function actionUrl(deps: Pick<UseCaseDeps, "settings">, request: ChatRequest, link: Link, action: TokenAction): string {
  const token = signActionToken(
    { requestId: request.id, action, expiresAt: actionExpiry(request, link, action) },
    deps.settings.tokenSecret,
  );
  return `${deps.settings.appUrl}/a/${token}`;
}

/** The link's public page, under the host's handle (not their key); none once the link stops taking requests. */
export function bookingUrl(deps: Pick<UseCaseDeps, "settings">, host: Host, link: Link): string | undefined {
  if (link.paused || link.deletedAt !== undefined) return undefined;
  return `${deps.settings.appUrl}${bookingPath(host, link)}`;
}
