import { textOf } from "./chat.ts";
import type { recordingMailer } from "./recording-mailer.ts";
import type { TestStack } from "./stack.ts";

type Mail = ReturnType<typeof recordingMailer>;

/** The newest sign-in email to an address: its link token and its code. */
export async function signInMail(mail: Mail, to: string) {
  const last = [...mail.sent].reverse().find((m) => m.to === to && /sign-in code/.test(m.raw));
  if (!last) throw new Error(`no sign-in mail to ${to}`);
  const text = await textOf(last.raw);
  const token = /\/signin\/([A-Za-z0-9_-]{43})/.exec(text)?.[1];
  const code = /^Code: (\d{6})$/m.exec(text)?.[1];
  if (!token || !code) throw new Error(`sign-in mail without link or code:\n${text}`);
  return { token, code, text };
}

/** Browser-like JSON calls: the cookie, and the Origin a page of our own would send. */
export function asBrowser(stack: TestStack, cookie: string) {
  return (path: string, init: { method?: string; body?: unknown; origin?: string | null } = {}) =>
    fetch(stack.url(path), {
      method: init.method ?? "GET",
      headers: {
        cookie,
        ...(init.origin === null ? {} : { origin: init.origin ?? stack.appUrl }),
        ...(init.body !== undefined ? { "content-type": "application/json" } : {}),
      },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
      redirect: "manual",
    });
}

export function asBearer(stack: TestStack, token: string) {
  return (path: string, init: { method?: string; body?: unknown } = {}) =>
    fetch(stack.url(path), {
      method: init.method ?? "GET",
      headers: { authorization: `Bearer ${token}`, ...(init.body !== undefined ? { "content-type": "application/json" } : {}) },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
}

/** The `name=value` pair of the session cookie a response set, for the next request's Cookie header. */
export function sessionFrom(res: Response): string {
  const set = res.headers.getSetCookie().find((c) => /^(__Host-)?cc_session=/.test(c));
  if (!set) throw new Error(`no session cookie in ${res.status}`);
  return set.split(";")[0]!;
}

export async function startSignIn(stack: TestStack, email: string) {
  return fetch(stack.url("/api/v1/auth/start"), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email }),
  });
}

export async function verify(stack: TestStack, email: string, code: string, cookie?: string) {
  return fetch(stack.url("/api/v1/auth/verify"), {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ email, code }),
  });
}

/** Signs in through the API and the local mail, as a person with two tabs would; returns the cookie. */
export async function signIn(stack: TestStack, mail: Mail, email: string): Promise<{ cookie: string; body: any }> {
  const started = await startSignIn(stack, email);
  if (started.status !== 202) throw new Error(`auth/start: ${started.status} ${await started.text()}`);
  const { code } = await signInMail(mail, email);
  const res = await verify(stack, email, code);
  if (res.status !== 200) throw new Error(`auth/verify: ${res.status} ${await res.text()}`);
  return { cookie: sessionFrom(res), body: await res.json() };
}

/** A new host: signed in, with a handle, a name and a zone. */
export async function becomeHost(stack: TestStack, mail: Mail, email: string, handle: string, timeZone = "Europe/London") {
  const { cookie } = await signIn(stack, mail, email);
  const me = asBrowser(stack, cookie);
  const res = await me("/api/v1/me", { method: "PUT", body: { handle, name: `Host ${handle}`, headline: "Engineer", timeZone } });
  if (res.status !== 200) throw new Error(`PUT /api/v1/me: ${res.status} ${await res.text()}`);
  return { cookie, me, profile: (await res.json()) as any };
}

/** The five fields a link needs: weekday mornings, video. */
export const minimalLink = (slug: string, overrides: Record<string, unknown> = {}) => ({
  slug,
  title: "Coffee with me",
  durationMinutes: 30,
  weeklyHours: { "1": [{ start: "09:00", end: "12:00" }], "2": [{ start: "09:00", end: "12:00" }], "3": [{ start: "09:00", end: "12:00" }] },
  formats: [{ kind: "video", details: "https://meet.example.com/me" }],
  ...overrides,
});
