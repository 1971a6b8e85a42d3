import type { ChatRequest, FollowUpKind, Millis, RequestStatus } from "@coffeechat/core";

/** Every key of the single table, in one place (see DESIGN.md and the adapter's README in store.ts). */
export const keys = {
  host: (handle: string) => ({ pk: `HOST#${handle}`, sk: "HOST" }),
  link: (handle: string, slug: string) => ({ pk: `HOST#${handle}`, sk: `LINK#${slug}` }),
  /**
   * The ids of the host's calendar connections (a string set, `connections`), kept in the same
   * transaction as each connection's own writes, beside the host record so a booking page reads it in
   * the BatchGet it makes anyway and skips the busy-time Query for a host without calendars.
   */
  hostCalendars: (handle: string) => ({ pk: `HOST#${handle}`, sk: "CALENDARS" }),
  request: (id: string) => ({ pk: `REQ#${id}`, sk: "REQ" }),
  /**
   * gsi1, a host's requests as the dashboard groups them: gsi1pk HOSTREQ#<host key>#<group>,
   * gsi1sk <instant ISO>#<id>. Chats (accepted, completed) sort by their end — a host's chats never
   * overlap, so end order is start order, and "upcoming" is one range: end after now. Everything else
   * sorts by start. A status change moves the request between groups in the same write.
   */
  hostRequests: (request: Pick<ChatRequest, "handle" | "status" | "start" | "end" | "id">) => {
    const group = HOST_REQUEST_GROUP[request.status];
    const instant = group === "chat" ? request.end : request.start;
    return { gsi1pk: hostRequestsPk(request.handle, group), gsi1sk: `${new Date(instant).toISOString()}#${request.id}` };
  },
  /** Locks are per host, not per link: a host cannot be in two chats at once. */
  lockPk: (handle: string) => `LOCK#${handle}`,
  block: (handle: string, blockStart: Millis) => ({ pk: `LOCK#${handle}`, sk: blockSk(blockStart) }),
  guestLock: (handle: string, email: string) => ({ pk: `GUEST#${handle}#${email.trim().toLowerCase()}`, sk: "OPEN" }),
  followUp: (requestId: string, kind: FollowUpKind) => ({ pk: `REQ#${requestId}`, sk: `FU#${kind}` }),
  suppression: (email: string) => ({ pk: `SUPPRESS#${email.trim().toLowerCase()}`, sk: "SUPPRESS" }),
  rate: (key: string, window: number) => ({ pk: `RATE#${key}#${window}`, sk: "RATE" }),
  /** An address's chats across hosts (gsi2), on a request once its guest confirmed the address. */
  guestChat: (email: string, start: Millis, id: string) => ({
    gsi2pk: guestChatPk(email),
    gsi2sk: `${new Date(start).toISOString()}#${id}`,
  }),

  // ── accounts ──────────────────────────────────────────────────────────────────────────────────────
  // Everything of one account lives in its partition ACCOUNT#<id>: the profile, sessions, API tokens.
  account: (id: string) => ({ pk: `ACCOUNT#${id}`, sk: "ACCOUNT" }),
  /** One account per address: this item is the uniqueness claim, written with the account. */
  accountEmail: (email: string) => ({ pk: `EMAIL#${email.trim().toLowerCase()}`, sk: "ACCOUNT" }),
  /** Sessions and tokens are found by the hash of their secret; the id in lists is a prefix of it. */
  credential: (accountId: string, kind: "session" | "token", hash: string) => ({
    pk: `ACCOUNT#${accountId}`,
    sk: `${CREDENTIAL_PREFIX[kind]}${hash}`,
  }),
  credentialPrefix: (kind: "session" | "token") => CREDENTIAL_PREFIX[kind],
  /** The open sign-in of an address, and a pointer from its link's hash back to the address. */
  signIn: (email: string) => ({ pk: `SIGNIN#${email.trim().toLowerCase()}`, sk: "CHALLENGE" }),
  signInLink: (linkHash: string) => ({ pk: `SIGNINLINK#${linkHash}`, sk: "LINK" }),
  /** The account's feed of chats: its generation only (the address's secret is derived, never stored). */
  feed: (accountId: string) => ({ pk: `ACCOUNT#${accountId}`, sk: "FEED" }),
  /** Who holds a public handle (an alias of a host key); claimed with a conditional write. */
  handle: (handle: string) => ({ pk: `HANDLE#${handle}`, sk: "HANDLE" }),

  // ── calendars ─────────────────────────────────────────────────────────────────────────────────
  // One partition per host (hostKey is opaque: a handle today, an account id later) holds its
  // calendar connections and one busy row per calendar, so a slots read gets every calendar's
  // busy time with one Query (begins_with BUSY#), whatever the number of calendars.
  calendarPk: (hostKey: string) => `CALENDARS#${hostKey}`,
  calendarConnection: (hostKey: string, connectionId: string) => ({ pk: `CALENDARS#${hostKey}`, sk: `CONN#${connectionId}` }),
  calendarBusy: (hostKey: string, connectionId: string, calendarId: string) => ({
    pk: `CALENDARS#${hostKey}`,
    sk: `BUSY#${connectionId}#${calendarId}`,
  }),
  /** One item per host and cap counter ("day#2026-12-08"): how many open chats count in it. */
  capCounter: (handle: string, key: string) => ({ pk: `CAP#${handle}#${key}`, sk: "CAP" }),
};

