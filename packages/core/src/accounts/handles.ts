import { DAY, type Issue, type Millis } from "../model/index.ts";

/** An old handle redirects (and a deleted account's handle stays unclaimable) this long. */
export const HANDLE_HOLD: Millis = 30 * DAY;

/**
 * Words that are, or may become, paths of the site itself: a host called "dashboard" would shadow the
 * dashboard. Checked after lower-casing.
 */
export const RESERVED_HANDLES: ReadonlySet<string> = new Set([
  "a", "about", "account", "accounts", "admin", "api", "app", "assets", "auth", "blog", "coffeechat", "dashboard",
  "docs", "export", "favicon", "guest", "guests", "health", "help", "home", "host", "hosts", "journal", "legal",
  "link", "links", "login", "logout", "me", "new", "null", "onboarding", "openapi", "privacy", "public", "robots",
  "root", "security", "settings", "signin", "signout", "signup", "static", "status", "support", "terms", "undefined",
  "well-known", "www",
]);

const SHAPE = /^[a-z0-9-]{3,30}$/;

/** Everything wrong with a handle as typed (already lower-cased); empty when it may be claimed. */
export function handleIssues(handle: string, path = "handle"): Issue[] {
  if (!SHAPE.test(handle)) {
    return [{ path, message: "must be 3 to 30 lowercase letters, digits or dashes" }];
  }
  if (handle.startsWith("-") || handle.endsWith("-")) return [{ path, message: "must not start or end with a dash" }];
  if (RESERVED_HANDLES.has(handle)) return [{ path, message: `"${handle}" is reserved; please pick another` }];
  return [];
}

/** A previous or released claim stops holding the handle once its time is up. */
export function claimHolds(claim: { state: string; heldUntil?: Millis }, now: Millis): boolean {
  return claim.state === "active" || (claim.heldUntil !== undefined && now < claim.heldUntil);
}
