export * from "./actions.ts";
export * from "./token.ts";
