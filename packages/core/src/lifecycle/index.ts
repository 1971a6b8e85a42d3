export type { Actor, EmailTemplate, Effect, ExpiryReason, LifecycleEvent, LifecycleEventType, Outcome } from "./types.ts";
export { OPEN_STATUSES, isOpen, hostHasAccepted } from "./status.ts";
export { EMAIL_CONFIRMATION_WINDOW, expiresAt } from "./expiry.ts";
export { applyEvent } from "./apply.ts";
