import type { ExpiryReason } from "../lifecycle/types.ts";
import * as emails from "../messages/index.ts";
import { answerUrls } from "./links.ts";
import { inStatus } from "./stale.ts";
import type { NoticeRecord } from "./types.ts";

/** To the guest at once: prove the address. It goes to an address nobody proved yet, so it has no chat page link. */
export const confirmEmail = {
  email: { what: "The email to confirm the address", draft: ({ chat, url }) => emails.confirmEmail(chat, { confirmUrl: url("confirm_email") }) },
} satisfies NoticeRecord;

/** To an address that asked again while its request is still open. */
export const alreadyOpen = {
  email: { what: "The note about the open request", draft: ({ chat, notice }) => emails.alreadyOpen(chat, notice.asked ?? chat.request.start) },
} satisfies NoticeRecord;

/** To the host once the guest confirmed: the request, with Accept and Decline. */
export const hostRequest = {
  email: { what: "The request", draft: (input) => emails.hostRequest(input.chat, answerUrls(input)) },
} satisfies NoticeRecord;

/** To the host a day after the request reached them, while it is still unanswered. */
export const hostNudge = {
  email: { what: "The nudge to answer", draft: (input) => emails.hostNudge(input.chat, answerUrls(input)) },
  followUp: {
    to: ["host"],
    due: { anchor: "confirmed", offsetMinutes: 24 * 60 },
    staleWhen: (request, now) => inStatus("awaiting_host")(request, now) ?? (now < request.start ? undefined : "the chat's time has passed"),
    label: "Nudge to the host to answer",
  },
} satisfies NoticeRecord;

/** A timer that lets the slot go when a pending request waited in `status` too long; the expiry's own email goes to the guest. */
const expiry = (status: "awaiting_email" | "awaiting_host", reason: ExpiryReason, label: string) =>
  ({
    followUp: { to: ["guest"], due: { anchor: "expiry" }, staleWhen: inStatus(status), label, then: { type: "expire", reason } },
  }) satisfies NoticeRecord;

export const expireUnconfirmed = expiry("awaiting_email", "unconfirmed", "Let the slot go if the email is not confirmed");
export const expireUnanswered = expiry("awaiting_host", "unanswered", "Let the slot go if the host does not answer");
