import { composeEmail } from "../messages/index.ts";
import { DomainError, type Millis } from "../model/index.ts";
import { hashInput } from "./credentials.ts";
import type { Account } from "./model.ts";
import type { AccountDeps } from "./ports.ts";
import { challengeState, CODE_LENGTH, MAX_CODE_ATTEMPTS, newChallenge, normalizeEmail, sameHash, SECRET_BYTES } from "./rules.ts";
import { signInEmail } from "./sign-in-email.ts";
import { openSession, type SessionMeta, type OpenedSession } from "./sessions.ts";

export interface SignInRequestContext {
  ip: string;
  now: Millis;
}

/**
 * Mails a sign-in link and code to the address, known or not: the caller answers the same either way,
 * so nobody can learn who has an account. Limited per address and per IP, as booking requests are.
 */
export async function startSignIn(deps: AccountDeps, rawEmail: string, ctx: SignInRequestContext): Promise<void> {
  const email = normalizeEmail(rawEmail);
  const { rateLimitPerIpPerMinute, rateLimitPerEmailPerHour } = deps.settings;
  const byIp = await deps.rateLimiter.hit(`signin-ip:${ctx.ip}`, rateLimitPerIpPerMinute, 60, ctx.now);
  if (!byIp.allowed) throw limited(byIp.retryAfterSeconds);
  const byEmail = await deps.rateLimiter.hit(`signin-email:${email}`, rateLimitPerEmailPerHour, 3600, ctx.now);
  if (!byEmail.allowed) throw limited(byEmail.retryAfterSeconds);

  const token = deps.secrets.token(SECRET_BYTES);
  const code = deps.secrets.digits(CODE_LENGTH);
  const linkHash = deps.secrets.hash(hashInput.link(token));
  const challenge = newChallenge(email, { linkHash, codeHash: deps.secrets.hash(hashInput.code(email, code)) }, ctx.now);
  await deps.accounts.putChallenge(challenge);
  if (await deps.store.isSuppressed(email)) return;

  const content = signInEmail({ signInUrl: `${deps.settings.appUrl}/signin/${token}` }, code);
  const raw = await composeEmail({
    from: deps.settings.sender,
    to: { name: "", address: email },
    subject: content.subject,
    text: content.text,
    html: content.html,
    messageId: `signin.${linkHash.slice(0, 32)}`,
    date: ctx.now,
  });
  await deps.mailer.send({ to: email, raw });
}

export interface SignedIn extends OpenedSession {
  account: Account;
  /** The account was made by this sign-in: the place to start is onboarding. */
  created: boolean;
}

/**
 * Signs in with the 6-digit code. Every try is counted before the code is compared, so at most five
 * codes are ever compared per challenge, however many arrive at once; the sixth try fails even when right.
 */
export async function signInWithCode(deps: AccountDeps, rawEmail: string, code: string, meta: SessionMeta): Promise<SignedIn> {
  const email = normalizeEmail(rawEmail);
  const counted = await deps.accounts.countCodeAttempt(email, MAX_CODE_ATTEMPTS, meta.now);
  if (!counted) throw codeRefused(challengeState(await deps.accounts.getChallenge(email), meta.now));
  if (!sameHash(counted.codeHash, deps.secrets.hash(hashInput.code(email, code)))) {
    const left = MAX_CODE_ATTEMPTS - counted.attempts;
    throw left > 0
      ? refused("code", `is not right; ${left} ${left === 1 ? "try" : "tries"} left`)
      : codeRefused("void");
  }
  if (!(await deps.accounts.consumeChallenge(email, counted.linkHash))) throw codeRefused("missing");
  return finish(deps, email, meta);
}

/** Whether a sign-in link can still be used: what its page shows before the button is pressed. */
export async function checkSignInLink(deps: AccountDeps, token: string, now: Millis): Promise<"ready" | "used" | "expired"> {
  const found = await findLinkChallenge(deps, token);
  if (!found) return "used";
  return now < found.challenge.validUntil ? "ready" : "expired";
}

/** Signs in with the emailed link (its POST: a GET only shows the button). */
export async function signInWithLink(deps: AccountDeps, token: string, meta: SessionMeta): Promise<SignedIn> {
  const found = await findLinkChallenge(deps, token);
  if (!found) throw refused("token", "this sign-in link was used already or replaced by a newer one; ask for a new one");
  if (meta.now >= found.challenge.validUntil) throw refused("token", "this sign-in link has expired; ask for a new one");
  if (!(await deps.accounts.consumeChallenge(found.challenge.email, found.linkHash))) {
    throw refused("token", "this sign-in link was used already; ask for a new one");
  }
  return finish(deps, found.challenge.email, meta);
}

async function findLinkChallenge(deps: AccountDeps, token: string) {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
  const linkHash = deps.secrets.hash(hashInput.link(token));
  const email = await deps.accounts.findChallengeEmail(linkHash);
  const challenge = email ? await deps.accounts.getChallenge(email) : undefined;
  if (!challenge || !sameHash(challenge.linkHash, linkHash)) return undefined;
  return { challenge, linkHash };
}

/** The address is proven: its account (made now if it has none) gets a fresh session. */
async function finish(deps: AccountDeps, email: string, meta: SessionMeta): Promise<SignedIn> {
  const { account, created } = await accountFor(deps, email, meta.now);
  const session = await openSession(deps, account.id, meta);
  return { ...session, account, created };
}

async function accountFor(deps: AccountDeps, email: string, now: Millis): Promise<{ account: Account; created: boolean }> {
  const existingId = await deps.accounts.getAccountIdByEmail(email);
  const existing = existingId ? await deps.accounts.getAccount(existingId) : undefined;
  if (existing) return { account: existing, created: false };
  const account: Account = {
    id: deps.newId(),
    email,
    name: "",
    headline: "",
    about: "",
    timeZone: "UTC",
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  try {
    await deps.accounts.createAccount(account);
    return { account, created: true };
  } catch (e) {
    // Two sign-ins of a new address at once: the other one made the account.
    if (!(e instanceof DomainError) || e.code !== "CONFLICT") throw e;
    const id = await deps.accounts.getAccountIdByEmail(email);
    const raced = id ? await deps.accounts.getAccount(id) : undefined;
    if (!raced) throw e;
    return { account: raced, created: false };
  }
}

function codeRefused(state: ReturnType<typeof challengeState>): DomainError {
  if (state === "void") return refused("code", "was tried wrong too many times; ask for a new code");
  return refused("code", "has expired or was replaced by a newer one; ask for a new code");
}

const refused = (path: string, message: string) =>
  new DomainError("UNAUTHENTICATED", `${path}: ${message}`, { issues: [{ path, message }] });

const limited = (retryAfterSeconds: number) =>
  new DomainError("RATE_LIMITED", `Too many sign-in emails; try again in ${retryAfterSeconds} seconds`, { retryAfterSeconds });
