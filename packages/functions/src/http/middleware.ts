import type { Context, MiddlewareHandler } from "hono";
import type { Logger } from "./logger.ts";

declare module "hono" {
  interface ContextVariableMap {
    /** The verified action link of this request: what the access log writes instead of the link. */
    chatAction?: { action: string; requestId: string };
  }
}

/** Notes which action, on which chat, a verified link asked for. */
export function noteAction(c: Context, claims: { action: string; requestId: string }) {
  c.set("chatAction", { action: claims.action, requestId: claims.requestId });
}

/**
 * One structured line per request, carrying the request id that every response also returns. An
 * action link is a bearer secret, so its path is written as `/a/:token` with the action and the
 * chat it was for, never the token or its signature; a feed's `/ical/<secret>.ics` as `/ical/:secret`.
 */
export function accessLog(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const chat = c.get("chatAction");
    logger.info("request", {
      requestId: c.get("requestId"),
      method: c.req.method,
      // A feed address is a secret too.
      path: c.req.path.replace(/^\/a\/[^/]*/, "/a/:token").replace(/^\/ical\/[^/]*/, "/ical/:secret"),
      ...(chat ? { action: chat.action, chatId: chat.requestId } : {}),
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    });
  };
}
