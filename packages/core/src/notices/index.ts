export * from "./types.ts";
export * from "./table.ts";
export * from "./render.ts";
