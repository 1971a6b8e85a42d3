import { Hono } from "hono";
import type { AppDeps } from "../../deps.ts";
import { requireAccount, type AccountEnv } from "../../http/auth.ts";
import { dashboardRoutes } from "./dashboard-routes.tsx";
import { linkEditorRoutes } from "./link-routes.tsx";
import { onboardingRoutes } from "./onboarding-routes.tsx";
import { settingsRoutes } from "./settings-routes.tsx";
import { calendarsRoutes } from "./calendars-routes.tsx";
import { HOST_PATHS } from "./paths.ts";

/** The host's own pages, all behind requireAccount (a signed-out visitor is sent to /signin and back). */
export function hostRoutes(deps: AppDeps) {
  const pages = new Hono<AccountEnv>();
  const gate = requireAccount(deps);
  for (const path of HOST_PATHS) pages.use(path, gate);
  // Links need a handle to live under: a new account sets one up first.
  pages.use("/dashboard/*", async (c, next) => {
    if (!c.get("account").handle) return c.redirect("/onboarding", 303);
    await next();
  });
  pages.route("/", onboardingRoutes(deps));
  pages.route("/", dashboardRoutes(deps));
  pages.route("/", linkEditorRoutes(deps));
  pages.route("/", calendarsRoutes(deps));
  pages.route("/", settingsRoutes(deps));
  return pages;
}
