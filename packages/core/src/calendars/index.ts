export { readBusy, blocksTime } from "./busy.ts";
export { expandCalendar, MAX_STEPS_PER_EVENT, MAX_STEPS_PER_FEED } from "./occurrences.ts";
export { chatUid, isOwnChatUid } from "./own-chats.ts";
export { ianaZoneFor } from "./zones.ts";
export type { BusyOptions, CalendarOccurrence, Expansion } from "./options.ts";
export { calendarBusyReader } from "./cached-busy.ts";
export type * from "./ports.ts";
export { connectionSecretContext, type CalDavCredentials, type ChatCalendarWriter } from "./chat-writer.ts";
