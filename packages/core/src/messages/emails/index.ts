export type { ChatContext } from "./context.ts";
export { confirmEmail, hostRequest, hostNudge, alreadyOpen, type AnswerUrls } from "./request-emails.ts";
export { accepted, declined, expired, type ManageUrls } from "./answer-emails.ts";
export { cancelled, rescheduled } from "./change-emails.ts";
export { prepPack, guestConfirm, reminder, type GuestConfirmUrls } from "./before-chat-emails.ts";
export { thankYou, thankYouDraft, keepInTouch, keepInTouchDraft, type ThankYouUrls } from "./after-chat-emails.ts";
export { questionsUpdated } from "./questions-updated.ts";
