import { DAY, MINUTE, type Millis } from "../model/index.ts";
import type { Credential, SignInChallenge } from "./model.ts";

/** A sign-in link and its code work this long, once. */
export const SIGN_IN_VALIDITY: Millis = 15 * MINUTE;
/** Wrong codes allowed: the fifth wrong one voids the code, so a sixth try fails even when right. */
export const MAX_CODE_ATTEMPTS = 5;
export const CODE_LENGTH = 6;
/** A browser stays signed in this long after signing in. */
export const SESSION_LIFETIME: Millis = 30 * DAY;
/** Random bytes behind every link, session and token: 256 bits. */
export const SECRET_BYTES = 32;

export type ChallengeState = "open" | "missing" | "expired" | "void";

/** Whether a code may still be tried against this challenge, before the try is counted. */
export function challengeState(challenge: SignInChallenge | undefined, now: Millis): ChallengeState {
  if (!challenge) return "missing";
  if (now >= challenge.validUntil) return "expired";
  if (challenge.attempts >= MAX_CODE_ATTEMPTS) return "void";
  return "open";
}

/** The challenge for a new sign-in: hashes of the secrets mailed, valid for 15 minutes. */
export function newChallenge(email: string, hashes: { linkHash: string; codeHash: string }, now: Millis): SignInChallenge {
  return { email, ...hashes, attempts: 0, createdAt: now, validUntil: now + SIGN_IN_VALIDITY };
}

export function isLive(credential: Pick<Credential, "validUntil">, now: Millis): boolean {
  return credential.validUntil === undefined || now < credential.validUntil;
}

/** Compares two hashes in time independent of where they differ. */
export function sameHash(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();
