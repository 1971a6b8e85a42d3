import { DomainError, type Host, type Link } from "../model/index.ts";
import type { UseCaseDeps } from "./ports.ts";

export interface LinkView {
  host: Host;
  link: Link;
}

/** A booking page's read: the host, the link, and whether the host has calendars whose busy time to read. */
export interface BookingView extends LinkView {
  hasCalendars: boolean;
}

export async function getBookingView(deps: Pick<UseCaseDeps, "store">, handle: string, slug: string): Promise<BookingView> {
  const { host, link, hasCalendars } = await deps.store.getHostLinkAndCalendars(handle, slug);
  if (!host || !link) throw new DomainError("NOT_FOUND", `No booking link at /${handle}/${slug}`);
  return { host, link, hasCalendars };
}

export async function getLinkView(deps: Pick<UseCaseDeps, "store">, handle: string, slug: string): Promise<LinkView> {
  const { host, link } = await deps.store.getHostAndLink(handle, slug);
  if (!host || !link) throw new DomainError("NOT_FOUND", `No booking link at /${handle}/${slug}`);
  return { host, link };
}

/** New requests go only to a live link that is taking them; chats already booked carry on either way. */
export function assertBookable(link: Link): void {
  if (link.deletedAt !== undefined) throw new DomainError("NOT_FOUND", `No booking link at ${link.slug}`);
  if (link.paused) throw new DomainError("LINK_PAUSED", "This host isn't taking requests through this link right now");
}
