import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import {
  assertHost,
  createHostLink,
  deleteHostLink,
  getHostLink,
  listHostLinks,
  updateHostLink,
  type Account,
  type Link,
  type LinkInput,
} from "@coffeechat/core";
import type { AppDeps } from "../../deps.ts";
import type { AccountEnv } from "../../http/auth.ts";
import { validationHook } from "../validation-hook.ts";
import { HostLink, HostLinkList, LinkUpdateBody, NewLinkBody, SlugParams } from "./host-schemas.ts";
import { hostLinkJson, toLinkInput } from "./link-json.ts";
import { errors, SIGNED_IN } from "./openapi-common.ts";

const json = <T>(schema: T) => ({ "application/json": { schema } });

const listLinksRoute = createRoute({
  method: "get",
  path: "/api/v1/me/links",
  summary: "Your booking links",
  security: SIGNED_IN,
  responses: { 200: { description: "Links by slug", content: json(HostLinkList) }, ...errors(401) },
});

const createLinkRoute = createRoute({
  method: "post",
  path: "/api/v1/me/links",
  summary: "Create a booking link (slug, title, durationMinutes, weeklyHours and formats; the rest defaults)",
  security: SIGNED_IN,
  request: { body: { required: true, content: json(NewLinkBody) } },
  responses: {
    201: { description: "Created", content: json(HostLink) },
    ...errors(400, 401, 403, 409),
  },
});

const getLinkRoute = createRoute({
  method: "get",
  path: "/api/v1/me/links/{slug}",
  summary: "One of your links",
  security: SIGNED_IN,
  request: { params: SlugParams },
  responses: { 200: { description: "The link", content: json(HostLink) }, ...errors(400, 401, 404) },
});

const updateLinkRoute = createRoute({
  method: "put",
  path: "/api/v1/me/links/{slug}",
  summary: "Change a link; fields left out keep their values. Chats already requested are not changed",
  security: SIGNED_IN,
  request: { params: SlugParams, body: { required: true, content: json(LinkUpdateBody) } },
  responses: { 200: { description: "The link as saved", content: json(HostLink) }, ...errors(400, 401, 403, 404) },
});

const deleteLinkRoute = createRoute({
  method: "delete",
  path: "/api/v1/me/links/{slug}",
  summary: "Delete a link; refused (409) while chats or requests through it are still ahead",
  security: SIGNED_IN,
  request: { params: SlugParams },
  responses: { 204: { description: "Deleted" }, ...errors(400, 401, 403, 404, 409) },
});

export function linkRoutes(deps: AppDeps) {
  const api = new OpenAPIHono<AccountEnv>({ defaultHook: validationHook });
  const out = (account: Account, link: Link) => hostLinkJson(deps.settings.appUrl, account, link);

  api.openapi(listLinksRoute, async (c) => {
    const links = await listHostLinks(deps, c.get("account").id);
    return c.json({ items: links.map((l) => out(c.get("account"), l)) }, 200);
  });

  api.openapi(createLinkRoute, async (c) => {
    const account = c.get("account");
    const hostKey = assertHost(account);
    const link = await createHostLink(deps, hostKey, account.timeZone, toLinkInput(c.req.valid("json")) as LinkInput);
    return c.json(out(c.get("account"), link), 201);
  });

  api.openapi(getLinkRoute, async (c) => {
    const link = await getHostLink(deps, c.get("account").id, c.req.valid("param").slug);
    return c.json(out(c.get("account"), link), 200);
  });

  api.openapi(updateLinkRoute, async (c) => {
    const link = await updateHostLink(deps, c.get("account").id, c.req.valid("param").slug, toLinkInput(c.req.valid("json")));
    return c.json(out(c.get("account"), link), 200);
  });

  api.openapi(deleteLinkRoute, async (c) => {
    await deleteHostLink(deps, c.get("account").id, c.req.valid("param").slug, deps.clock());
    return c.body(null, 204);
  });

  return api;
}
