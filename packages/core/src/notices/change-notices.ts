import * as emails from "../messages/index.ts";
import { manageUrls } from "./links.ts";
import type { NoticeRecord } from "./types.ts";

/** With the CANCEL invite, to the other party and, as a receipt, to the one who cancelled. */
export const cancelled = {
  email: { what: "The cancellation", draft: ({ chat, notice, bookingUrl }) => emails.cancelled(chat, notice.to, bookingUrl ? { bookingUrl } : {}) },
} satisfies NoticeRecord;

export const rescheduled = {
  email: {
    what: "The invite with the new time",
    draft: (input) => emails.rescheduled(input.chat, input.notice.to, input.notice.previous ?? input.chat.request, manageUrls(input)),
  },
} satisfies NoticeRecord;

export const questionsUpdated = {
  email: { what: "The email with the updated questions", draft: ({ chat }) => emails.questionsUpdated(chat) },
} satisfies NoticeRecord;
