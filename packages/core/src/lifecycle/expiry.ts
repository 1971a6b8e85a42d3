import { DAY, MINUTE, type ChatRequest, type Link, type Millis } from "../model/index.ts";

/** A guest has this long to confirm their address before the slot is let go. */
export const EMAIL_CONFIRMATION_WINDOW: Millis = 30 * MINUTE;

/**
 * When an open request stops waiting. Unanswered requests expire after the link's expiry days,
 * and always before the host's minimum notice would make accepting them unfair to the host.
 * Accepted and closed requests never expire.
 */
export function expiresAt(
  request: Pick<ChatRequest, "status" | "createdAt" | "start">,
  link: Pick<Link, "minimumNoticeMinutes" | "requestExpiryDays">,
): Millis | undefined {
  if (request.status === "awaiting_email") return request.createdAt + EMAIL_CONFIRMATION_WINDOW;
  if (request.status === "awaiting_host") {
    return Math.min(request.start - link.minimumNoticeMinutes * MINUTE, request.createdAt + link.requestExpiryDays * DAY);
  }
  return undefined;
}
