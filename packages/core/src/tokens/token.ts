import { createHmac, timingSafeEqual } from "node:crypto";
import { DomainError, type Millis } from "../model/index.ts";
import { isTokenAction, type TokenAction } from "./actions.ts";

export interface ActionClaims {
  requestId: string;
  action: TokenAction;
  expiresAt: Millis;
}

export const MIN_SECRET_LENGTH = 32;
/** Signs a versioned payload so a later format can never verify as this one. */
const DOMAIN = "cc1.";
const B64URL = /^[A-Za-z0-9_-]+$/;
const MAC_BYTES = 32;

/**
 * `<payload>.<mac>`, both base64url without padding. The payload is `<action>.<expiresAt base36>.<requestId>`,
 * so an id may hold any character; a 32-hex id makes a token of about 120 characters.
 */
export function signActionToken(claims: ActionClaims, secret: string): string {
  assertSecret(secret);
  if (!claims.requestId) throw new RangeError("requestId must not be empty");
  if (!isTokenAction(claims.action)) throw new RangeError(`unknown token action: ${String(claims.action)}`);
  if (!Number.isSafeInteger(claims.expiresAt) || claims.expiresAt < 0) throw new RangeError("expiresAt must be epoch ms");
  const payload = Buffer.from(`${claims.action}.${claims.expiresAt.toString(36)}.${claims.requestId}`).toString("base64url");
  return `${payload}.${mac(payload, secret).toString("base64url")}`;
}

/** The signature is checked before anything else, so a forged token can only ever be "invalid". */
export function verifyActionToken(token: string, secret: string, now: Millis, expectedAction?: TokenAction): ActionClaims {
  assertSecret(secret);
  const claims = parse(token, secret);
  if (expectedAction !== undefined && claims.action !== expectedAction) throw invalid("made for another action");
  if (now >= claims.expiresAt) throw new DomainError("TOKEN_EXPIRED", "This link has expired");
  return claims;
}

function parse(token: string, secret: string): ActionClaims {
  const parts = typeof token === "string" ? token.split(".") : [];
  if (parts.length !== 2) throw invalid("malformed");
  const [payload, signature] = parts as [string, string];
  const given = decode(signature);
  if (!given || given.length !== MAC_BYTES || !timingSafeEqual(given, mac(payload, secret))) throw invalid("bad signature");
  const text = decode(payload)?.toString("utf8") ?? "";
  const match = /^([a-z_]+)\.([0-9a-z]+)\.(.+)$/s.exec(text);
  if (!match || !isTokenAction(match[1]!)) throw invalid("malformed payload");
  const expiresAt = Number.parseInt(match[2]!, 36);
  if (!Number.isSafeInteger(expiresAt)) throw invalid("malformed expiry");
  return { requestId: match[3]!, action: match[1], expiresAt };
}

/** Only canonical base64url: otherwise the unused low bits of the last character could be altered freely. */
function decode(text: string): Buffer | undefined {
  if (!B64URL.test(text)) return undefined;
  const bytes = Buffer.from(text, "base64url");
  return bytes.toString("base64url") === text ? bytes : undefined;
}

const mac = (payload: string, secret: string) => createHmac("sha256", secret).update(DOMAIN + payload).digest();

function assertSecret(secret: string) {
  if (typeof secret !== "string" || secret.length < MIN_SECRET_LENGTH) {
    throw new RangeError(`the token secret must be at least ${MIN_SECRET_LENGTH} characters`);
  }
}

const invalid = (why: string) => new DomainError("TOKEN_INVALID", `This link is not valid (${why})`);
