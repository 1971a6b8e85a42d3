import { compose } from "../compose.ts";
import { parseConfig } from "../config.ts";
import { lambdaEnv } from "./env.ts";
import { createFollowUpJob } from "../jobs/follow-up-job.ts";

const job = createFollowUpJob(compose(parseConfig(lambdaEnv(process.env))));

/** Invoked by EventBridge Scheduler with the schedule's Input: { requestId, kind, version }. */
export const handler = async (event: unknown) => job(event);
