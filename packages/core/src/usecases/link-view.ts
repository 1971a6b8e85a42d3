import { DomainError, type Host, type Link } from "../model/index.ts";
import type { UseCaseDeps } from "./ports.ts";

export interface LinkView {
  host: Host;
  link: Link;
}

export async function getLinkView(deps: Pick<UseCaseDeps, "store">, handle: string, slug: string): Promise<LinkView> {
  const [host, link] = await Promise.all([deps.store.getHost(handle), deps.store.getLink(handle, slug)]);
  if (!host || !link) throw new DomainError("NOT_FOUND", `No booking link at /${handle}/${slug}`);
  return { host, link };
}
