import type { Context } from "hono";
import { DomainError } from "@coffeechat/core";

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A cookie rides along with any request the browser makes, including a form another site submits. So a
 * cookie-authenticated change must say it comes from our own pages: Origin equal to APP_URL's, or
 * Sec-Fetch-Site "same-origin" from a browser that withholds the Origin ("null" — Chromium does under
 * our Referrer-Policy: no-referrer). Neither means no browser vouches for it, and it is refused too
 * (scripts use a bearer token, which no browser sends by itself).
 */
export function assertSameOrigin(c: Context, appUrl: string): void {
  if (SAFE.has(c.req.method)) return;
  const origin = c.req.header("origin");
  if (origin === new URL(appUrl).origin) return;
  if ((origin === undefined || origin === "null") && c.req.header("sec-fetch-site") === "same-origin") return;
  throw new DomainError("CROSS_SITE", "This form was not sent from coffeechat's own pages; reload the page and try again", {
    issues: [{ path: "origin", message: "must be this site's own origin" }],
  });
}
