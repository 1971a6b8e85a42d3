export * from "./mailer.ts";
export * from "./client.ts";
