import type { ChatRequest, FollowUpKind, Host, Link, Millis, Outbox } from "./model/index.ts";

/** A chat (or pending request) holding time on the host's calendar, as stored with its locks. */
export interface BusyBlock {
  requestId: string;
  /** Chat start, so caps per day and week can count chats rather than blocks. */
  chatStart: Millis;
  /** The occupied interval: the chat with its buffers. */
  start: Millis;
  end: Millis;
}

export type FollowUpStatus = "planned" | "sent" | "skipped" | "failed";

export interface FollowUpRecord {
  requestId: string;
  kind: FollowUpKind;
  at: Millis;
  status: FollowUpStatus;
  /** The request version the follow-up was planned for; a newer version makes it stale. */
  version: number;
  scheduleName: string;
  sentAt?: Millis;
  reason?: string;
  /** Who already got this follow-up's email, so a retry after a partial send mails only the rest. */
  delivered?: ("host" | "guest")[];
  /** Failed delivery attempts so far. */
  attempts?: number;
}

/** A per-host count the store keeps with each request's write, refusing the write past `max`. */
export interface CapCounter {
  key: string;
  max: number;
}

/** Storage for hosts, links, requests, their locks and follow-ups (DynamoDB in packages/aws). */
export interface ChatStore {
  getHost(handle: string): Promise<Host | undefined>;
  putHost(host: Host): Promise<void>;
  getLink(handle: string, slug: string): Promise<Link | undefined>;
  putLink(link: Link): Promise<void>;
  /** A host and one of its links in one read: what every page of a link starts from. */
  getHostAndLink(handle: string, slug: string): Promise<{ host?: Host; link?: Link }>;
  /**
   * The same read, with whether the host has any calendar connection (whose busy time may count) in
   * it too: a booking page of a host without calendars need not read their busy time.
   */
  getHostLinkAndCalendars(handle: string, slug: string): Promise<{ host?: Host; link?: Link; hasCalendars: boolean }>;

  /** Busy time of a host overlapping [from, to), read strongly consistent from the lock items. */
  listBusy(handle: string, from: Millis, to: Millis): Promise<BusyBlock[]>;

  /**
   * Writes the request with a lock per block of `occupied` and the guest's open-request lock in one
   * transaction, counting it in each cap counter. Throws DomainError SLOT_TAKEN when a block is held or
   * a counter is at its max, LIMIT_REACHED when the guest already has an open request with this host.
   * `followUps` are the new request's first follow-up records, written in the same transaction.
   */
  createRequest(
    request: ChatRequest,
    occupied: { start: Millis; end: Millis },
    counters?: CapCounter[],
    followUps?: FollowUpRecord[],
  ): Promise<void>;

  getRequest(id: string): Promise<ChatRequest | undefined>;

  /**
   * The chats an address requested across hosts, newest first, a page at a time: only those whose
   * guest confirmed the address. Read from an index, so a change may take a moment to show.
   */
  listChatsByGuestEmail(email: string, page?: { limit?: number; cursor?: string }): Promise<{ chats: ChatRequest[]; cursor?: string }>;

  /**
   * Replaces the request's outbox if it is still at `expectedRev` (`next.rev` is one more); false if
   * another write of the outbox or a change came first.
   */
  replaceOutbox(requestId: string, expectedRev: number, next: Outbox): Promise<boolean>;

  /** The id of the guest's open request with this host (the guest lock's owner), if any. */
  getOpenRequestId(handle: string, email: string): Promise<string | undefined>;

  /**
   * Replaces the request if its stored version is still `expectedVersion` and its outbox is still
   * the one `next.outbox` was merged from (`next.outbox.rev` is one more; none stored when `next` has
   * none); throws CONFLICT otherwise. `release` drops its locks and counts (declined, cancelled, expired); `move` swaps them
   * for a new occupied interval and its `counters` in the same transaction (reschedule; SLOT_TAKEN if taken).
   */
  updateRequest(
    next: ChatRequest,
    expectedVersion: number,
    locks?: { release?: boolean; move?: { start: Millis; end: Millis }; counters?: CapCounter[] },
  ): Promise<void>;

  putFollowUps(records: FollowUpRecord[]): Promise<void>;
  listFollowUps(requestId: string): Promise<FollowUpRecord[]>;
  getFollowUp(requestId: string, kind: FollowUpKind): Promise<FollowUpRecord | undefined>;
  /** Moves a follow-up from `from` to `to` status only if it is still in `from` (the send claim). */
  setFollowUpStatus(
    requestId: string,
    kind: FollowUpKind,
    from: FollowUpStatus | FollowUpStatus[],
    to: FollowUpStatus,
    extra?: { sentAt?: Millis; reason?: string; delivered?: ("host" | "guest")[] },
  ): Promise<boolean>;

  /**
   * Counts a failed attempt of a claimed ("sent") follow-up: back to "planned" so the scheduler's retry
   * can claim it again, or "failed" once `maxAttempts` attempts have failed. Returns the new status.
   */
  recordFollowUpFailure(requestId: string, kind: FollowUpKind, reason: string, maxAttempts: number): Promise<FollowUpStatus>;

  isSuppressed(email: string): Promise<boolean>;
  suppress(email: string, reason: string, at: Millis): Promise<void>;
}

export interface OutgoingEmail {
  to: string;
  /** The complete RFC 5322 message, built in core (messages/mime.ts). */
  raw: Uint8Array;
}

export interface Mailer {
  /** Throws DomainError TRANSIENT on throttling or a passing failure, so callers may retry. */
  send(email: OutgoingEmail): Promise<{ messageId: string }>;
}

export interface OneTimeSchedule {
  /** Deterministic: the same follow-up always has the same name. */
  name: string;
  at: Millis;
  input: FollowUpInput;
}

/** The small Input the scheduler hands back to the follow-up handler. */
export interface FollowUpInput {
  requestId: string;
  /** A follow-up, or "outbox": finish the effects of a change whose process died. */
  kind: FollowUpKind | "outbox";
  version: number;
  /** The instant the schedule was due, filled in by the scheduler at invocation. */
  scheduledAt?: Millis;
}

export interface FollowUpScheduler {
  /** Creates or moves the schedule. */
  upsert(schedule: OneTimeSchedule): Promise<void>;
  /** Deletes it; a missing schedule is not an error. */
  delete(name: string): Promise<void>;
}

/** The Input of a recurring schedule: a small flat object its job parses (the scheduler adds `scheduledAt`). */
export type RecurringInput = Readonly<Record<string, string | number | boolean>>;

/**
 * Recurring schedules (Scheduler `cron()` and `rate()`), delivered to the same job as follow-ups.
 * Names are deterministic, so putting one again replaces it.
 */
export interface RecurringScheduler {
  /** Creates or replaces the schedule: `expression` is `cron(…)` or `rate(…)`, read in `timeZone`. */
  putRecurringSchedule(name: string, expression: string, timeZone: string, input: RecurringInput): Promise<void>;
  /** Deletes it; a missing schedule is not an error. */
  deleteRecurringSchedule(name: string): Promise<void>;
}

export interface RateLimiter {
  /** Counts one hit on `key`; `allowed` is false once `limit` hits fall in the current window. */
  hit(key: string, limit: number, windowSeconds: number, now: Millis): Promise<{ allowed: boolean; retryAfterSeconds: number }>;
}
