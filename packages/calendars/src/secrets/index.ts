export * from "./envelope.ts";
export * from "./local-key-file.ts";
