import { Hono } from "hono";
import { requestId } from "hono/request-id";
import { describe, expect, it } from "vitest";
import { everyRoute, mountLazy } from "./lazy-routes.ts";

declare module "hono" {
  interface ContextVariableMap {
    fromParent?: string;
    fromGroup?: string;
  }
}

/** A parent with the shape of app.ts: middleware first, then an eager route, a lazy group, a catch-all. */
function parentWith(group: () => Hono) {
  let loads = 0;
  const seenAfter: (string | undefined)[] = [];
  const app = new Hono();
  app.use(requestId());
  app.use(async (c, next) => {
    c.set("fromParent", "parent");
    await next();
    seenAfter.push(c.get("fromGroup"));
    c.header("X-After", "1");
  });
  app.onError((err, c) => c.json({ error: err.message }, 418));
  app.notFound((c) => c.text("parent 404", 404));
  app.get("/", (c) => c.text("home"));
  mountLazy(app, {
    paths: ["/g", "/g/*"],
    load: async () => {
      loads++;
      return group();
    },
  });
  app.get("/g/:any", (c) => c.text(`after ${c.req.param("any")}`));
  return { app, loads: () => loads, seenAfter };
}

let groupMiddlewareRuns = 0;

function group() {
  const g = new Hono();
  g.use(async (_c, next) => {
    groupMiddlewareRuns++;
    await next();
  });
  g.get("/g", (c) => c.text(`group sees ${c.get("fromParent")}`));
  g.get("/g/mine", (c) => {
    c.set("fromGroup", "group");
    return c.json({ id: c.get("requestId") });
  });
  g.get("/g/fail", (c) => {
    c.header("WWW-Authenticate", "Bearer");
    throw new Error("refused");
  });
  return g;
}

describe("a lazily mounted group of routes", () => {
  it("loads on the first request under its paths, once, and not for other paths", async () => {
    const { app, loads } = parentWith(group);
    expect(await (await app.request("/")).text()).toBe("home");
    expect(loads()).toBe(0);
    const [a, b] = await Promise.all([app.request("/g"), app.request("/g")]);
    expect([await a.text(), await b.text()]).toEqual(["group sees parent", "group sees parent"]);
    expect(loads()).toBe(1);
  });

  it("answers inside the parent's middleware: its headers, its variables both ways", async () => {
    const { app, seenAfter } = parentWith(group);
    const res = await app.request("/g/mine", { headers: { "X-Request-Id": "abc123" } });
    expect(await res.json()).toEqual({ id: "abc123" });
    expect(res.headers.get("X-Request-Id")).toBe("abc123");
    expect(res.headers.get("X-After")).toBe("1");
    expect(seenAfter).toEqual(["group"]);
  });

  it("passes what it does not answer to the routes mounted after it, then to the parent's 404", async () => {
    const { app } = parentWith(group);
    expect(await (await app.request("/g/other")).text()).toBe("after other");
    const missing = await app.request("/g/a/b");
    expect([missing.status, await missing.text()]).toEqual([404, "parent 404"]);
  });

  it("runs once for a request it does not answer, although the request matches two of its paths", async () => {
    const { app } = parentWith(group);
    groupMiddlewareRuns = 0;
    const missed = await app.request("/g", { method: "PUT" });
    expect([missed.status, await missed.text()]).toEqual([404, "parent 404"]);
    expect(groupMiddlewareRuns).toBe(1);
  });

  it("sends its errors to the parent's onError, with the headers it set", async () => {
    const { app } = parentWith(group);
    const res = await app.request("/g/fail");
    expect(res.status).toBe(418);
    expect(await res.json()).toEqual({ error: "refused" });
    expect(res.headers.get("WWW-Authenticate")).toBe("Bearer");
    expect(res.headers.get("X-Request-Id")).toBeTruthy();
  });

  it("lists its routes in the parent's routing table, in place, once everyRoute has loaded it", async () => {
    const { app } = parentWith(group);
    const routes = (await everyRoute(app)).filter((r) => r.method !== "ALL").map((r) => `${r.method} ${r.path}`);
    expect(routes).toEqual(["GET /", "GET /g", "GET /g/mine", "GET /g/fail", "GET /g/:any"]);
  });
});
