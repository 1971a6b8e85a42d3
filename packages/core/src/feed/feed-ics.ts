import { createEvents, type EventAttributes } from "ics";
import { calendarEvent, chatTitle } from "../messages/invite.ts";
import { cleanText, PRODUCT_ID } from "../messages/ics.ts";
import { refold } from "../messages/ics-fold.ts";
import { DomainError, type ChatRequest, type Host, type Link } from "../model/index.ts";

export interface FeedEntry {
  request: ChatRequest;
  link: Link;
  /** An accepted chat (CONFIRMED) or a request waiting for the host's answer, holding its time (TENTATIVE). */
  kind: "chat" | "hold";
}

/**
 * The host's chats as one iCalendar feed: each event with its invites' UID and SEQUENCE, in UTC,
 * stamped with the chat's last change (so the same chats give the same bytes, and the same ETag).
 * Nobody's address is in it — no ORGANIZER, no ATTENDEE: a feed address gets pasted into calendar
 * apps and shared more easily than an invite, and subscribers need no RSVP.
 */
export function buildChatFeed(host: Host, entries: FeedEntry[]): string {
  const events = entries.map(({ request, link, kind }): EventAttributes => {
    const event = calendarEvent(request, host, link, "host");
    return {
      productId: PRODUCT_ID,
      uid: request.uid,
      sequence: request.sequence,
      timestamp: request.updatedAt,
      start: request.start,
      end: request.end,
      startInputType: "utc",
      startOutputType: "utc",
      endInputType: "utc",
      endOutputType: "utc",
      title: cleanText(kind === "chat" ? chatTitle(request, host) : `Request: ${chatTitle(request, host)} (waiting for your answer)`),
      description: cleanText(event.details),
      ...(event.location ? { location: cleanText(event.location) } : {}),
      status: kind === "chat" ? "CONFIRMED" : "TENTATIVE",
    } as EventAttributes;
  });
  const header = { productId: PRODUCT_ID, method: "PUBLISH", calName: cleanText(`Coffee chats — ${host.name}`) };
  // ics answers an empty list with no calendar at all; an empty feed is still a calendar.
  if (events.length === 0) return emptyFeed(header.calName);
  const { error, value } = createEvents(events, header);
  if (error || !value) throw new DomainError("INVALID_INPUT", `feed: ${error?.message ?? "could not be built"}`);
  return refold(value);
}

/** A calendar with no events: a feed asked for before its account hosts anything. */
export function emptyFeed(name: string): string {
  const escaped = name.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\n/g, "\\n");
  return refold(["BEGIN:VCALENDAR", "VERSION:2.0", `PRODID:${PRODUCT_ID}`, "METHOD:PUBLISH", `X-WR-CALNAME:${escaped}`, "END:VCALENDAR", ""].join("\r\n"));
}
