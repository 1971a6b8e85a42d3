export * from "./compute.ts";
export * from "./offered.ts";
export * from "./window.ts";
export * from "./validate.ts";
export * from "./local-time.ts";
export * from "./zone-timeline.ts";
export * from "./cap-counters.ts";
export * from "./caps.ts";
