import { claimHolds } from "../accounts/index.ts";
import { DomainError, publicHandleOf, type Millis } from "../model/index.ts";
import type { UseCaseDeps } from "../usecases/ports.ts";
import type { HostStore } from "./ports.ts";

export interface ResolvedHandle {
  /** The host key the handle stands for. */
  key: string;
  /** The host's handle now: differs from the one asked for when that one was given up (redirect to it). */
  current: string;
}

/**
 * A public handle at the edge → the host key everything is stored under. A handle given up in the last
 * 30 days still resolves, to the host's current one; a released or unknown one is not found.
 */
export async function resolveHandle(
  deps: Pick<UseCaseDeps, "store"> & { hosts: Pick<HostStore, "getHandle"> },
  handle: string,
  now: Millis,
): Promise<ResolvedHandle> {
  const claim = await deps.hosts.getHandle(handle);
  if (!claim || claim.state === "released" || !claimHolds(claim, now)) throw new DomainError("NOT_FOUND", `No host at /${handle}`);
  if (claim.state === "active") return { key: claim.key, current: handle };
  const host = await deps.store.getHost(claim.key);
  if (!host) throw new DomainError("NOT_FOUND", `No host at /${handle}`);
  return { key: claim.key, current: publicHandleOf(host) };
}
