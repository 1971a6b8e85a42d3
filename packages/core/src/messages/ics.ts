import { createEvent, type EventAttributes } from "ics";
import { DomainError } from "../model/errors.ts";
import type { Millis } from "../model/time.ts";
import { refold } from "./ics-fold.ts";
import { addressProblem, displayName } from "./mime-guard.ts";

export type InviteMethod = "REQUEST" | "CANCEL";

export interface InvitePerson {
  name: string;
  email: string;
}

export interface InviteInput {
  method: InviteMethod;
  /** Fixed for the chat's whole life, so calendars update the event instead of adding one. */
  uid: string;
  /** Raised on every change the calendars must see; a lower one is ignored by them. */
  sequence: number;
  /** DTSTAMP: when this version of the invite was made (core never reads the clock). */
  stamp: Millis;
  start: Millis;
  end: Millis;
  title: string;
  description: string;
  location?: string;
  url?: string;
  organizer: InvitePerson;
  attendees: (InvitePerson & { rsvp: boolean })[];
}

export const PRODUCT_ID = "-//coffeechat//invites//EN";

/** Builds one VEVENT calendar (RFC 5545 / iTIP RFC 5546) for a chat, in UTC. */
export function buildInvite(input: InviteInput): string {
  return buildEvent(input);
}

/**
 * The same event as a CalDAV calendar object resource: no METHOD (RFC 4791 §4.1 forbids it in a
 * stored object), so the host's calendar holds the chat rather than an invitation to answer.
 */
export function buildCalendarObject(input: Omit<InviteInput, "method">): string {
  return buildEvent({ ...input, method: undefined });
}

function buildEvent(input: Omit<InviteInput, "method"> & { method: InviteMethod | undefined }): string {
  if (!input.uid || /[\u0000-\u001f\u007f]/.test(input.uid)) throw bad("uid", "must be a non-empty single line");
  if (!Number.isInteger(input.sequence) || input.sequence < 0) throw bad("sequence", "must be a whole number ≥ 0");
  if (!(input.end > input.start)) throw bad("end", "must be after start");
  const attributes = {
    // Undefined, not absent: absent, ics writes its default METHOD:PUBLISH.
    method: input.method,
    productId: PRODUCT_ID,
    uid: input.uid,
    sequence: input.sequence,
    // Not in ics's typings but honoured by it; without it ics stamps the current time.
    timestamp: input.stamp,
    start: input.start,
    end: input.end,
    startInputType: "utc",
    startOutputType: "utc",
    endInputType: "utc",
    endOutputType: "utc",
    title: cleanText(input.title),
    description: cleanText(input.description),
    ...(input.location ? { location: cleanText(input.location) } : {}),
    ...(input.url ? { url: input.url } : {}),
    status: input.method === "CANCEL" ? "CANCELLED" : "CONFIRMED",
    organizer: { name: paramValue(input.organizer.name), email: checkedEmail(input.organizer.email) },
    attendees: input.attendees.map((a) => ({
      name: paramValue(a.name),
      email: checkedEmail(a.email),
      rsvp: a.rsvp,
      role: "REQ-PARTICIPANT",
      partstat: a.rsvp ? "NEEDS-ACTION" : "ACCEPTED",
    })),
  } as EventAttributes & { timestamp: Millis };
  const { error, value } = createEvent(attributes);
  if (error || !value) throw bad("invite", error?.message ?? "could not be built");
  // ics folds at 75 characters, not 75 octets, so a line of accents or emoji overruns the
  // limit; re-fold the whole stream by octets (and with a space, the usual continuation).
  return refold(value);
}

/** TEXT values: one newline convention; other control characters (and bidi controls) have no place in a calendar. */
export function cleanText(text: string): string {
  return displayName(text.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ""));
}

/**
 * Parameter values (CN) sit inside DQUOTEs and may hold ':' and ';', but never a DQUOTE or a
 * control character (RFC 5545 §3.1). ics escapes quotes as \" which is not valid iCalendar and
 * which strict parsers reject, so quotes become apostrophes before ics sees them.
 */
function paramValue(name: string): string {
  return displayName(name).replace(/[\u0000-\u001f\u007f]+/g, " ").replace(/"/g, "'").trim() || "Guest";
}

function checkedEmail(email: string): string {
  const problem = addressProblem(email);
  if (problem) throw bad("email", `${problem}: ${JSON.stringify(email)}`);
  return email;
}

const bad = (path: string, message: string) =>
  new DomainError("INVALID_INPUT", `invite ${path}: ${message}`, { issues: [{ path, message }] });
