export { EventBridgeFollowUpScheduler, type EventBridgeFollowUpSchedulerOptions } from "./follow-up-scheduler.ts";
export { createSchedulerClient } from "./client.ts";
export { atExpression } from "./at-expression.ts";
export { EventBridgeRecurringScheduler, type EventBridgeRecurringSchedulerOptions } from "./recurring-scheduler.ts";
