export * from "./types.ts";
export * from "./status.ts";
export * from "./expiry.ts";
export { applyEvent } from "./apply.ts";
