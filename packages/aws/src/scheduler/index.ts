export * from "./follow-up-scheduler.ts";
export * from "./client.ts";
export * from "./at-expression.ts";
