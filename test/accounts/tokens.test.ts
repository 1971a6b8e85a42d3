import { describe, expect, it } from "vitest";
import { useTestStack } from "../support/use-test-stack.ts";
import { asBearer, asBrowser, signIn } from "../support/accounts.ts";

const t = useTestStack({ now: "2026-12-01T12:00:00Z" });

describe("personal API tokens", () => {
  it("are shown once, listed without the secret, work as Bearer wherever the cookie does, and die when revoked", async () => {
    const { cookie } = await signIn(t.stack, t.mail, "scripts@example.com");
    const browser = asBrowser(t.stack, cookie);
    const created = await browser("/api/v1/me/tokens", { method: "POST", body: { name: "My calendar script" } });
    expect(created.status).toBe(201);
    const { id, token, name } = (await created.json()) as any;
    expect(name).toBe("My calendar script");
    expect(token).toMatch(/^cc_[a-z0-9]+\.[A-Za-z0-9_-]{43}$/);

    const bearer = asBearer(t.stack, token);
    const listed = await bearer("/api/v1/me/tokens");
    expect(listed.status).toBe(200);
    const list = (await listed.json()) as any;
    expect(list.items).toEqual([{ id, name: "My calendar script", createdAt: "2026-12-01T12:00:00.000Z" }]);
    expect(JSON.stringify(list)).not.toContain(token.split(".")[1]);
    // The table keeps only a hash: the secret is nowhere in it.
    expect((await t.stack.keys("ACCOUNT#")).join(" ")).not.toContain(token.split(".")[1]);

    // A bearer token needs no Origin: no browser sends it on its own.
    expect((await bearer("/api/v1/me/tokens", { method: "POST", body: { name: "second" } })).status).toBe(201);

    expect((await bearer(`/api/v1/me/tokens/${id}`, { method: "DELETE" })).status).toBe(204);
    expect((await bearer("/api/v1/me/tokens")).status).toBe(401);
    expect((await browser(`/api/v1/me/tokens/${id}`, { method: "DELETE" })).status).toBe(404);
  });

  it("refuse forged and malformed bearer tokens with 401", async () => {
    const { cookie } = await signIn(t.stack, t.mail, "forger@example.com");
    const { token } = (await (await asBrowser(t.stack, cookie)("/api/v1/me/tokens", { method: "POST", body: { name: "x" } })).json()) as any;
    const flipped = token.slice(0, -1) + (token.endsWith("A") ? "B" : "A");
    for (const bad of [flipped, "cc_nobody." + "A".repeat(43), "garbage", ""]) {
      const res = await fetch(t.stack.url("/api/v1/me/tokens"), { headers: { authorization: `Bearer ${bad}` } });
      expect(res.status, bad).toBe(401);
      expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
    }
    const basic = await fetch(t.stack.url("/api/v1/me/tokens"), { headers: { authorization: "Basic Zm9vOmJhcg==", cookie } });
    expect(basic.status).toBe(401);
  });

  it("another account's token cannot be listed or revoked: 404", async () => {
    const alice = asBrowser(t.stack, (await signIn(t.stack, t.mail, "alice@example.com")).cookie);
    const bob = asBrowser(t.stack, (await signIn(t.stack, t.mail, "bob@example.com")).cookie);
    const { id, token } = (await (await alice("/api/v1/me/tokens", { method: "POST", body: { name: "alice's" } })).json()) as any;
    expect(((await (await bob("/api/v1/me/tokens")).json()) as any).items).toEqual([]);
    expect((await bob(`/api/v1/me/tokens/${id}`, { method: "DELETE" })).status).toBe(404);
    expect((await asBearer(t.stack, token)("/api/v1/me/tokens")).status).toBe(200);
  });
});

describe("cookie-authenticated changes from another site", () => {
  it("are refused with 403 and write nothing; the same change from our own origin goes through", async () => {
    const { cookie } = await signIn(t.stack, t.mail, "csrf@example.com");
    const browser = asBrowser(t.stack, cookie);
    for (const origin of ["https://evil.example", "null", null]) {
      const res = await browser("/api/v1/me/tokens", { method: "POST", body: { name: "planted" }, origin });
      expect(res.status, String(origin)).toBe(403);
      expect(((await res.json()) as any).error.code).toBe("CROSS_SITE");
    }
    // A form post from another site, as a browser would send it.
    const form = await fetch(t.stack.url("/api/v1/me/tokens"), {
      method: "POST",
      headers: { cookie, origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" },
      body: "name=planted",
    });
    expect(form.status).toBe(403);
    expect(((await (await browser("/api/v1/me/tokens")).json()) as any).items).toEqual([]);
    expect((await browser("/api/v1/me/tokens", { method: "POST", body: { name: "mine" } })).status).toBe(201);
  });

  it("CORS stays closed: no Access-Control-Allow-Origin, even for a preflight", async () => {
    const preflight = await fetch(t.stack.url("/api/v1/me/tokens"), {
      method: "OPTIONS",
      headers: { origin: "https://evil.example", "access-control-request-method": "POST" },
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("a browser that withholds the Origin", () => {
  it("is believed only when Sec-Fetch-Site says same-origin", async () => {
    const { cookie } = await signIn(t.stack, t.mail, "null-origin@example.com");
    const post = (headers: Record<string, string>) =>
      fetch(t.stack.url("/api/v1/me/tokens"), {
        method: "POST",
        headers: { cookie, "content-type": "application/json", ...headers },
        body: JSON.stringify({ name: "n" }),
      });
    expect((await post({ origin: "null", "sec-fetch-site": "same-origin" })).status).toBe(201);
    expect((await post({ origin: "null", "sec-fetch-site": "cross-site" })).status).toBe(403);
    expect((await post({ "sec-fetch-site": "same-site" })).status).toBe(403);
  });
});
