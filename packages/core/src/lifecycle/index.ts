export type { Actor, EmailTemplate, Effect, ExpiryReason, LifecycleEvent, LifecycleEventType, Outcome } from "./types.ts";
export * from "./status.ts";
export * from "./expiry.ts";
export * from "./apply.ts";
