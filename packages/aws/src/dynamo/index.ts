export { DynamoChatStore } from "./store.ts";
export { DynamoCalendarStore } from "./calendars/calendar-store.ts";
export { createDynamoClients, type DynamoClients } from "./clients.ts";
export { isTransientAwsError } from "./errors.ts";
