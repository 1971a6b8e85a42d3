import { KeptAtMost, MINUTE, resolveHandle, type Millis } from "@coffeechat/core";
import type { AppDeps } from "./deps.ts";

/** How long a handle's host key is kept; far below HANDLE_HOLD, which is what makes it safe (see below). */
const KEEP: Millis = 5 * MINUTE;
/** Only handles that resolved are kept, so unknown ones cannot fill it; past this many the least used goes. */
const MOST = 1000;

/**
 * A public handle → its host key, remembered for a few minutes per process (by the app's clock), so a
 * warm instance answers a submission or a booking page without reading the handle first. Safe because
 * only the key is used and a key can't go stale within KEEP: a handle its host gives up (renamed or
 * account closed) stays theirs for HANDLE_HOLD (30 days) before anyone else may take it, so within
 * KEEP of reading it active it still names the same key — a renamed handle still resolves to it, and
 * a closed account's host and links are gone, which answers 404 as the handle would. Whether the
 * handle is still the host's current one is the host record's to say (publicHandleOf): the booking
 * page reads that record anyway, and redirects a renamed handle by it.
 */
export function hostKeys(deps: AppDeps): (handle: string) => Promise<string> {
  // One per app (the API and the booking pages ask the same question), each app its own.
  let found = perApp.get(deps);
  if (!found) perApp.set(deps, (found = keyResolver(deps)));
  return found;
}

const perApp = new WeakMap<AppDeps, (handle: string) => Promise<string>>();

function keyResolver(deps: AppDeps) {
  const kept = new KeptAtMost<string, { key: string; at: Millis }>(MOST);
  return async (handle: string): Promise<string> => {
    const now = deps.clock();
    const hit = kept.get(handle);
    // A clock that went back (as tests move it) counts as a miss.
    if (hit && hit.at <= now && now < hit.at + KEEP) return hit.key;
    const { key, current } = await resolveHandle(deps, handle, now);
    kept.delete(handle);
    if (current === handle) kept.set(handle, { key, at: now });
    return key;
  };
}
