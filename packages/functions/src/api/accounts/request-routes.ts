import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { z } from "../zod.ts";
import type { Context } from "hono";
import { actOnRequest, listHostRequests, type ActionInput, type HostAction } from "@coffeechat/core";
import type { AppDeps } from "../../deps.ts";
import type { AccountEnv } from "../../http/auth.ts";
import { readOptionalJson } from "../optional-json.ts";
import { validationHook } from "../validation-hook.ts";
import { errors, SIGNED_IN } from "./openapi-common.ts";
import { ActedRequest, hostRequestJson, HostRequestList, NoteBody, RequestListQuery, RequestParams, RescheduleBody } from "./request-schemas.ts";

const json = <T>(schema: T) => ({ "application/json": { schema } });

const listRoute = createRoute({
  method: "get",
  path: "/api/v1/me/requests",
  summary: "Requests to you: pending (waiting for your answer), upcoming chats, or past ones; paged with `next`",
  security: SIGNED_IN,
  request: { query: RequestListQuery },
  responses: { 200: { description: "One page", content: json(HostRequestList) }, ...errors(400, 401) },
});

const route = (action: HostAction, summary: string, body?: { schema: typeof NoteBody | typeof RescheduleBody; required: boolean }) =>
  createRoute({
    method: "post",
    path: `/api/v1/me/requests/{id}/${action}`,
    summary,
    security: SIGNED_IN,
    request: { params: RequestParams, ...(body ? { body: { required: body.required, content: json(body.schema) } } : {}) },
    responses: {
      200: { description: "Done (changed: false when it was already done)", content: json(ActedRequest) },
      ...errors(400, 401, 403, 404, 409),
    },
  });

const acceptRoute = route("accept", "Accept: both get the invite, as the Accept button in your email does");
const declineRoute = route("decline", "Decline, with an optional note to the guest", { schema: NoteBody, required: false });
const cancelRoute = route("cancel", "Cancel a chat or a pending request, with an optional note; an accepted chat's invite is cancelled", {
  schema: NoteBody,
  required: false,
});
const rescheduleRoute = createRoute({
  method: "post",
  path: "/api/v1/me/requests/{id}/reschedule",
  summary: "Move an accepted chat to another time your link offers; both get the updated invite",
  security: SIGNED_IN,
  request: { params: RequestParams, body: { required: true, content: json(RescheduleBody) } },
  responses: {
    200: { description: "Done (changed: false when it was already at that time)", content: json(ActedRequest) },
    ...errors(400, 401, 403, 404, 409),
  },
});

export function requestRoutes(deps: AppDeps) {
  const api = new OpenAPIHono<AccountEnv>({ defaultHook: validationHook });

  api.openapi(listRoute, async (c) => {
    const { status, limit, cursor } = c.req.valid("query");
    const page = await listHostRequests(deps, c.get("account").id, status, deps.clock(), { limit, cursor });
    return c.json({ items: page.items.map(hostRequestJson), ...(page.next ? { next: page.next } : {}) }, 200);
  });

  const act = async (c: Context<AccountEnv>, id: string, action: HostAction, input: ActionInput) => {
    const done = await actOnRequest(deps, c.get("account").id, id, action, input, deps.clock());
    return c.json({ ...hostRequestJson(done.request), changed: done.changed }, 200);
  };
  /** A note may be left out, and with it the whole body. */
  const noteOf = async (c: Context) => {
    const body = await readOptionalJson(c.req, NoteBody);
    return "note" in body && body.note ? { note: body.note } : {};
  };

  api.openapi(acceptRoute, async (c) => {
    await readOptionalJson(c.req, EmptyBody);
    return act(c, c.req.valid("param").id, "accept", {});
  });
  api.openapi(declineRoute, async (c) => act(c, c.req.valid("param").id, "decline", await noteOf(c)));
  api.openapi(cancelRoute, async (c) => act(c, c.req.valid("param").id, "cancel", await noteOf(c)));
  api.openapi(rescheduleRoute, async (c) => act(c, c.req.valid("param").id, "reschedule", { start: Date.parse(c.req.valid("json").start) }));

  return api;
}

const EmptyBody = z.object({}).strict();
