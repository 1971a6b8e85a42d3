export { createApp, type App } from "./app.ts";
export { compose, newId } from "./compose.ts";
export { parseConfig, type Config } from "./config.ts";
export { createFollowUpJob } from "./jobs/follow-up-job.ts";
export type { AppDeps } from "./deps.ts";
