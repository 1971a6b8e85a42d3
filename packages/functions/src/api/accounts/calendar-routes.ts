import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import {
  assertHost,
  connectCalendar,
  listCalendarConnections,
  refreshCalendarNow,
  removeCalendarConnection,
  updateCalendarChoices,
} from "@coffeechat/core";
import type { AppDeps } from "../../deps.ts";
import type { AccountEnv } from "../../http/auth.ts";
import { validationHook } from "../validation-hook.ts";
import { calendarConnectionJson } from "./calendar-json.ts";
import { CalendarChoicesBody, CalendarConnectionJson, CalendarConnectionList, ConnectionParams, NewCalendarBody } from "./calendar-schemas.ts";
import { errors, SIGNED_IN } from "./openapi-common.ts";

const json = <T>(schema: T) => ({ "application/json": { schema } });

const connectRoute = createRoute({
  method: "post",
  path: "/api/v1/me/calendars",
  summary: "Connect a calendar: an ICS address, or a CalDAV account with an app password. Answers after a first successful read",
  security: SIGNED_IN,
  request: { body: { required: true, content: json(NewCalendarBody) } },
  responses: {
    201: { description: "Connected, with its calendars", content: json(CalendarConnectionJson) },
    ...errors(400, 401, 403, 409, 429),
  },
});

const listRoute = createRoute({
  method: "get",
  path: "/api/v1/me/calendars",
  summary: "Your connected calendars and their health (never their secrets)",
  security: SIGNED_IN,
  responses: { 200: { description: "Connections, oldest first", content: json(CalendarConnectionList) }, ...errors(401) },
});

const updateRoute = createRoute({
  method: "put",
  path: "/api/v1/me/calendars/{id}",
  summary: "Choose which calendars count as busy, whether all-day events block the day, and the one CalDAV calendar chats go into",
  security: SIGNED_IN,
  request: { params: ConnectionParams, body: { required: true, content: json(CalendarChoicesBody) } },
  responses: { 200: { description: "The connection as saved", content: json(CalendarConnectionJson) }, ...errors(400, 401, 403, 404, 409) },
});

const deleteRoute = createRoute({
  method: "delete",
  path: "/api/v1/me/calendars/{id}",
  summary: "Disconnect: its secret, busy times and refresh schedule are deleted",
  security: SIGNED_IN,
  request: { params: ConnectionParams },
  responses: { 204: { description: "Disconnected" }, ...errors(400, 401, 403, 404) },
});

const refreshRoute = createRoute({
  method: "post",
  path: "/api/v1/me/calendars/{id}/refresh",
  summary: "Read the calendar now; a failure shows in status and lastError, and the last good busy times still count",
  security: SIGNED_IN,
  request: { params: ConnectionParams },
  responses: { 200: { description: "The connection after the read", content: json(CalendarConnectionJson) }, ...errors(400, 401, 403, 404, 429) },
});

/** Mounted behind requireAccount (see index.ts); everything is scoped by the signed-in host's key. */
export function calendarRoutes(deps: AppDeps) {
  const api = new OpenAPIHono<AccountEnv>({ defaultHook: validationHook });
  const noStore = { "Cache-Control": "no-store" };

  api.openapi(connectRoute, async (c) => {
    const hostKey = assertHost(c.get("account"));
    const connection = await connectCalendar(deps, hostKey, c.req.valid("json"), deps.clock());
    return c.json(calendarConnectionJson(connection), 201, noStore);
  });

  api.openapi(listRoute, async (c) => {
    const items = await listCalendarConnections(deps, c.get("account").id);
    return c.json({ items: items.map(calendarConnectionJson) }, 200, noStore);
  });

  api.openapi(updateRoute, async (c) => {
    const { id } = c.req.valid("param");
    const saved = await updateCalendarChoices(deps, c.get("account").id, id, c.req.valid("json").calendars, deps.clock());
    return c.json(calendarConnectionJson(saved), 200, noStore);
  });

  api.openapi(deleteRoute, async (c) => {
    const { id } = c.req.valid("param");
    await removeCalendarConnection(deps, c.get("account").id, id);
    return c.body(null, 204);
  });

  api.openapi(refreshRoute, async (c) => {
    const connection = await refreshCalendarNow(deps, c.get("account").id, c.req.valid("param").id, deps.clock());
    return c.json(calendarConnectionJson(connection), 200, noStore);
  });

  return api;
}
