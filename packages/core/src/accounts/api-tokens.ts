import { DomainError, type Millis } from "../model/index.ts";
import { credentialId, formatCredential, hashInput } from "./credentials.ts";
import type { Credential } from "./model.ts";
import type { AccountDeps } from "./ports.ts";
import { SECRET_BYTES } from "./rules.ts";

/** At most this many personal tokens per account: enough for every script, not a place to hoard them. */
export const MAX_API_TOKENS = 20;

/** A personal API token, shown this once; only its hash is kept. */
export async function createApiToken(
  deps: Pick<AccountDeps, "accounts" | "secrets">,
  accountId: string,
  name: string,
  now: Millis,
): Promise<{ id: string; token: string; credential: Credential }> {
  const existing = await deps.accounts.listCredentials(accountId, "token");
  if (existing.length >= MAX_API_TOKENS) {
    throw new DomainError("LIMIT_REACHED", `name: an account may hold ${MAX_API_TOKENS} tokens; revoke one first`, {
      issues: [{ path: "name", message: `at most ${MAX_API_TOKENS} tokens; revoke one first` }],
    });
  }
  const secret = deps.secrets.token(SECRET_BYTES);
  const hash = deps.secrets.hash(hashInput.credential("token", secret));
  const credential: Credential = { kind: "token", accountId, hash, id: credentialId(hash), createdAt: now, label: name };
  await deps.accounts.putCredential(credential);
  return { id: credential.id, token: formatCredential("token", accountId, secret), credential };
}

export async function listApiTokens(deps: Pick<AccountDeps, "accounts">, accountId: string): Promise<Credential[]> {
  return (await deps.accounts.listCredentials(accountId, "token")).sort((a, b) => b.createdAt - a.createdAt);
}

/** Another account's token id is simply not found here: each account lists only its own partition. */
export async function revokeApiToken(deps: Pick<AccountDeps, "accounts">, accountId: string, id: string): Promise<void> {
  if (!(await deps.accounts.deleteCredential(accountId, "token", id))) throw new DomainError("NOT_FOUND", `No token ${id}`);
}
