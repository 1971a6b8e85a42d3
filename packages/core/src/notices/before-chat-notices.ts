import * as emails from "../messages/index.ts";
import { manageUrls } from "./links.ts";
import { beforeChat } from "./stale.ts";
import type { NoticeRecord } from "./types.ts";

/** To the host a day before: who is coming and what they will ask. */
export const prepPack = {
  email: { what: "The background and questions", draft: (input) => emails.prepPack(input.chat, manageUrls(input)) },
  followUp: {
    to: ["host"],
    due: { anchor: "start", offsetMinutes: -24 * 60 },
    staleWhen: beforeChat,
    label: "Background and questions to the host",
  },
} satisfies NoticeRecord;

/** To the guest a day before: the details, their questions (editable) and the etiquette. */
export const guestConfirm = {
  email: {
    what: "The confirming note",
    draft: (input) => emails.guestConfirm(input.chat, { ...manageUrls(input), editQuestionsUrl: input.url("edit_questions") }),
  },
  followUp: {
    to: ["guest"],
    due: { anchor: "start", offsetMinutes: -24 * 60 },
    staleWhen: beforeChat,
    label: "Confirming note to the guest",
  },
} satisfies NoticeRecord;

/** To both an hour before: where to be or how to join. */
export const reminder = {
  email: { what: "The reminder", draft: ({ chat, notice }) => emails.reminder(chat, notice.to) },
  followUp: {
    to: ["guest", "host"],
    due: { anchor: "start", offsetMinutes: -60 },
    staleWhen: beforeChat,
    label: "Reminder to both, an hour before",
  },
} satisfies NoticeRecord;
