export { DynamoChatStore } from "./store.ts";
export { DynamoCalendarStore } from "./calendars/calendar-store.ts";
export { createDynamoClients, type DynamoClients } from "./clients.ts";
export { isTransientAwsError } from "./errors.ts";
export { DynamoJournalStore } from "./journal/journal-store.ts";
export { DynamoAccountStore } from "./accounts/account-store.ts";
export { DynamoHostStore } from "./hosting/host-store.ts";
export { DynamoFeedStore } from "./feed/feed-store.ts";
export { backfillGuestChats } from "./backfill-guest-chats.ts";