export const guestChatPk = (email: string) => `GUEST#${email.trim().toLowerCase()}`;

/** The index of an address's chats across hosts (gsi2pk / gsi2sk). */
export const GSI2 = "gsi2";

/*
 * ── The seeker's journal ──────────────────────────────────────────────────────────────────────
 * One partition per account, keyed by the account's opaque id, so one Query reads a whole journal
 * (strongly consistent) and deleting an account's journal is deleting one partition.
 *   JOURNAL#acc / PERSON#id              a person (with importId while its import is not committed)
 *   JOURNAL#acc / OUTREACH#<date>#id     an outreach action, by the seeker's date
 *   JOURNAL#acc / CHAT#<date>#id         a chat logged by hand
 *   JOURNAL#acc / GOAL, DIGEST           the goal; the weekly digest's settings
 *   JOURNAL#acc / IMPORT#importId        an import's marker: its people are visible once it is committed
 *   JOURNAL#acc / SENT#DIGEST#<monday>   the weekly digest of that week: claimed, then sent (TTL)
 */
export const journalKeys = {
  pk: (accountId: string) => {
    if (!accountId) throw new RangeError("journal: an account id is required");
    return `JOURNAL#${accountId}`;
  },
  person: (accountId: string, id: string) => ({ pk: journalKeys.pk(accountId), sk: `${JOURNAL_SK.person}${id}` }),
  outreach: (accountId: string, on: string, id: string) => ({ pk: journalKeys.pk(accountId), sk: `${JOURNAL_SK.outreach}${on}#${id}` }),
  loggedChat: (accountId: string, on: string, id: string) => ({ pk: journalKeys.pk(accountId), sk: `${JOURNAL_SK.loggedChat}${on}#${id}` }),
  goal: (accountId: string) => ({ pk: journalKeys.pk(accountId), sk: JOURNAL_SK.goal }),
  digest: (accountId: string) => ({ pk: journalKeys.pk(accountId), sk: JOURNAL_SK.digest }),
  importMarker: (accountId: string, importId: string) => ({ pk: journalKeys.pk(accountId), sk: `${JOURNAL_SK.importMarker}${importId}` }),
  digestSent: (accountId: string, week: string) => ({ pk: journalKeys.pk(accountId), sk: `${JOURNAL_SK.digestSent}${week}` }),
};

/** The sort-key prefix of each kind of journal item. */
export const JOURNAL_SK = {
  person: "PERSON#",
  outreach: "OUTREACH#",
  loggedChat: "CHAT#",
  goal: "GOAL",
  digest: "DIGEST",
  importMarker: "IMPORT#",
  digestSent: "SENT#DIGEST#",
} as const;

const CREDENTIAL_PREFIX = { session: "SESSION#", token: "TOKEN#" } as const;

export type HostRequestGroup = "unconfirmed" | "waiting" | "chat" | "closed";

const HOST_REQUEST_GROUP: Record<RequestStatus, HostRequestGroup> = {
  awaiting_email: "unconfirmed",
  awaiting_host: "waiting",
  accepted: "chat",
  completed: "chat",
  declined: "closed",
  cancelled: "closed",
  expired: "closed",
};

export const GSI1 = "gsi1";
export const hostRequestsPk = (hostKey: string, group: HostRequestGroup) => `HOSTREQ#${hostKey}#${group}`;

export const CALENDAR_CONNECTION_PREFIX = "CONN#";
export const CALENDAR_BUSY_PREFIX = "BUSY#";

const BLOCK_PREFIX = "BLOCK#";

/** Zero-padded so the sort key orders as the number does. */
export function blockSk(blockStart: Millis): string {
  if (!Number.isSafeInteger(blockStart) || blockStart < 0) throw new RangeError(`block start out of range: ${blockStart}`);
  return `${BLOCK_PREFIX}${String(blockStart).padStart(15, "0")}`;
}

/** The block start a blockSk names. */
export function blockStartOf(sk: string): Millis {
  const blockStart = Number(sk.slice(BLOCK_PREFIX.length));
  if (!sk.startsWith(BLOCK_PREFIX) || !Number.isSafeInteger(blockStart)) throw new RangeError(`not a block key: ${sk}`);
  return blockStart;
}

export const KEY_ATTRIBUTES = ["pk", "sk", "gsi1pk", "gsi1sk", "gsi2pk", "gsi2sk"] as const;

/** The item without its key attributes (and any extra attribute named), i.e. the domain object. */
export function withoutKeys<T>(item: Record<string, unknown>, extra: string[] = []): T {
  const out: Record<string, unknown> = { ...item };
  for (const name of [...KEY_ATTRIBUTES, ...extra]) delete out[name];
  return out as T;
}
