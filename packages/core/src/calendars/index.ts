export * from "./busy.ts";
export * from "./occurrences.ts";
export * from "./own-chats.ts";
export * from "./zones.ts";
export type { BusyOptions, CalendarOccurrence, Expansion } from "./options.ts";
export * from "./cached-busy.ts";
export type * from "./ports.ts";
export * from "./chat-writer.ts";
