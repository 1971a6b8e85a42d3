import * as emails from "../messages/index.ts";
import { afterChat } from "./stale.ts";
import type { NoticeRecord } from "./types.ts";

/** To the guest two hours after: a drafted thank-you, "who else?", and "it didn't happen". */
export const thankYou = {
  email: {
    what: "The thank-you prompt",
    draft: ({ chat, url }) => emails.thankYou(chat, { referralsUrl: url("referrals"), didNotHappenUrl: url("did_not_happen") }),
  },
  followUp: {
    to: ["guest"],
    due: { anchor: "end", offsetMinutes: 2 * 60 },
    staleWhen: afterChat,
    label: "Thank-you prompt to the guest",
    // The chat is over once the thank-you prompt goes: the guest may ask this host for another one.
    then: { type: "complete" },
  },
} satisfies NoticeRecord;

/** To the guest a month after: a drafted keep-in-touch update. */
export const keepInTouch = {
  email: { what: "The keep-in-touch prompt", draft: ({ chat }) => emails.keepInTouch(chat) },
  followUp: {
    to: ["guest"],
    due: { anchor: "end", offsetMinutes: 30 * 24 * 60 },
    staleWhen: afterChat,
    label: "Keep-in-touch prompt to the guest",
  },
} satisfies NoticeRecord;
