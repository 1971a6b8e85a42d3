import { describe, expect, it } from "vitest";
import { MINUTE } from "@coffeechat/core";
import { useTestStack } from "../support/use-test-stack.ts";
import { asBrowser, sessionFrom, signIn, signInMail, startSignIn, verify } from "../support/accounts.ts";

const t = useTestStack({ now: "2026-12-01T12:00:00Z" });

const code401 = async (res: Response) => {
  expect(res.status).toBe(401);
  return ((await res.json()) as any).error;
};

describe("POST /api/v1/auth/start", () => {
  it("answers a known and an unknown address alike, and mails each a link and a code", async () => {
    await signIn(t.stack, t.mail, "known@example.com");
    const known = await startSignIn(t.stack, "known@example.com");
    const unknown = await startSignIn(t.stack, "stranger@example.com");
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    const [a, b] = [(await known.json()) as any, (await unknown.json()) as any];
    expect(a.message.replace("known@example.com", "X")).toBe(b.message.replace("stranger@example.com", "X"));
    const [mailA, mailB] = [await signInMail(t.mail, "known@example.com"), await signInMail(t.mail, "stranger@example.com")];
    const shape = (text: string) => text.replace(/\/signin\/[A-Za-z0-9_-]{43}/, "/signin/T").replace(/\d{6}/g, "C");
    expect(shape(mailA.text)).toBe(shape(mailB.text));
    expect(await t.stack.keys("ACCOUNT#", "EMAIL#stranger")).not.toContain("EMAIL#stranger@example.com|ACCOUNT");
  });

  it("refuses what is not an address, naming the field, and stores nothing", async () => {
    const res = await fetch(t.stack.url("/api/v1/auth/start"), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "not an address" }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).error.issues[0].path).toBe("email");
    expect(await t.stack.keys("SIGNIN#not")).toEqual([]);
  });
});

describe("POST /api/v1/auth/verify", () => {
  it("signs in with the code: an HttpOnly, SameSite=Lax session cookie, and the account made once", async () => {
    await startSignIn(t.stack, "Nia@Example.com");
    const { code } = await signInMail(t.mail, "nia@example.com");
    const res = await verify(t.stack, "nia@example.com", code);
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("cc_session="))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/i); // the local stack is http://127.0.0.1
    const body = (await res.json()) as any;
    expect(body).toMatchObject({ created: true, account: { email: "nia@example.com", handle: null } });

    const again = await signIn(t.stack, t.mail, "nia@example.com");
    expect(again.body).toMatchObject({ created: false, account: { id: body.account.id } });
  });

  it("takes each code once", async () => {
    await startSignIn(t.stack, "once@example.com");
    const { code } = await signInMail(t.mail, "once@example.com");
    expect((await verify(t.stack, "once@example.com", code)).status).toBe(200);
    expect((await code401(await verify(t.stack, "once@example.com", code))).code).toBe("UNAUTHENTICATED");
  });

  it("voids the code after five wrong tries: the sixth fails even when right", async () => {
    await startSignIn(t.stack, "guess@example.com");
    const { code } = await signInMail(t.mail, "guess@example.com");
    const wrong = code === "000000" ? "111111" : "000000";
    for (let i = 0; i < 5; i++) {
      const error = await code401(await verify(t.stack, "guess@example.com", wrong));
      expect(error.issues[0].path).toBe("code");
    }
    const sixth = await code401(await verify(t.stack, "guess@example.com", code));
    expect(sixth.message).toMatch(/too many/);
  });

  it("refuses parallel guesses beyond five, whatever they hold", async () => {
    await startSignIn(t.stack, "burst@example.com");
    const { code } = await signInMail(t.mail, "burst@example.com");
    const guesses = Array.from({ length: 20 }, (_, i) => String((Number(code) + 1 + i) % 1_000_000).padStart(6, "0"));
    const results = await Promise.all(guesses.map((g) => verify(t.stack, "burst@example.com", g)));
    expect(results.every((r) => r.status === 401)).toBe(true);
    expect((await verify(t.stack, "burst@example.com", code)).status).toBe(401);
  });

  it("expires codes after 15 minutes; a newer sign-in voids the older code", async () => {
    await startSignIn(t.stack, "late@example.com");
    const old = await signInMail(t.mail, "late@example.com");
    await startSignIn(t.stack, "late@example.com");
    const fresh = await signInMail(t.mail, "late@example.com");
    if (old.code !== fresh.code) expect((await verify(t.stack, "late@example.com", old.code)).status).toBe(401);
    t.now += 15 * MINUTE;
    try {
      expect((await code401(await verify(t.stack, "late@example.com", fresh.code))).message).toMatch(/expired/);
    } finally {
      t.now -= 15 * MINUTE;
    }
  });
});

