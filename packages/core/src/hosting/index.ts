export * from "./ports.ts";
export * from "./resolve-handle.ts";
export * from "./profile.ts";
export * from "./links.ts";
export * from "./requests.ts";
export * from "./your-data.ts";
