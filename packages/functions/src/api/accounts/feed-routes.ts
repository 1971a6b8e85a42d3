import { createHash } from "node:crypto";
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { z } from "../zod.ts";
import { chatFeedUrl, readChatFeed, rotateChatFeed } from "@coffeechat/core";
import type { AppDeps } from "../../deps.ts";
import type { AccountEnv } from "../../http/auth.ts";
import { validationHook } from "../validation-hook.ts";
import { errors, SIGNED_IN } from "./openapi-common.ts";

const json = <T>(schema: T) => ({ "application/json": { schema } });
const FeedUrl = z.object({ url: z.string().url() }).openapi("ChatFeed");

const getFeedRoute = createRoute({
  method: "get",
  path: "/api/v1/me/feed",
  summary: "The secret address of your chats as an iCalendar feed, for any calendar app (made on first asking)",
  security: SIGNED_IN,
  responses: { 200: { description: "The feed's address", content: json(FeedUrl) }, ...errors(401) },
});

const rotateFeedRoute = createRoute({
  method: "post",
  path: "/api/v1/me/feed/rotate",
  summary: "A new secret address for your feed; the old one stops working at once",
  security: SIGNED_IN,
  responses: { 200: { description: "The new address", content: json(FeedUrl) }, ...errors(401, 403, 409) },
});

/** Calendar apps poll feeds; five minutes keeps a new chat close to real time without re-reading on every poll. */
const CACHE_CONTROL = "private, max-age=300";

/** The feed API (behind requireAccount, mounted with the other /api/v1/me routes) and the feed itself. */
export function feedRoutes(deps: AppDeps) {
  const api = new OpenAPIHono<AccountEnv>({ defaultHook: validationHook });

  api.openapi(getFeedRoute, async (c) => {
    c.header("Cache-Control", "no-store");
    return c.json({ url: await chatFeedUrl(deps, c.get("account").id, deps.clock()) }, 200);
  });

  api.openapi(rotateFeedRoute, async (c) => {
    c.header("Cache-Control", "no-store");
    return c.json({ url: await rotateChatFeed(deps, c.get("account").id, deps.clock()) }, 200);
  });

  /** Public: the secret in the address is the only credential (unknown or rotated: 404). */
  api.get("/ical/:file", async (c) => {
    const body = await readChatFeed(deps, c.req.param("file"), deps.clock());
    const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
    c.header("ETag", etag);
    c.header("Cache-Control", CACHE_CONTROL);
    c.header("X-Robots-Tag", "noindex");
    c.header("Referrer-Policy", "no-referrer");
    if (matches(c.req.header("if-none-match"), etag)) return c.body(null, 304);
    return c.body(body, 200, { "Content-Type": "text/calendar; charset=utf-8" });
  });

  return api;
}

/** If-None-Match: a list of tags (weak ones compare too, RFC 9110 §13.1.2), or "*". */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t.replace(/^W\//, "") === etag;
  });
}
