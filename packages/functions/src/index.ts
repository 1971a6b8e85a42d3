export { createApp, type App } from "./app.ts";
export { everyRoute } from "./lazy/lazy-routes.ts";
export { whenLoaded } from "./lazy/lazy-port.ts";
export { compose, newId } from "./compose.ts";
export { parseConfig, type Config } from "./config.ts";
export { createFollowUpJob } from "./jobs/follow-up-job.ts";
export type { AppDeps } from "./deps.ts";
