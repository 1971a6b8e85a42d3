export * from "./defaults.ts";
export * from "./schedule-name.ts";
export * from "./plan.ts";
export * from "./still-applies.ts";
export * from "./records.ts";
