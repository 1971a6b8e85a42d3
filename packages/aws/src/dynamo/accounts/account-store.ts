import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { Account, AccountStore, Credential, CredentialKind, Millis, SignInChallenge } from "@coffeechat/core";
import type { TableContext } from "../context.ts";
import { createAccount, getAccount, getAccountIdByEmail } from "./accounts.ts";
import { consumeChallenge, countCodeAttempt, findChallengeEmail, getChallenge, putChallenge } from "./challenges.ts";
import { deleteCredential, getCredential, listCredentials, putCredential } from "./credentials.ts";

/**
 * AccountStore over the single table (keys in keys.ts, "accounts"):
 *   ACCOUNT#id / ACCOUNT — the account; EMAIL#address / ACCOUNT — its address claim
 *   ACCOUNT#id / SESSION#<hash>, TOKEN#<hash> — sessions (TTL) and personal API tokens, hashed
 *   SIGNIN#address / CHALLENGE and SIGNINLINK#<hash> / LINK — the open sign-in (TTL)
 */
export class DynamoAccountStore implements AccountStore {
  private readonly ctx: TableContext;

  constructor(options: { client: DynamoDBDocumentClient; tableName: string }) {
    this.ctx = { doc: options.client, tableName: options.tableName };
  }

  putChallenge(challenge: SignInChallenge) {
    return putChallenge(this.ctx, challenge);
  }
  getChallenge(email: string) {
    return getChallenge(this.ctx, email);
  }
  findChallengeEmail(linkHash: string) {
    return findChallengeEmail(this.ctx, linkHash);
  }
  countCodeAttempt(email: string, maxAttempts: number, now: Millis) {
    return countCodeAttempt(this.ctx, email, maxAttempts, now);
  }
  consumeChallenge(email: string, linkHash: string) {
    return consumeChallenge(this.ctx, email, linkHash);
  }

  getAccount(id: string) {
    return getAccount(this.ctx, id);
  }
  getAccountIdByEmail(email: string) {
    return getAccountIdByEmail(this.ctx, email);
  }
  createAccount(account: Account) {
    return createAccount(this.ctx, account);
  }

  putCredential(credential: Credential) {
    return putCredential(this.ctx, credential);
  }
  getCredential(kind: CredentialKind, accountId: string, hash: string) {
    return getCredential(this.ctx, kind, accountId, hash);
  }
  listCredentials(accountId: string, kind: CredentialKind) {
    return listCredentials(this.ctx, accountId, kind);
  }
  deleteCredential(accountId: string, kind: CredentialKind, id: string) {
    return deleteCredential(this.ctx, accountId, kind, id);
  }
}
