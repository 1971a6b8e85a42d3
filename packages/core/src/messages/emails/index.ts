export type { ChatContext } from "./context.ts";
export * from "./request-emails.ts";
export * from "./answer-emails.ts";
export * from "./change-emails.ts";
export * from "./before-chat-emails.ts";
export * from "./after-chat-emails.ts";
export * from "./questions-updated.ts";
