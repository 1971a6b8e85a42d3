import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppDeps } from "../../deps.ts";
import { requireAccount, type AccountEnv } from "../../http/auth.ts";
import { validationHook } from "../validation-hook.ts";
import { authRoutes } from "./auth-routes.ts";
import { registerSecuritySchemes } from "./openapi-common.ts";
import { tokenRoutes } from "./token-routes.ts";
import { meRoutes } from "./me-routes.ts";
import { linkRoutes } from "./link-routes.ts";
import { requestRoutes } from "./request-routes.ts";
import { journalRoutes } from "../journal/journal-routes.ts";
import { feedRoutes } from "./feed-routes.ts";
import { calendarRoutes } from "./calendar-routes.ts";

/** Sign-in and everything under /api/v1/me, each me route behind requireAccount. */
export function accountApi(deps: AppDeps) {
  const api = new OpenAPIHono<AccountEnv>({ defaultHook: validationHook });
  registerSecuritySchemes(api);
  api.use("/api/v1/me", requireAccount(deps));
  api.use("/api/v1/me/*", requireAccount(deps));
  api.route("/", authRoutes(deps));
  api.route("/", tokenRoutes(deps));
  api.route("/", meRoutes(deps));
  api.route("/", linkRoutes(deps));
  api.route("/", requestRoutes(deps));
  api.route("/", journalRoutes(deps));
  api.route("/", feedRoutes(deps));
  api.route("/", calendarRoutes(deps));
  return api;
}
