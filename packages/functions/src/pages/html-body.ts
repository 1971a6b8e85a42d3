import type { Context } from "hono";

/** Whatever c.html() takes: a rendered hono/jsx element or a string. */
export type HtmlBody = Parameters<Context["html"]>[0];
