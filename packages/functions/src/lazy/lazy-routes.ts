import { Hono, type Context, type MiddlewareHandler } from "hono";
import type { RouterRoute } from "hono/types";
import { once } from "./lazy-port.ts";

/** Any group of routes, whatever variables (AccountEnv…) or schema (OpenAPI) its own app declares. */
export type RouteApp = Hono<any, any, any>;

/** A group of routes whose module loads on the first request under one of its paths. */
export interface LazyGroup {
  /** Hono patterns that cover every route of the group ("/journal", "/journal/*"); a test checks they do. */
  paths: readonly string[];
  load: () => Promise<RouteApp>;
}

const BRIDGE = Symbol("lazy routes bridge");
type Bridge = { parent: Context; missed: boolean };
const GROUP = Symbol("lazy routes group");
type GroupHandler = MiddlewareHandler & { [GROUP]: () => Promise<RouteApp> };

const bridgeOf = (c: Context) => (c.env as { [BRIDGE]: Bridge })[BRIDGE];

/**
 * The group's routes behind a gate that the parent's middleware (request id, access log, headers,
 * CSRF, body limit) has already run through. Variables cross both ways, as if the routes were mounted
 * in the parent: what the parent set is seen by the group, what the group sets (an action's id for
 * the access log) is seen by the parent. Errors go to the parent's onError. A request no route of
 * the group answers falls through to the parent's next routes, in the order they were mounted.
 */
function gated(group: RouteApp): Hono {
  const gate = new Hono();
  gate.use(async (c, next) => {
    const { parent } = bridgeOf(c);
    for (const [key, value] of Object.entries(parent.var)) c.set(key as never, value as never);
    try {
      await next();
    } catch (err) {
      carryHeaders(c, parent); // WWW-Authenticate on a refused token, for the parent's error response
      throw err;
    } finally {
      for (const [key, value] of Object.entries(c.var)) parent.set(key as never, value as never);
    }
  });
  gate.route("/", group);
  gate.notFound((c) => {
    bridgeOf(c).missed = true;
    carryHeaders(c, bridgeOf(c).parent);
    return c.body(null, 404);
  });
  gate.onError((err) => {
    throw err;
  });
  return gate;
}

/** Headers the group set on a request it did not answer itself; they stay on the parent's answer. */
function carryHeaders(from: Context, to: Context) {
  from.res.headers.forEach((value, name) => {
    if (name !== "content-type") to.header(name, value, { append: name === "set-cookie" });
  });
}

function executionCtxOf(c: Context) {
  try {
    return c.executionCtx;
  } catch {
    return undefined; // Hono throws when the runtime gives none (Node, tests).
  }
}

/** Mounts `group` on `app` under its paths; its module loads (once) on the first request there. */
export function mountLazy(app: Hono, group: LazyGroup): void {
  const load = once(group.load);
  const gate = once(() => load().then(gated));
  // A request can match more than one of the paths ("/x/*" matches "/x" too): the group is asked once.
  const asked = new WeakSet<Context>();
  const handler = (async (c, next) => {
    if (asked.has(c)) return next();
    asked.add(c);
    const bridge: Bridge = { parent: c, missed: false };
    const res = await (await gate()).fetch(c.req.raw, { ...(c.env as object), [BRIDGE]: bridge }, executionCtxOf(c));
    if (bridge.missed) return next();
    // Headers the parent's middleware set before this handler (X-Request-Id) are held in the parent's
    // pending response; reading it makes Hono copy them onto the group's response when it is returned.
    void c.res;
    return res;
  }) as GroupHandler;
  handler[GROUP] = load;
  for (const path of group.paths) app.all(path, handler);
}

/**
 * Every route of the app with its lazy groups loaded, as if mounted eagerly: for tests that walk the
 * routing table (every route of the journal is probed, every route asks for sign-in…).
 */
export async function everyRoute(app: Hono): Promise<RouterRoute[]> {
  const seen = new Set<unknown>();
  const parts = app.routes.map(async (route): Promise<RouterRoute[]> => {
    const load = (route.handler as Partial<GroupHandler>)[GROUP];
    if (!load) return [route];
    if (seen.has(load)) return [];
    seen.add(load);
    return (await load()).routes;
  });
  return (await Promise.all(parts)).flat();
}
