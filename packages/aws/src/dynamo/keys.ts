import type { FollowUpKind, Millis } from "@coffeechat/core";

/** Every key of the single table, in one place (see DESIGN.md and the adapter's README in store.ts). */
export const keys = {
  host: (handle: string) => ({ pk: `HOST#${handle}`, sk: "HOST" }),
  link: (handle: string, slug: string) => ({ pk: `HOST#${handle}`, sk: `LINK#${slug}` }),
  request: (id: string) => ({ pk: `REQ#${id}`, sk: "REQ" }),
  requestIndex: (handle: string, start: Millis, id: string) => ({
    gsi1pk: `HOST#${handle}`,
    gsi1sk: `REQ#${new Date(start).toISOString()}#${id}`,
  }),
  /** Locks are per host, not per link: a host cannot be in two chats at once. */
  lockPk: (handle: string) => `LOCK#${handle}`,
  block: (handle: string, blockStart: Millis) => ({ pk: `LOCK#${handle}`, sk: blockSk(blockStart) }),
  guestLock: (handle: string, email: string) => ({ pk: `GUEST#${handle}#${email.trim().toLowerCase()}`, sk: "OPEN" }),
  followUp: (requestId: string, kind: FollowUpKind) => ({ pk: `REQ#${requestId}`, sk: `FU#${kind}` }),
  suppression: (email: string) => ({ pk: `SUPPRESS#${email.trim().toLowerCase()}`, sk: "SUPPRESS" }),
  rate: (key: string, window: number) => ({ pk: `RATE#${key}#${window}`, sk: "RATE" }),
  /** One item per host and cap counter ("day#2026-12-08"): how many open chats count in it. */
  capCounter: (handle: string, key: string) => ({ pk: `CAP#${handle}#${key}`, sk: "CAP" }),
};

/** Zero-padded so the sort key orders as the number does. */
export function blockSk(blockStart: Millis): string {
  if (!Number.isSafeInteger(blockStart) || blockStart < 0) throw new RangeError(`block start out of range: ${blockStart}`);
  return `BLOCK#${String(blockStart).padStart(15, "0")}`;
}

export const KEY_ATTRIBUTES = ["pk", "sk", "gsi1pk", "gsi1sk"] as const;

/** The item without its key attributes (and any extra attribute named), i.e. the domain object. */
export function withoutKeys<T>(item: Record<string, unknown>, extra: string[] = []): T {
  const out: Record<string, unknown> = { ...item };
  for (const name of [...KEY_ATTRIBUTES, ...extra]) delete out[name];
  return out as T;
}
