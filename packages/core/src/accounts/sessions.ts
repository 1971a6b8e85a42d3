import { DomainError, type Millis } from "../model/index.ts";
import { credentialId, formatCredential, hashInput, parseCredential, type CredentialKind } from "./credentials.ts";
import type { Account, Credential } from "./model.ts";
import type { AccountDeps } from "./ports.ts";
import { isLive, sameHash, SECRET_BYTES, SESSION_LIFETIME } from "./rules.ts";

export interface SessionMeta {
  now: Millis;
  /** The browser's User-Agent, to tell sessions apart in the settings. */
  userAgent?: string | undefined;
  /** The session cookie the browser already had: ended, so a sign-in always starts a new session. */
  previousSession?: string | undefined;
}

export interface OpenedSession {
  /** The cookie value; shown to nobody but the browser that signed in. */
  sessionToken: string;
  credential: Credential;
}

export interface Authenticated {
  account: Account;
  credential: Credential;
}

export async function openSession(deps: Pick<AccountDeps, "accounts" | "secrets">, accountId: string, meta: SessionMeta): Promise<OpenedSession> {
  if (meta.previousSession) await endCredential(deps, "session", meta.previousSession);
  const secret = deps.secrets.token(SECRET_BYTES);
  const hash = deps.secrets.hash(hashInput.credential("session", secret));
  const credential: Credential = {
    kind: "session",
    accountId,
    hash,
    id: credentialId(hash),
    createdAt: meta.now,
    validUntil: meta.now + SESSION_LIFETIME,
    label: describeBrowser(meta.userAgent),
  };
  await deps.accounts.putCredential(credential);
  return { sessionToken: formatCredential("session", accountId, secret), credential };
}

/**
 * The account behind a cookie or bearer token, or UNAUTHENTICATED: malformed, forged, expired,
 * signed out and revoked all look the same from outside.
 */
export async function authenticate(
  deps: Pick<AccountDeps, "accounts" | "secrets">,
  kind: CredentialKind,
  value: string,
  now: Millis,
): Promise<Authenticated> {
  const presented = parseCredential(kind, value);
  if (!presented) throw unauthenticated();
  const hash = deps.secrets.hash(hashInput.credential(kind, presented.secret));
  const found = await deps.accounts.getCredential(kind, presented.accountId, hash);
  if (!found || !sameHash(found.credential.hash, hash) || !isLive(found.credential, now)) throw unauthenticated();
  return found;
}

/** Signs one browser out (the cookie it presented); nothing to do when it was not signed in. */
export async function endCredential(deps: Pick<AccountDeps, "accounts" | "secrets">, kind: CredentialKind, value: string): Promise<void> {
  const presented = parseCredential(kind, value);
  if (!presented) return;
  const hash = deps.secrets.hash(hashInput.credential(kind, presented.secret));
  await deps.accounts.deleteCredential(presented.accountId, kind, credentialId(hash));
}

/** Ends every session of the account, this browser's included. Personal API tokens stay. */
export async function signOutEverywhere(deps: Pick<AccountDeps, "accounts">, accountId: string): Promise<number> {
  const sessions = await deps.accounts.listCredentials(accountId, "session");
  for (const s of sessions) await deps.accounts.deleteCredential(accountId, "session", s.id);
  return sessions.length;
}

/** Live sessions, newest first. */
export async function listSessions(deps: Pick<AccountDeps, "accounts">, accountId: string, now: Millis): Promise<Credential[]> {
  const sessions = await deps.accounts.listCredentials(accountId, "session");
  return sessions.filter((s) => isLive(s, now)).sort((a, b) => b.createdAt - a.createdAt);
}

export async function endSession(deps: Pick<AccountDeps, "accounts">, accountId: string, id: string): Promise<void> {
  if (!(await deps.accounts.deleteCredential(accountId, "session", id))) {
    throw new DomainError("NOT_FOUND", `No session ${id}`);
  }
}

/** "Firefox on macOS": enough to recognise a device in a list, nothing more is kept. */
export function describeBrowser(userAgent: string | undefined): string {
  const ua = userAgent ?? "";
  const browser = /Edg\//.test(ua)
    ? "Edge"
    : /Firefox\//.test(ua)
      ? "Firefox"
      : /Chrom(e|ium)\//.test(ua)
        ? "Chrome"
        : /Safari\//.test(ua)
          ? "Safari"
          : /curl\//.test(ua)
            ? "curl"
            : "A browser";
  const system = /Android/.test(ua)
    ? "Android"
    : /iPhone|iPad/.test(ua)
      ? "iOS"
      : /Mac OS X/.test(ua)
        ? "macOS"
        : /Windows/.test(ua)
          ? "Windows"
          : /Linux/.test(ua)
            ? "Linux"
            : "";
  return system ? `${browser} on ${system}` : browser;
}

const unauthenticated = () => new DomainError("UNAUTHENTICATED", "Sign in first: the session or token is missing, expired or revoked");
