import { OpenAPIHono } from "@hono/zod-openapi";
import { DomainError, getLinkView, listSlots, submitRequest } from "@coffeechat/core";
import { hostKeys } from "../host-keys.ts";
import type { AppDeps } from "../deps.ts";
import { clientIp } from "../http/client-ip.ts";
import { getLinkRoute, getSlotsRoute, postRequestRoute } from "./routes.ts";
import { validationHook } from "./validation-hook.ts";
import { toNewRequest } from "./new-request.ts";
import { accountApi } from "./accounts/index.ts";

const iso = (ms: number) => new Date(ms).toISOString();

export function apiRoutes(deps: AppDeps) {
  const api = new OpenAPIHono({ defaultHook: validationHook });

  /** The handle in the path is a public alias (one given up in the last 30 days still works); links live under the key. */
  const hostKey = hostKeys(deps);

  api.openapi(getLinkRoute, async (c) => {
    const { handle, link: slug } = c.req.valid("param");
    const { host, link } = await getLinkView(deps, await hostKey(handle), slug);
    if (link.deletedAt !== undefined) throw new DomainError("NOT_FOUND", `No booking link at /${handle}/${slug}`);
    return c.json(
      {
        host: { name: host.name, headline: host.headline, timeZone: host.timeZone },
        title: link.title,
        description: link.description,
        durationMinutes: link.durationMinutes,
        formats: link.formats,
        questionBank: link.questionBank,
        timeZone: link.timeZone,
        requiresApproval: link.requiresApproval !== false,
        paused: link.paused === true,
      },
      200,
    );
  });

  api.openapi(getSlotsRoute, async (c) => {
    const { handle, link: slug } = c.req.valid("param");
    const { from, to, timeZone } = c.req.valid("query");
    const slots = await listSlots(deps, { handle: await hostKey(handle), slug, from, to, timeZone }, deps.clock());
    c.header("Cache-Control", "no-store");
    return c.json({ timeZone, slots: slots.map((s) => ({ start: iso(s.start), end: iso(s.end) })) }, 200);
  });

  api.openapi(postRequestRoute, async (c) => {
    const { handle, link: slug } = c.req.valid("param");
    const body = c.req.valid("json");
    const key = c.req.valid("header")["idempotency-key"];
    const result = await submitRequest(deps, toNewRequest(await hostKey(handle), slug, body, key), { ip: clientIp(c), now: deps.clock() });
    return c.json(result, 202);
  });

  api.route("/", accountApi(deps));

  api.doc31("/api/v1/openapi.json", {
    openapi: "3.1.0",
    info: { title: "coffeechat", version: "1.0.0", description: "Booking links for informational interviews" },
  });
  return api;
}
