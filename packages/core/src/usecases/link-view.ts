import { DomainError, type Host, type Link } from "../model/index.ts";
import type { UseCaseDeps } from "./ports.ts";

export interface LinkView {
  host: Host;
  link: Link;
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
