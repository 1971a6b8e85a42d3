import type { Person } from "./types.ts";

/**
 * When two records are the same person: the same email, or the same LinkedIn profile, or the same
 * name when nothing tells them apart (two Jane Does with different addresses stay two people).
 */
export interface Identity {
  email?: string;
  linkedIn?: string;
  name: string;
}

export function identityOf(p: Pick<Person, "name" | "email" | "link">): Identity {
  const email = p.email?.trim().toLowerCase();
  const linkedIn = p.link ? linkedInProfile(p.link) : undefined;
  return { name: normalName(p.name), ...(email ? { email } : {}), ...(linkedIn ? { linkedIn } : {}) };
}

/** "Zoë  O'Neil" and "zoe o'neil" are one name: case, accents and spacing aside. */
export function normalName(name: string): string {
  return name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * linkedin.com/in/<slug> however it was copied: http or https, www or a country subdomain, a
 * trailing slash, a query string. Undefined for anything that is not a LinkedIn profile.
 */
export function linkedInProfile(link: string): string | undefined {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return undefined;
  }
  if (!/^([a-z]{2,3}\.|www\.)?linkedin\.com$/i.test(url.hostname)) return undefined;
  const slug = /^\/in\/([^/]+)\/?$/i.exec(url.pathname)?.[1];
  return slug ? `linkedin.com/in/${decodeURIComponent(slug).toLowerCase()}` : undefined;
}

export function samePerson(a: Identity, b: Identity): boolean {
  if (a.email && b.email && a.email === b.email) return true;
  if (a.linkedIn && b.linkedIn && a.linkedIn === b.linkedIn) return true;
  const conflicting = (a.email && b.email) || (a.linkedIn && b.linkedIn);
  return !conflicting && a.name !== "" && a.name === b.name;
}

/** Remembers who is already known, and finds a match in constant time per key. */
export class KnownPeople {
  private readonly byEmail = new Set<string>();
  private readonly byLinkedIn = new Set<string>();
  private readonly byName = new Map<string, Identity[]>();

  constructor(people: Iterable<Pick<Person, "name" | "email" | "link">> = []) {
    for (const p of people) this.add(identityOf(p));
  }

  has(who: Identity): boolean {
    if (who.email && this.byEmail.has(who.email)) return true;
    if (who.linkedIn && this.byLinkedIn.has(who.linkedIn)) return true;
    return (this.byName.get(who.name) ?? []).some((known) => samePerson(known, who));
  }

  add(who: Identity): void {
    if (who.email) this.byEmail.add(who.email);
    if (who.linkedIn) this.byLinkedIn.add(who.linkedIn);
    const named = this.byName.get(who.name);
    if (named) named.push(who);
    else this.byName.set(who.name, [who]);
  }
}
