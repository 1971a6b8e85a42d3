export * from "./ports.ts";
export * from "./link-view.ts";
export * from "./list-slots.ts";
export * from "./submit-request.ts";
export * from "./commit-event.ts";
export * from "./run-follow-up.ts";
export * from "./action-urls.ts";
export { notify } from "./notify.ts";
export { scheduleFollowUps, cancelFollowUps } from "./schedule-follow-ups.ts";
export * from "./actions.ts";
export * from "./delivery-events.ts";
export * from "./save-link.ts";
export {
  OUTBOX_GRACE,
  CLAIM_TIMEOUT,
  RETRY_WINDOW,
  retryDelay,
  outboxScheduleName,
  armOutbox,
  owes,
  stepsOf,
  sendAgain,
  type ChangeEffect,
} from "./outbox/index.ts";
export * from "./journal/journal-usecases.ts";
export * from "./journal/digest.ts";
export * from "./calendars/index.ts";
