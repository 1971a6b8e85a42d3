import { handle } from "hono/aws-lambda";
import { createApp } from "../app.ts";
import { compose } from "../compose.ts";
import { parseConfig } from "../config.ts";

// Built once per cold start: config is parsed (and fails loudly) before the first request.
const app = createApp(compose(parseConfig(process.env)));

export const handler = handle(app);
