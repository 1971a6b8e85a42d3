import { Hono, type Context } from "hono";
import {
  checkSignInLink,
  DomainError,
  endCredential,
  signInWithCode,
  signInWithLink,
  startSignIn,
  type SignedIn,
} from "@coffeechat/core";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { HtmlBody } from "../html-body.ts";
import type { AppDeps } from "../../deps.ts";
import { VerifyBody, Email } from "../../api/accounts/schemas.ts";
import { currentAccount } from "../../http/auth.ts";
import { clientIp } from "../../http/client-ip.ts";
import { statusOf } from "../../http/errors.ts";
import { assertSameOrigin } from "../../http/same-origin.ts";
import { sessionCookie } from "../../http/session-cookie.ts";
import { errorsFrom } from "../form-fields.tsx";
import { CodePage, SignInLinkPage, SignInPage } from "./signin-pages.tsx";
import { safeNext } from "./next-path.ts";

const str = (v: unknown) => (typeof v === "string" ? v : "");

export function signInRoutes(deps: AppDeps) {
  const pages = new Hono();
  const cookie = sessionCookie(deps.settings.appUrl);

  pages.get("/signin", async (c) => {
    const next = safeNext(c.req.query("next"));
    if (await currentAccount(c, deps)) return c.redirect(next ?? "/dashboard", 303);
    return page(c, <SignInPage {...(next ? { next } : {})} errors={{}} />);
  });

  pages.post("/signin", async (c) => {
    assertSameOrigin(c, deps.settings.appUrl);
    const form = await c.req.parseBody();
    const next = safeNext(form["next"]);
    const typed = str(form["email"]);
    const keep = { email: typed, ...(next ? { next } : {}) };
    const parsed = Email.safeParse(typed);
    if (!parsed.success) {
      return page(c, <SignInPage {...keep} errors={{ email: parsed.error.issues[0]?.message ?? "is not valid" }} banner="Please check your email address." />, 400);
    }
    try {
      await startSignIn(deps, parsed.data, { ip: clientIp(c), now: deps.clock() });
    } catch (e) {
      if (!(e instanceof DomainError) || e.code !== "RATE_LIMITED") throw e;
      c.header("Retry-After", String(e.details.retryAfterSeconds ?? 60));
      return page(c, <SignInPage {...keep} errors={{}} banner={e.message} />, 429);
    }
    return page(c, <CodePage email={parsed.data} {...(next ? { next } : {})} errors={{}} sent />);
  });

  pages.post("/signin/code", async (c) => {
    assertSameOrigin(c, deps.settings.appUrl);
    const form = await c.req.parseBody();
    const next = safeNext(form["next"]);
    const email = str(form["email"]);
    const code = str(form["code"]).trim();
    const keep = { email, code, ...(next ? { next } : {}), sent: false };
    const parsed = VerifyBody.safeParse({ email, code });
    if (!parsed.success) {
      const errors = errorsFrom(parsed.error.issues.map((i) => ({ path: String(i.path[0] ?? "code"), message: i.message })));
      if (errors["email"]) return page(c, <SignInPage email={email} {...(next ? { next } : {})} errors={errors} banner="Please check your email address." />, 400);
      return page(c, <CodePage {...keep} errors={errors} />, 400);
    }
    try {
      return signedIn(c, await signInWithCode(deps, parsed.data.email, parsed.data.code, meta(c)), next);
    } catch (e) {
      if (!(e instanceof DomainError) || e.code !== "UNAUTHENTICATED") throw e;
      return page(c, <CodePage {...keep} errors={errorsFrom(e.details.issues)} />, statusOf(e));
    }
  });

  pages.get("/signin/:token", async (c) => {
    const token = c.req.param("token");
    const state = await checkSignInLink(deps, token, deps.clock());
    c.header("Referrer-Policy", "no-referrer");
    return page(c, <SignInLinkPage token={token} state={state} />, state === "ready" ? 200 : 410);
  });

  pages.post("/signin/:token", async (c) => {
    assertSameOrigin(c, deps.settings.appUrl);
    const token = c.req.param("token");
    try {
      return signedIn(c, await signInWithLink(deps, token, meta(c)), undefined);
    } catch (e) {
      if (!(e instanceof DomainError) || e.code !== "UNAUTHENTICATED") throw e;
      const state = await checkSignInLink(deps, token, deps.clock());
      return page(c, <SignInLinkPage token={token} state={state === "ready" ? "used" : state} banner={e.message.replace(/^token: /, "")} />, 410);
    }
  });

  pages.post("/signout", async (c) => {
    assertSameOrigin(c, deps.settings.appUrl);
    const value = cookie.read(c);
    if (value) await endCredential(deps, "session", value);
    cookie.clear(c);
    return c.redirect("/signin", 303);
  });

  /** A new session replaces whatever cookie the browser had; first-timers start at onboarding. */
  function signedIn(c: Context, result: SignedIn, next: string | undefined) {
    cookie.set(c, result.sessionToken);
    return c.redirect(next ?? (result.account.handle ? "/dashboard" : "/onboarding"), 303);
  }

  function meta(c: Context) {
    return { now: deps.clock(), userAgent: c.req.header("user-agent"), previousSession: cookie.read(c) };
  }

  return pages;
}

function page(c: Context, body: HtmlBody, status: ContentfulStatusCode = 200) {
  c.header("Cache-Control", "no-store");
  return c.html(body, status);
}
