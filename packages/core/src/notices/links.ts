import { expiresAt } from "../lifecycle/expiry.ts";
import type { AnswerUrls, ManageUrls } from "../messages/index.ts";
import type { DraftInput } from "./types.ts";

/** Reschedule and cancel, as the reader of the email may do them. */
export const manageUrls = ({ notice, url }: DraftInput): Required<ManageUrls> =>
  notice.to === "guest"
    ? { rescheduleUrl: url("reschedule"), cancelUrl: url("cancel") }
    : { rescheduleUrl: url("reschedule_host"), cancelUrl: url("cancel_host") };

/** Accept and decline, valid until the request lapses. */
export const answerUrls = ({ chat: { request, link }, url }: DraftInput): AnswerUrls => ({
  acceptUrl: url("accept"),
  declineUrl: url("decline"),
  expiresAt: expiresAt({ ...request, status: "awaiting_host" }, link) ?? request.start,
});
