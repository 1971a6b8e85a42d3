/**
 * The Scheduler SDK as installed for this package, for the emulator's tests in infra/ (the SDK is a
 * dependency of @coffeechat/aws only, so it does not resolve from there). Not part of the package index.
 */
export * from "@aws-sdk/client-scheduler";
