/**
 * How a credential travels: a session cookie is `<account id>.<secret>`, a personal API token
 * `cc_<account id>.<secret>`. The account id says where to look; only the secret's hash is stored,
 * so the table never holds anything that signs anyone in.
 */
const SECRET = "[A-Za-z0-9_-]{43}";
const ACCOUNT = "[a-z0-9]{1,64}";
const SESSION_FORMAT = new RegExp(`^(${ACCOUNT})\\.(${SECRET})$`);
const TOKEN_FORMAT = new RegExp(`^cc_(${ACCOUNT})\\.(${SECRET})$`);

export type CredentialKind = "session" | "token";

export interface PresentedCredential {
  kind: CredentialKind;
  accountId: string;
  secret: string;
}

export function formatCredential(kind: CredentialKind, accountId: string, secret: string): string {
  return kind === "session" ? `${accountId}.${secret}` : `cc_${accountId}.${secret}`;
}

/** The parts of a presented cookie or token, or undefined when it cannot be one of ours. */
export function parseCredential(kind: CredentialKind, value: string): PresentedCredential | undefined {
  const match = (kind === "session" ? SESSION_FORMAT : TOKEN_FORMAT).exec(value);
  return match ? { kind, accountId: match[1]!, secret: match[2]! } : undefined;
}

/** What each secret is hashed as: a session's secret can never verify as a token's, nor a code as a link. */
export const hashInput = {
  credential: (kind: CredentialKind, secret: string) => `${kind}:${secret}`,
  link: (token: string) => `signin-link:${token}`,
  code: (email: string, code: string) => `signin-code:${email}:${code}`,
};

/** The public id of a credential: a prefix of its hash, enough to name it, useless to present it. */
export const credentialId = (hash: string) => hash.slice(0, 16);
