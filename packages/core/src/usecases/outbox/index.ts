export * from "./drain.ts";
export * from "./claim.ts";
export * from "./plan.ts";
export * from "./update.ts";
export * from "./send-again.ts";