describe("the sign-in link", () => {
  it("shows a button on GET and signs in only on POST, once", async () => {
    await startSignIn(t.stack, "link@example.com");
    const { token } = await signInMail(t.mail, "link@example.com");
    const shown = await fetch(t.stack.url(`/signin/${token}`));
    expect(shown.status).toBe(200);
    expect(shown.headers.getSetCookie()).toEqual([]);
    expect(await shown.text()).toContain(`action="/signin/${token}"`);

    const post = () => fetch(t.stack.url(`/signin/${token}`), { method: "POST", headers: { origin: t.stack.appUrl }, redirect: "manual" });
    const signedIn = await post();
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.get("location")).toBe("/onboarding");
    const me = asBrowser(t.stack, sessionFrom(signedIn));
    expect((await me("/api/v1/me/tokens")).status).toBe(200);

    expect((await post()).status).toBe(410);
    expect((await fetch(t.stack.url(`/signin/${token}`))).status).toBe(410);
  });

  it("refuses a sign-in POST sent from another site", async () => {
    await startSignIn(t.stack, "csrf-link@example.com");
    const { token } = await signInMail(t.mail, "csrf-link@example.com");
    const res = await fetch(t.stack.url(`/signin/${token}`), { method: "POST", headers: { origin: "https://evil.example" }, redirect: "manual" });
    expect(res.status).toBe(403);
    expect(res.headers.getSetCookie()).toEqual([]);
    expect((await fetch(t.stack.url(`/signin/${token}`))).status).toBe(200);
  });
});

describe("sessions", () => {
  it("refuse forged, malformed, expired and signed-out cookies with 401", async () => {
    const { cookie } = await signIn(t.stack, t.mail, "sessions@example.com");
    const [name, value] = cookie.split("=") as [string, string];
    const [account, secret] = value.split(".") as [string, string];
    const forged = `${name}=${account}.${secret.slice(0, -1)}${secret.endsWith("A") ? "B" : "A"}`;
    for (const bad of [forged, `${name}=garbage`, `${name}=other.${secret}`, `${name}=`]) {
      expect((await asBrowser(t.stack, bad)("/api/v1/me/tokens")).status, bad).toBe(401);
    }
    const res = await asBrowser(t.stack, cookie)("/api/v1/me/tokens");
    expect(res.status).toBe(200);

    t.now += 31 * 24 * 60 * MINUTE;
    try {
      expect((await asBrowser(t.stack, cookie)("/api/v1/me/tokens")).status).toBe(401);
    } finally {
      t.now -= 31 * 24 * 60 * MINUTE;
    }

    const out = await asBrowser(t.stack, cookie)("/api/v1/auth/signout", { method: "POST" });
    expect(out.status).toBe(200);
    expect(out.headers.getSetCookie().some((c) => /^cc_session=;/.test(c))).toBe(true);
    expect((await asBrowser(t.stack, cookie)("/api/v1/me/tokens")).status).toBe(401);
  });

  it("are rotated at sign-in: the cookie the browser had stops working", async () => {
    const { cookie: before } = await signIn(t.stack, t.mail, "rotate@example.com");
    await startSignIn(t.stack, "rotate@example.com");
    const { code } = await signInMail(t.mail, "rotate@example.com");
    const after = sessionFrom(await verify(t.stack, "rotate@example.com", code, before));
    expect(after).not.toBe(before);
    expect((await asBrowser(t.stack, before)("/api/v1/me/tokens")).status).toBe(401);
    expect((await asBrowser(t.stack, after)("/api/v1/me/tokens")).status).toBe(200);
  });

  it("sign out everywhere ends every session of the account", async () => {
    const phone = (await signIn(t.stack, t.mail, "everywhere@example.com")).cookie;
    const laptop = (await signIn(t.stack, t.mail, "everywhere@example.com")).cookie;
    const res = await asBrowser(t.stack, laptop)("/api/v1/auth/signout", { method: "POST", body: { everywhere: true } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).ended).toBe(2);
    expect((await asBrowser(t.stack, phone)("/api/v1/me/tokens")).status).toBe(401);
    expect((await asBrowser(t.stack, laptop)("/api/v1/me/tokens")).status).toBe(401);
  });
});
