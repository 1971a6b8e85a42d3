export * from "./dynamo/index.ts";
export * from "./ses/index.ts";
export * from "./scheduler/index.ts";
export * from "./rate-limit/index.ts";
export * from "./health.ts";
export * from "./kms/data-keys.ts";
