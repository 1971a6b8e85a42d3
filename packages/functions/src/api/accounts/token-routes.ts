import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { createApiToken, listApiTokens, revokeApiToken, type Credential } from "@coffeechat/core";
import type { AppDeps } from "../../deps.ts";
import type { AccountEnv } from "../../http/auth.ts";
import { validationHook } from "../validation-hook.ts";
import { errors, SIGNED_IN } from "./openapi-common.ts";
import { CreatedToken, CredentialParams, NewTokenBody, TokenList } from "./schemas.ts";

const json = <T>(schema: T) => ({ "application/json": { schema } });
const iso = (ms: number) => new Date(ms).toISOString();
const info = (t: Credential) => ({ id: t.id, name: t.label, createdAt: iso(t.createdAt) });

const createTokenRoute = createRoute({
  method: "post",
  path: "/api/v1/me/tokens",
  summary: "Create a personal API token (shown once; send it as Authorization: Bearer)",
  security: SIGNED_IN,
  request: { body: { required: true, content: json(NewTokenBody) } },
  responses: { 201: { description: "Created", content: json(CreatedToken) }, ...errors(400, 401, 403, 409) },
});

const listTokensRoute = createRoute({
  method: "get",
  path: "/api/v1/me/tokens",
  summary: "Your personal API tokens (never the tokens themselves)",
  security: SIGNED_IN,
  responses: { 200: { description: "Tokens, newest first", content: json(TokenList) }, ...errors(401) },
});

const revokeTokenRoute = createRoute({
  method: "delete",
  path: "/api/v1/me/tokens/{id}",
  summary: "Revoke a personal API token",
  security: SIGNED_IN,
  request: { params: CredentialParams },
  responses: { 204: { description: "Revoked" }, ...errors(400, 401, 403, 404) },
});

/** Mounted behind requireAccount (see me-routes.ts). */
export function tokenRoutes(deps: AppDeps) {
  const api = new OpenAPIHono<AccountEnv>({ defaultHook: validationHook });

  api.openapi(createTokenRoute, async (c) => {
    const { name } = c.req.valid("json");
    const created = await createApiToken(deps, c.get("account").id, name, deps.clock());
    c.header("Cache-Control", "no-store");
    return c.json({ ...info(created.credential), token: created.token }, 201);
  });

  api.openapi(listTokensRoute, async (c) => {
    const tokens = await listApiTokens(deps, c.get("account").id);
    return c.json({ items: tokens.map(info) }, 200);
  });

  api.openapi(revokeTokenRoute, async (c) => {
    await revokeApiToken(deps, c.get("account").id, c.req.valid("param").id);
    return c.body(null, 204);
  });

  return api;
}
