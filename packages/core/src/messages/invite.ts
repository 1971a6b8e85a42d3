import type { Host, Link } from "../model/link.ts";
import type { ChatRequest } from "../model/request.ts";
import type { Millis } from "../model/time.ts";
import type { CalendarLinkEvent } from "./calendar-links.ts";
import { chosenFormat, formatLabel } from "./chat-details.ts";
import { buildCalendarObject, buildInvite, type InviteInput, type InviteMethod } from "./ics.ts";

export type Recipient = "host" | "guest";

export const chatTitle = (request: ChatRequest, host: Host): string =>
  `Coffee chat: ${request.guest.name} × ${host.name}`;

/**
 * The calendar file one party receives. Each gets their own message (DESIGN.md), so the
 * description speaks to them; UID, SEQUENCE, times and people are the same for both.
 */
export function inviteFor(
  request: ChatRequest,
  host: Host,
  link: Link,
  recipient: Recipient,
  method: InviteMethod,
  stamp: Millis,
  options: { url?: string } = {},
): string {
  return buildInvite({ method, ...eventInput(request, host, link, recipient, stamp, options) });
}

/** The chat as the host's own calendar stores it (CalDAV): their invite's UID, SEQUENCE and text, no METHOD. */
export function calendarObjectFor(request: ChatRequest, host: Host, link: Link, stamp: Millis, options: { url?: string } = {}): string {
  return buildCalendarObject(eventInput(request, host, link, "host", stamp, options));
}

function eventInput(
  request: ChatRequest,
  host: Host,
  link: Link,
  recipient: Recipient,
  stamp: Millis,
  options: { url?: string },
): Omit<InviteInput, "method"> {
  const event = calendarEvent(request, host, link, recipient);
  return {
    uid: request.uid,
    sequence: request.sequence,
    stamp,
    start: request.start,
    end: request.end,
    title: event.title,
    description: event.details,
    ...(event.location ? { location: event.location } : {}),
    ...(options.url ? { url: options.url } : {}),
    organizer: { name: host.name, email: host.email },
    attendees: [
      { name: request.guest.name, email: request.guest.email, rsvp: true },
      { name: host.name, email: host.email, rsvp: false },
    ],
  };
}

/** The same event as title, details and place, for invites and "add to calendar" links. */
export function calendarEvent(request: ChatRequest, host: Host, link: Link, recipient: Recipient): CalendarLinkEvent {
  const format = chosenFormat(link, request.format);
  const questions = request.questions.map((q, i) => `${i + 1}. ${q}`).join("\n");
  const intro =
    recipient === "host"
      ? `${request.guest.name} asked for ${minutes(request)} minutes to learn about your work.\n\nWhy: ${request.purpose}`
      : `${minutes(request)} minutes with ${host.name}${host.headline ? ` (${host.headline})` : ""} to learn about their work.`;
  const details = [
    intro,
    `Format: ${formatLabel(format.kind)}${format.details ? ` — ${format.details}` : ""}`,
    questions && `${recipient === "host" ? `${request.guest.name}'s questions` : "Your questions"}:\n${questions}`,
  ]
    .filter(Boolean)
    .join("\n\n");
  return {
    title: chatTitle(request, host),
    start: request.start,
    end: request.end,
    details,
    ...(format.details ? { location: format.details } : {}),
  };
}

const minutes = (request: ChatRequest) => Math.round((request.end - request.start) / 60_000);
