import type { Account, AccountDeps, HandleClaim } from "../accounts/index.ts";
import type { ChatRequest, Host, Link, Millis } from "../model/index.ts";
import type { UseCaseDeps } from "../usecases/ports.ts";

/** The host's requests as the dashboard groups them; "unconfirmed" (the guest has not confirmed yet) is internal. */
export type HostRequestView = "pending" | "upcoming" | "past" | "unconfirmed";

export interface HostRequestPage {
  items: ChatRequest[];
  /** Opaque; pass back as `cursor` for the next page. */
  next?: string;
}

/** What a profile write changes besides the account itself, all in one transaction. */
export interface ProfileChange {
  /** A handle to claim for the account (HANDLE_TAKEN when someone holds it). */
  claim?: string;
  /** The handle given up: kept for the account (redirecting) until heldUntil. */
  release?: { handle: string; heldUntil: Millis };
  /** The public host record the booking pages read, when the account hosts. */
  host?: Host;
}

/** Storage of what a host owns beyond the booking core: handles, the link list, the request index. */
export interface HostStore {
  getHandle(handle: string): Promise<HandleClaim | undefined>;
  /** CONFLICT when the account changed since `expectedVersion`; HANDLE_TAKEN when the claim fails. */
  saveProfile(next: Account, expectedVersion: number, change: ProfileChange, now: Millis): Promise<void>;
  /** Every link of the host, deleted ones included (they keep serving the chats booked through them). */
  listLinks(hostKey: string): Promise<Link[]>;
  /** Writes a new link; CONFLICT when a live link already has the slug (a deleted one may be replaced). */
  insertLink(link: Link): Promise<void>;
  /**
   * One page of the host's requests in a view: pending and upcoming soonest first, past newest first.
   * At most two DynamoDB calls; `cursor` is what the previous page returned as `next`.
   */
  listHostRequests(hostKey: string, view: HostRequestView, now: Millis, page: { limit: number; cursor?: string }): Promise<HostRequestPage>;
  /**
   * Deletes the account's own items — the account and its address claim, sessions, tokens, the sign-in,
   * the host record and links — and keeps its handle from anyone else until `releaseHandle.heldUntil`.
   * Requests stay: they are the guests' records too.
   */
  deleteAccount(account: Account, releaseHandle?: { handle: string; heldUntil: Millis }): Promise<void>;
}

/** Everything the host-facing use cases need: the booking core's deps plus accounts and hosts. */
export type HostDeps = UseCaseDeps & Pick<AccountDeps, "accounts" | "secrets"> & { hosts: HostStore };
