export * from "./ports.ts";
export * from "./link-view.ts";
export * from "./list-slots.ts";
export * from "./submit-request.ts";
