import type { ErrorCode } from "../model/errors.ts";
import type { Interval, Millis } from "../model/time.ts";
import type { RecurringScheduler } from "../ports.ts";
import type { ChatCalendarWriter } from "./chat-writer.ts";

/**
 * The ports of connected calendars. `hostKey` is opaque: today a host's handle, later perhaps an
 * immutable account id; nothing here reads it.
 */

export type CalendarKind = "ics" | "caldav";

/** One calendar of a connection: an ICS feed has one, a CalDAV account one per collection. */
export interface ConnectedCalendar {
  id: string;
  name: string;
  /** CalDAV: the collection's URL (not secret; the account's credentials are). */
  url?: string;
  /** Its busy time keeps slots from being offered. */
  checkConflicts: boolean;
  /** Accepted chats are written into it (CalDAV only; at most one per host). */
  addChats: boolean;
  /** "All-day events block the day". */
  allDayBlocks: boolean;
  /** CalDAV: the collection's change tag at the last good read; unchanged, its events are not read again. */
  ctag?: string;
}

/** What a secret becomes at rest: AES-256-GCM under a data key that only the key provider can unwrap. */
export interface SealedSecret {
  /** Which key wrapped the data key (a KMS key ARN, or "local:<fingerprint>"). */
  keyId: string;
  /** The data key, wrapped; base64. */
  wrappedKey: string;
  /** base64 of the 12-byte nonce, the ciphertext and the 16-byte tag. */
  iv: string;
  ciphertext: string;
  tag: string;
}

/** The secret parts of a connection, sealed as one JSON document. */
export type ConnectionSecret = { kind: "ics"; url: string } | { kind: "caldav"; url: string; username: string; password: string };

export interface CalendarConnection {
  hostKey: string;
  id: string;
  kind: CalendarKind;
  /** A ConnectionSecret, sealed: a secret ICS address is as good as a password. */
  secret: SealedSecret;
  /** Where it points, for the settings page, without the secret part ("calendar.google.com", "caldav.fastmail.com"). */
  host: string;
  calendars: ConnectedCalendar[];
  createdAt: Millis;
  lastGoodFetchAt?: Millis;
  /** The latest failed fetch; `since` is the first failure after the last good fetch ("failing since"). */
  lastError?: { code: ErrorCode; message: string; at: Millis; since?: Millis };
  /** The range the cached busy time covers (from the last full read); validators are sent only while it still reaches far enough. */
  range?: Interval;
  /** Validators of the last good ICS fetch, sent back as If-None-Match / If-Modified-Since. */
  etag?: string;
  lastModified?: string;
  /** Raised on every write; a write with a stale version is refused (CONFLICT). */
  version: number;
}

/** One calendar's busy time as last fetched: its last good answer counts until a newer one arrives. */
export interface CalendarBusyRow {
  connectionId: string;
  calendarId: string;
  checkConflicts: boolean;
  busy: Interval[];
  /** The range the busy time was computed over; nothing is known outside it. */
  range: Interval;
  fetchedAt: Millis;
}

export interface CalendarStore {
  listConnections(hostKey: string): Promise<CalendarConnection[]>;
  getConnection(hostKey: string, id: string): Promise<CalendarConnection | undefined>;
  /** Creates (expectedVersion undefined: must not exist) or replaces at expectedVersion; CONFLICT otherwise. */
  putConnection(connection: CalendarConnection, expectedVersion?: number): Promise<void>;
  /** Removes the connection and its calendars' busy rows together. */
  deleteConnection(hostKey: string, id: string): Promise<void>;
  putBusy(hostKey: string, row: CalendarBusyRow): Promise<void>;
  deleteBusy(hostKey: string, connectionId: string, calendarId: string): Promise<void>;
  /** Every calendar's busy row of the host, its intervals cut to those overlapping [from, to): one read. */
  listBusyRows(hostKey: string, from: Millis, to: Millis): Promise<CalendarBusyRow[]>;
}

/** Seals and opens secrets (envelope encryption); `context` binds a secret to its owner (AES-GCM AAD). */
export interface SecretBox {
  seal(plaintext: string, context: string): Promise<SealedSecret>;
  open(sealed: SealedSecret, context: string): Promise<string>;
}

/** Where data keys come from: AWS KMS on AWS, a local key file for `npm start` and tests. */
export interface DataKeyProvider {
  generate(context: string): Promise<{ keyId: string; plaintext: Uint8Array; wrapped: Uint8Array }>;
  unwrap(keyId: string, wrapped: Uint8Array, context: string): Promise<Uint8Array>;
}

/** Busy time from the cache that slots, submissions and reschedules read (one call). */
export interface CalendarBusyReader {
  listCalendarBusy(hostKey: string, from: Millis, to: Millis): Promise<Interval[]>;
}

/** What a calendar server answered, as ICS texts per calendar. */
export interface SourceCalendar {
  /** CalDAV: the collection's URL; an ICS feed has none. */
  url?: string;
  name: string;
  ctag?: string;
  /** The calendar's events; undefined when its ctag says nothing changed since `known`. */
  texts?: string[];
}

export type SourceRead = { status: "not-modified" } | { status: "ok"; calendars: SourceCalendar[]; etag?: string; lastModified?: string };

export interface SourceReadRequest {
  range: Interval;
  /** ICS: the last good fetch's validators (If-None-Match / If-Modified-Since). */
  validators?: { etag?: string | undefined; lastModified?: string | undefined };
  /** CalDAV: collections and the ctags they had; a calendar whose ctag still matches is not read again. */
  known?: { url: string; ctag?: string | undefined }[];
  timeoutMs: number;
}

/**
 * Reads a connection's calendars from its server (packages/calendars: ICS behind the SSRF guard,
 * CalDAV through tsdav). Fails with a CALENDAR_* DomainError that names what went wrong.
 */
export interface CalendarSource {
  read(secret: ConnectionSecret, request: SourceReadRequest): Promise<SourceRead>;
}

/** Everything that keeps connected calendars: built once in the composition root. */
export interface CalendarSync {
  store: CalendarStore;
  source: CalendarSource;
  secrets: SecretBox;
  schedules: RecurringScheduler;
  /** Writes accepted chats into the CalDAV calendar a host chose for them (an outbox step). */
  writer: ChatCalendarWriter;
}
