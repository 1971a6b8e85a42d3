import * as emails from "../messages/index.ts";
import { manageUrls } from "./links.ts";
import type { NoticeRecord } from "./types.ts";

/** To both on accept, with the REQUEST invite. */
export const accepted = {
  email: { what: "The calendar invite", draft: (input) => emails.accepted(input.chat, manageUrls(input), input.notice.to) },
} satisfies NoticeRecord;

export const declined = {
  email: { what: "The answer", draft: ({ chat }) => emails.declined(chat) },
} satisfies NoticeRecord;

export const expired = {
  email: { what: "The note that the request expired", draft: ({ chat, bookingUrl }) => emails.expired(chat, bookingUrl ? { bookingUrl } : {}) },
} satisfies NoticeRecord;
