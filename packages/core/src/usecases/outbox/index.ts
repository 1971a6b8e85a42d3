export { drainOutbox, armOutbox, noticeFor, type DrainOptions, type Performed } from "./drain.ts";
export { claimNext } from "./claim.ts";
export { OUTBOX_GRACE, CLAIM_TIMEOUT, RETRY_WINDOW, retryDelay, outboxScheduleName, owes, mergeOutbox, stepsOf, staleStep, type ChangeEffect } from "./plan.ts";
export { updateOutbox } from "./update.ts";
export { sendAgain } from "./send-again.ts";
