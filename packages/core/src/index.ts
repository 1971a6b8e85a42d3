// Barrels here re-export with `export *`, not `export { a, b } from`: esbuild 0.18 (SST's) merges a
// barrel of named re-exports into one shared chunk, which a Lambda's cold start would then load whole.
// The price is that a module's exports are public; what a module exports is what it means to share.
export * from "./model/index.ts";
export * from "./ports.ts";
export * from "./slots/blocks.ts";
export * from "./usecases/index.ts";
export * from "./slots/index.ts";
export * from "./lifecycle/index.ts";
export * from "./tokens/index.ts";
export * from "./followups/index.ts";
export * from "./messages/index.ts";
export * from "./journal/index.ts";
export * from "./accounts/index.ts";
export * from "./hosting/index.ts";
export * from "./calendars/index.ts";
export * from "./notices/index.ts";
export * from "./feed/index.ts";
export * from "./kept-at-most.ts";
