export { DynamoChatStore } from "./store.ts";
export { createDynamoClients, type DynamoClients } from "./clients.ts";
export { isTransientAwsError } from "./errors.ts";
export { DynamoJournalStore } from "./journal/journal-store.ts";
