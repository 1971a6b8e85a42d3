import { handle } from "hono/aws-lambda";
import { createApp } from "../app.ts";
import { compose } from "../compose.ts";
import { parseConfig } from "../config.ts";
import { lambdaEnv } from "./env.ts";

// Built once per cold start: config is parsed (and fails loudly) before the first request.
const app = createApp(compose(parseConfig(lambdaEnv(process.env))));

export const handler = handle(app);
