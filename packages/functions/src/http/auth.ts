import type { Context, MiddlewareHandler } from "hono";
import { authenticate, DomainError, type Account, type Credential } from "@coffeechat/core";
import type { AppDeps } from "../deps.ts";
import { assertSameOrigin } from "./same-origin.ts";
import { sessionCookie } from "./session-cookie.ts";

/** What requireAccount puts on the context: `c.get("account")`, `c.get("credential")`. */
export type AccountVariables = { account: Account; credential: Credential };
export type AccountEnv = { Variables: AccountVariables };

/**
 * The one gate for everything that belongs to a signed-in person (`/api/v1/me/…`, `/dashboard`, and the
 * journal and calendars to come). Use it as route middleware:
 *
 *     app.use("/api/v1/me/*", requireAccount(deps));
 *     app.get("/api/v1/me/journal", (c) => … c.get("account").id …);
 *
 * - Accepts `Authorization: Bearer <personal API token>` or the session cookie, wherever either is used.
 * - A cookie on POST/PUT/PATCH/DELETE must come from this site's own pages (Origin check); a bearer
 *   token needs none.
 * - Missing, malformed, forged, expired, signed-out and revoked credentials are all refused alike:
 *   under /api/ with 401 UNAUTHENTICATED (and WWW-Authenticate), elsewhere with a redirect to
 *   /signin?next=<the page>.
 * - Data reads stay scoped by `c.get("account").id`; another account's items answer 404, never 403.
 */
export function requireAccount(deps: AppDeps): MiddlewareHandler<AccountEnv> {
  const cookie = sessionCookie(deps.settings.appUrl);
  return async (c, next) => {
    // Already identified for this request (a page under two patterns, or a group passed over): once is enough.
    if (c.get("account")) return next();
    let found;
    try {
      found = await identify(c, deps, cookie.read(c));
    } catch (e) {
      if (!(e instanceof DomainError) || e.code !== "UNAUTHENTICATED" || isApi(c)) {
        if (e instanceof DomainError && e.code === "UNAUTHENTICATED") c.header("WWW-Authenticate", 'Bearer realm="coffeechat"');
        throw e;
      }
      const next = c.req.method === "GET" ? c.req.path + (new URL(c.req.url).search || "") : "/dashboard";
      return c.redirect(`/signin?next=${encodeURIComponent(next)}`, 303);
    }
    c.set("account", found.account);
    c.set("credential", found.credential);
    await next();
  };
}

/** The signed-in account if there is one (a page that greets either way); never throws for a bad cookie. */
export async function currentAccount(c: Context, deps: AppDeps): Promise<Account | undefined> {
  const value = sessionCookie(deps.settings.appUrl).read(c);
  if (!value) return undefined;
  try {
    return (await authenticate(deps, "session", value, deps.clock())).account;
  } catch (e) {
    if (e instanceof DomainError && e.code === "UNAUTHENTICATED") return undefined;
    throw e;
  }
}

async function identify(c: Context, deps: AppDeps, cookieValue: string | undefined) {
  const authorization = c.req.header("authorization");
  if (authorization !== undefined) {
    const bearer = /^Bearer ([^\s]+)$/i.exec(authorization.trim());
    if (!bearer) throw new DomainError("UNAUTHENTICATED", "Authorization must be 'Bearer <token>'");
    return authenticate(deps, "token", bearer[1]!, deps.clock());
  }
  if (cookieValue === undefined) throw new DomainError("UNAUTHENTICATED", "Sign in first, or send a personal API token");
  const found = await authenticate(deps, "session", cookieValue, deps.clock());
  assertSameOrigin(c, deps.settings.appUrl);
  return found;
}

const isApi = (c: Context) => c.req.path.startsWith("/api/");
