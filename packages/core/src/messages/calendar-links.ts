import type { Millis } from "../model/time.ts";

/** An event for "add to calendar" links: calendars that ignore invites from unknown senders. */
export interface CalendarLinkEvent {
  title: string;
  start: Millis;
  end: Millis;
  details: string;
  location?: string;
}

/** Google Calendar's template link; dates in basic UTC form, "20260310T140000Z/…". */
export function addToGoogleUrl(event: CalendarLinkEvent): string {
  const basic = (at: Millis) => iso(at).replace(/[-:]/g, "");
  return (
    "https://calendar.google.com/calendar/render?" +
    query({
      action: "TEMPLATE",
      text: event.title,
      dates: `${basic(event.start)}/${basic(event.end)}`,
      details: event.details,
      location: event.location,
    })
  );
}

/** Outlook on the web's compose deeplink; dates in extended UTC form. */
export function addToOutlookUrl(event: CalendarLinkEvent): string {
  return (
    "https://outlook.live.com/calendar/0/deeplink/compose?" +
    query({
      path: "/calendar/action/compose",
      rru: "addevent",
      subject: event.title,
      startdt: iso(event.start),
      enddt: iso(event.end),
      body: event.details,
      location: event.location,
    })
  );
}

const iso = (at: Millis) => new Date(at).toISOString().replace(/\.\d{3}Z$/, "Z");

// %20 rather than URLSearchParams' "+", which Outlook shows literally.
const query = (params: Record<string, string | undefined>) =>
  Object.entries(params)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== "")
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join("&");
