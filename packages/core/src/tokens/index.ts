export * from "./actions.ts";
export * from "./token.ts";
export * from "./done-marker.ts";
