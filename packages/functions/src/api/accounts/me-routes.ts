import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { deleteAccount, exportAccount, updateProfile } from "@coffeechat/core";
import { z } from "../zod.ts";
import { sessionCookie } from "../../http/session-cookie.ts";
import type { AppDeps } from "../../deps.ts";
import type { AccountEnv } from "../../http/auth.ts";
import { validationHook } from "../validation-hook.ts";
import { toProfile } from "./auth-routes.ts";
import { ProfileBody } from "./host-schemas.ts";
import { errors, SIGNED_IN } from "./openapi-common.ts";
import { Profile } from "./schemas.ts";

const json = <T>(schema: T) => ({ "application/json": { schema } });

const getMeRoute = createRoute({
  method: "get",
  path: "/api/v1/me",
  summary: "Your profile (handle is null until you choose one)",
  security: SIGNED_IN,
  responses: { 200: { description: "The profile", content: json(Profile) }, ...errors(401) },
});

const putMeRoute = createRoute({
  method: "put",
  path: "/api/v1/me",
  summary: "Change your profile; a new handle is claimed, the old one redirects for 30 days",
  security: SIGNED_IN,
  request: { body: { required: true, content: json(ProfileBody) } },
  responses: {
    200: { description: "The profile as saved", content: json(Profile) },
    ...errors(400, 401, 403, 409),
  },
});

const exportRoute = createRoute({
  method: "get",
  path: "/api/v1/me/export",
  summary: "Everything stored about your account, as JSON: profile, sessions, tokens, links, requests and their follow-ups",
  security: SIGNED_IN,
  responses: {
    200: { description: "The export (a download)", content: json(z.object({}).passthrough().openapi("AccountExport")) },
    ...errors(401),
  },
});

const deleteMeRoute = createRoute({
  method: "delete",
  path: "/api/v1/me",
  summary: "Close your account: chats ahead are cancelled (guests get the CANCEL invite and a note), then your data is deleted",
  security: SIGNED_IN,
  responses: { 204: { description: "Deleted; the handle is free again after 30 days" }, ...errors(401, 403) },
});

export function meRoutes(deps: AppDeps) {
  const api = new OpenAPIHono<AccountEnv>({ defaultHook: validationHook });

  api.openapi(getMeRoute, (c) => c.json(toProfile(c.get("account")), 200));

  api.openapi(putMeRoute, async (c) => {
    const saved = await updateProfile(deps, c.get("account"), c.req.valid("json"), deps.clock());
    return c.json(toProfile(saved), 200);
  });

  api.openapi(exportRoute, async (c) => {
    const account = c.get("account");
    const data = await exportAccount(deps, account, deps.clock());
    c.header("Content-Disposition", `attachment; filename="coffeechat-${account.handle ?? account.id}.json"`);
    c.header("Cache-Control", "no-store");
    return c.json(data, 200);
  });

  api.openapi(deleteMeRoute, async (c) => {
    await deleteAccount(deps, c.get("account"), deps.clock());
    sessionCookie(deps.settings.appUrl).clear(c);
    return c.body(null, 204);
  });

  return api;
}
