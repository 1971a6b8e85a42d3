import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { endCredential, signInWithCode, signOutEverywhere, startSignIn, type Account } from "@coffeechat/core";
import type { AppDeps } from "../../deps.ts";
import { requireAccount, type AccountEnv } from "../../http/auth.ts";
import { clientIp } from "../../http/client-ip.ts";
import { sessionCookie } from "../../http/session-cookie.ts";
import { validationHook } from "../validation-hook.ts";
import { readOptionalJson } from "../optional-json.ts";
import { errors, SIGNED_IN } from "./openapi-common.ts";
import { SignedIn, SignedOut, SignInStarted, SignOutBody, StartSignInBody, VerifyBody } from "./schemas.ts";

const json = <T>(schema: T) => ({ "application/json": { schema } });

const startRoute = createRoute({
  method: "post",
  path: "/api/v1/auth/start",
  summary: "Email a sign-in link and a 6-digit code (202 whether or not the address has an account)",
  request: { body: { required: true, content: json(StartSignInBody) } },
  responses: { 202: { description: "Sent, if the address can receive mail", content: json(SignInStarted) }, ...errors(400, 429) },
});

const verifyRoute = createRoute({
  method: "post",
  path: "/api/v1/auth/verify",
  summary: "Sign in with the emailed code; sets the session cookie (a new account on first sign-in)",
  request: { body: { required: true, content: json(VerifyBody) } },
  responses: {
    200: { description: "Signed in; Set-Cookie carries the session", content: json(SignedIn) },
    ...errors(400, 401),
  },
});

const signOutRoute = createRoute({
  method: "post",
  path: "/api/v1/auth/signout",
  summary: "End this session, or with everywhere: true every session of the account",
  security: SIGNED_IN,
  request: { body: { required: false, content: json(SignOutBody) } },
  responses: { 200: { description: "Signed out", content: json(SignedOut) }, ...errors(400, 401, 403) },
});

export const toProfile = (a: Account) => ({
  id: a.id,
  email: a.email,
  handle: a.handle ?? null,
  name: a.name,
  headline: a.headline,
  about: a.about,
  timeZone: a.timeZone,
});

/** Signing out needs no body; one that is sent must still be valid. */
const optionalBody = (req: { text(): Promise<string> }) => readOptionalJson(req, SignOutBody);

export function authRoutes(deps: AppDeps) {
  const api = new OpenAPIHono<AccountEnv>({ defaultHook: validationHook });
  const cookie = sessionCookie(deps.settings.appUrl);

  api.openapi(startRoute, async (c) => {
    const { email } = c.req.valid("json");
    await startSignIn(deps, email, { ip: clientIp(c), now: deps.clock() });
    return c.json({ message: `A sign-in link and code are on their way to ${email}. They work once, for 15 minutes.` }, 202);
  });

  api.openapi(verifyRoute, async (c) => {
    const { email, code } = c.req.valid("json");
    const signedIn = await signInWithCode(deps, email, code, {
      now: deps.clock(),
      userAgent: c.req.header("user-agent"),
      previousSession: cookie.read(c),
    });
    cookie.set(c, signedIn.sessionToken);
    c.header("Cache-Control", "no-store");
    return c.json({ account: toProfile(signedIn.account), created: signedIn.created }, 200);
  });

  api.use(signOutRoute.path, requireAccount(deps));
  api.openapi(signOutRoute, async (c) => {
    const body = await optionalBody(c.req);
    const account = c.get("account");
    let ended = 0;
    if (body.everywhere) ended = await signOutEverywhere(deps, account.id);
    else {
      const value = cookie.read(c);
      if (value && c.get("credential").kind === "session") {
        await endCredential(deps, "session", value);
        ended = 1;
      }
    }
    if (c.get("credential").kind === "session") cookie.clear(c);
    return c.json({ ended }, 200);
  });

  return api;
}
