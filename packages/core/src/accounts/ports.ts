import type { Millis } from "../model/index.ts";
import type { ChatStore, Mailer, RateLimiter } from "../ports.ts";
import type { Account, Credential, SignInChallenge } from "./model.ts";
import type { CredentialKind } from "./credentials.ts";

/** Randomness and hashing, kept outside core (node:crypto in the composition root). */
export interface Secrets {
  /** `bytes` random bytes, base64url without padding. */
  token(bytes: number): string;
  /** `length` uniformly random decimal digits. */
  digits(length: number): string;
  /** A keyed one-way hash (HMAC-SHA-256 under the service's secret), lowercase hex. */
  hash(value: string): string;
}

/** Storage for accounts, sign-ins and credentials (DynamoDB in packages/aws). */
export interface AccountStore {
  /** Stores the address's challenge, replacing (and so voiding) any earlier one. */
  putChallenge(challenge: SignInChallenge): Promise<void>;
  getChallenge(email: string): Promise<SignInChallenge | undefined>;
  /** The address a sign-in link was sent to, while its challenge may still exist. */
  findChallengeEmail(linkHash: string): Promise<string | undefined>;
  /**
   * Counts one code try, atomically, only while the challenge is valid and has tries left. Returns the
   * challenge as counted, or undefined when no try may be made (missing, expired or void).
   */
  countCodeAttempt(email: string, maxAttempts: number, now: Millis): Promise<SignInChallenge | undefined>;
  /** Deletes the challenge if it is still the one with this link hash. False when someone used it first. */
  consumeChallenge(email: string, linkHash: string): Promise<boolean>;

  getAccount(id: string): Promise<Account | undefined>;
  getAccountIdByEmail(email: string): Promise<string | undefined>;
  /** Creates the account and claims its address; CONFLICT when the address already has one. */
  createAccount(account: Account): Promise<void>;

  putCredential(credential: Credential): Promise<void>;
  /** The credential and its account in one strongly consistent read. */
  getCredential(kind: CredentialKind, accountId: string, hash: string): Promise<{ credential: Credential; account: Account } | undefined>;
  listCredentials(accountId: string, kind: CredentialKind): Promise<Credential[]>;
  /** Deletes by public id; false when the account has no such credential. */
  deleteCredential(accountId: string, kind: CredentialKind, id: string): Promise<boolean>;
}

export interface AccountSettings {
  appUrl: string;
  sender: { name: string; address: string };
  rateLimitPerIpPerMinute: number;
  rateLimitPerEmailPerHour: number;
}

/** What the sign-in and credential use cases need. */
export interface AccountDeps {
  accounts: AccountStore;
  mailer: Mailer;
  rateLimiter: RateLimiter;
  secrets: Secrets;
  newId: () => string;
  settings: AccountSettings;
  /** Addresses that bounced or complained get no sign-in mail either. */
  store: Pick<ChatStore, "isSuppressed">;
}
