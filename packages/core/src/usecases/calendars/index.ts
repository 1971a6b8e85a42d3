export * from "./connect.ts";
export * from "./manage.ts";
export * from "./refresh.ts";
export * from "./freshness.ts";
export * from "./job.ts";
export type { CalendarDeps, RefreshDeps } from "./deps.ts";
export * from "./rules.ts";
