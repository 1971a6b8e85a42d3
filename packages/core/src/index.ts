export * from "./model/index.ts";
export * from "./ports.ts";
export * from "./slots/blocks.ts";
export * from "./usecases/index.ts";
