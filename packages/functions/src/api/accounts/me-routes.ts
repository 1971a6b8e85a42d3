import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { updateProfile } from "@coffeechat/core";
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

export function meRoutes(deps: AppDeps) {
  const api = new OpenAPIHono<AccountEnv>({ defaultHook: validationHook });

  api.openapi(getMeRoute, (c) => c.json(toProfile(c.get("account")), 200));

  api.openapi(putMeRoute, async (c) => {
    const saved = await updateProfile(deps, c.get("account"), c.req.valid("json"), deps.clock());
    return c.json(toProfile(saved), 200);
  });

  return api;
}
