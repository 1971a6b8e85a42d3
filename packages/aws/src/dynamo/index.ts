export { DynamoChatStore } from "./store.ts";
export { createDynamoClients, type DynamoClients } from "./clients.ts";
export { isTransientAwsError } from "./errors.ts";
export { DynamoAccountStore } from "./accounts/account-store.ts";
export { DynamoHostStore } from "./hosting/host-store.ts";
