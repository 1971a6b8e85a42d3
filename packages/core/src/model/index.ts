export * from "./time.ts";
export * from "./link.ts";
export * from "./request.ts";
export * from "./errors.ts";
export * from "./defaults.ts";
export * from "./actor.ts";
export * from "./chat.ts";
