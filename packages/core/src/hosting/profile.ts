import { HANDLE_HOLD, handleIssues, type Account } from "../accounts/index.ts";
import { DomainError, invalidInput, type Host, type Issue, type Millis } from "../model/index.ts";
import { isValidTimeZone } from "../slots/index.ts";
import type { HostDeps, ProfileChange } from "./ports.ts";

/** The fields a person may change about themselves; the address and id never change. */
export interface ProfilePatch {
  handle?: string;
  name?: string;
  headline?: string;
  about?: string;
  timeZone?: string;
}

/** The public host record the booking pages read, kept in step with the account whenever it hosts. */
export function hostOf(account: Account): Host | undefined {
  if (!account.handle) return undefined;
  return {
    handle: account.id,
    publicHandle: account.handle,
    name: account.name,
    headline: account.headline,
    email: account.email,
    timeZone: account.timeZone,
  };
}

/**
 * Changes the profile in one transaction: a new handle is claimed (HANDLE_TAKEN if someone holds it),
 * the old one stays this account's for 30 days and redirects to the new; the host record follows.
 */
export async function updateProfile(deps: Pick<HostDeps, "hosts">, account: Account, patch: ProfilePatch, now: Millis): Promise<Account> {
  const next: Account = { ...account, ...definedOnly(patch), updatedAt: now, version: account.version + 1 };
  const issues = profileIssues(next, patch);
  if (issues.length) throw invalidInput(issues);
  const change: ProfileChange = {};
  if (next.handle !== account.handle && next.handle) {
    change.claim = next.handle;
    const kept = (account.previousHandles ?? []).filter((h) => h.heldUntil > now && h.handle !== next.handle);
    if (account.handle) {
      change.release = { handle: account.handle, heldUntil: now + HANDLE_HOLD };
      kept.push(change.release);
    }
    next.previousHandles = kept;
  }
  const host = hostOf(next);
  if (host) change.host = host;
  await deps.hosts.saveProfile(next, account.version, change, now);
  return next;
}

function profileIssues(next: Account, patch: ProfilePatch): Issue[] {
  const issues: Issue[] = [];
  if (patch.handle !== undefined) issues.push(...handleIssues(patch.handle));
  if (next.timeZone && !isValidTimeZone(next.timeZone)) issues.push({ path: "timeZone", message: "must be an IANA time zone such as Europe/Paris" });
  // A host's name is on every email and the booking page.
  if (next.handle && !next.name.trim()) issues.push({ path: "name", message: "is required to host: guests see it on your page and in every email" });
  return issues;
}

const definedOnly = (patch: ProfilePatch) =>
  Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as ProfilePatch;

/** The account, or NOT_FOUND: what every host-facing route starts from after requireAccount. */
export function assertHost(account: Account): string {
  if (!account.handle) {
    throw new DomainError("INVALID_TRANSITION", "handle: choose a handle first (PUT /api/v1/me) to host links", {
      issues: [{ path: "handle", message: "choose a handle first" }],
    });
  }
  return account.id;
}
