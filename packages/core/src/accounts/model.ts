import type { Millis } from "../model/index.ts";

/** One per email address: a person signs in the same way whether they host, seek, or both. */
export interface Account {
  /** Immutable; a host's key (HostKey) is their account id. */
  id: string;
  /** Lower-cased and trimmed. */
  email: string;
  /** The public handle, once chosen. */
  handle?: string;
  /** Handles given up, each still this account's (and redirecting) until heldUntil. */
  previousHandles?: { handle: string; heldUntil: Millis }[];
  name: string;
  headline: string;
  about: string;
  timeZone: string;
  createdAt: Millis;
  updatedAt: Millis;
  /** Rises on every profile change: the concurrency guard of the profile write. */
  version: number;
}

/** The open sign-in of one address: a link and a code, only their hashes kept. */
export interface SignInChallenge {
  email: string;
  linkHash: string;
  codeHash: string;
  /** Codes tried so far, the right one included. */
  attempts: number;
  createdAt: Millis;
  validUntil: Millis;
}

/** A signed-in browser (cookie) or a personal API token (bearer), stored only as a hash. */
export interface Credential {
  kind: "session" | "token";
  accountId: string;
  hash: string;
  /** Public and short: names the credential in lists and DELETE paths; never enough to use it. */
  id: string;
  createdAt: Millis;
  /** Sessions end; personal tokens last until revoked. */
  validUntil?: Millis;
  /** Tokens: the name their owner gave. Sessions: the browser, as its User-Agent said. */
  label: string;
}

/** Who holds a public handle: the current holder, or one it is kept for a while after a change or a deletion. */
export interface HandleClaim {
  handle: string;
  key: string;
  state: "active" | "previous" | "released";
  /** previous and released: until when nobody else may take it (a previous one redirects until then). */
  heldUntil?: Millis;
}
