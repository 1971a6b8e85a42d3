import { Hono } from "hono";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import { bodyLimit } from "hono/body-limit";
import { csrf } from "hono/csrf";
import { DomainError } from "@coffeechat/core";
import type { AppDeps } from "./deps.ts";
import { accessLog } from "./http/middleware.ts";
import { onError } from "./http/on-error.ts";
import { contentSecurityPolicy } from "./pages/csp.ts";
import { homePage } from "./pages/home.tsx";
import { mountLazy } from "./lazy/lazy-routes.ts";
import { routeGroups } from "./route-groups.ts";

/** The whole HTTP surface; the same app runs under `npm start` and on Lambda. */
/** Imports are counted by their own, larger cap as they stream in (api/journal/capped-body.ts). */
const JOURNAL_IMPORT_PATHS = new Set(["/api/v1/me/journal/import", "/journal/import"]);

export function createApp(deps: AppDeps) {
  const app = new Hono();
  app.use(requestId());
  app.use(accessLog(deps.logger));
  app.use(secureHeaders({ contentSecurityPolicy }));
  // Form POSTs must come from our own pages, on top of whatever token they carry.
  const appOrigin = new URL(deps.settings.appUrl).origin;
  const sameSite = csrf({ origin: (origin, c) => origin === appOrigin || origin === new URL(c.req.url).origin });
  // A bearer token is a header no other site can make a browser send, so such a call needs no Origin
  // (Hono's check treats a bodiless DELETE as a form post); requireAccount still checks the token.
  app.use((c, next) => (/^Bearer /i.test(c.req.header("authorization") ?? "") ? next() : sameSite(c, next)));
  const limit = bodyLimit({
    maxSize: 64 * 1024,
    onError: () => {
      throw new DomainError("INVALID_INPUT", "body: larger than 64 KiB", {
        issues: [{ path: "body", message: "must be at most 64 KiB" }],
      });
    },
  });
  app.use((c, next) => (JOURNAL_IMPORT_PATHS.has(c.req.path) ? next() : limit(c, next)));
  app.onError(onError(deps.logger));
  app.notFound((c) => {
    throw new DomainError("NOT_FOUND", `Nothing at ${c.req.path}`);
  });

  app.get("/health", async (c) => {
    const dependencies = await deps.health();
    const ok = Object.values(dependencies).every((d) => d.ok);
    return c.json({ ok, dependencies }, ok ? 200 : 503);
  });
  app.get("/", homePage);
  // Each group loads on its first request, behind the middleware above (route-groups.ts).
  for (const group of routeGroups(deps)) mountLazy(app, group);
  return app;
}

export type App = ReturnType<typeof createApp>;
