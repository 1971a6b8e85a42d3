import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { SESSION_LIFETIME } from "@coffeechat/core";

/**
 * The session cookie: HttpOnly, SameSite=Lax, and Secure with the __Host- prefix whenever the app is
 * served over https (everywhere but the local stack, whose APP_URL is http://127.0.0.1).
 */
export function sessionCookie(appUrl: string) {
  const secure = appUrl.startsWith("https:");
  const name = secure ? "__Host-cc_session" : "cc_session";
  return {
    name,
    read: (c: Context): string | undefined => getCookie(c, name),
    set: (c: Context, value: string) =>
      setCookie(c, name, value, { httpOnly: true, sameSite: "Lax", secure, path: "/", maxAge: SESSION_LIFETIME / 1000 }),
    clear: (c: Context) => deleteCookie(c, name, { httpOnly: true, sameSite: "Lax", secure, path: "/" }),
  };
}
