import { DEFAULT_QUESTION_BANK, DomainError, invalidInput, type Interval, type Link, type LocalDate, type Millis } from "../model/index.ts";
import { busyRanges, computeSlots, localDateWindow } from "../slots/index.ts";
import { linkIssues, saveLink } from "../usecases/save-link.ts";
import type { HostDeps } from "./ports.ts";

/** What a host sends for a link: five fields are required, the rest default as the demo link does. */
export type LinkInput = Pick<Link, "slug" | "title" | "durationMinutes" | "weeklyHours" | "formats"> &
  Partial<Omit<Link, "handle" | "slug" | "title" | "durationMinutes" | "weeklyHours" | "formats" | "deletedAt">>;

/** The demo link's settings: a buffer after each chat, 4 hours' notice, two months ahead, the seeds' questions. */
export const LINK_DEFAULTS = {
  description: "",
  dateOverrides: [],
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 10,
  minimumNoticeMinutes: 4 * 60,
  horizonDays: 60,
  slotStepMinutes: 30,
  questionBank: [...DEFAULT_QUESTION_BANK],
  followUps: {},
  requestExpiryDays: 5,
  requiresApproval: true,
  paused: false,
} satisfies Partial<Link>;

/** A new link: the host's zone unless another is given, the defaults for everything left out. */
export function newLink(hostKey: string, hostTimeZone: string, input: LinkInput): Link {
  return { ...LINK_DEFAULTS, timeZone: hostTimeZone, ...input, handle: hostKey };
}

/** Live links of the host (a deleted link stays stored for the chats booked through it). */
export async function listHostLinks(deps: Pick<HostDeps, "hosts">, hostKey: string): Promise<Link[]> {
  return (await deps.hosts.listLinks(hostKey)).filter((l) => l.deletedAt === undefined).sort((a, b) => a.slug.localeCompare(b.slug));
}

export async function getHostLink(deps: Pick<HostDeps, "store">, hostKey: string, slug: string): Promise<Link> {
  const link = await deps.store.getLink(hostKey, slug);
  if (!link || link.deletedAt !== undefined) throw new DomainError("NOT_FOUND", `You have no link "${slug}"`);
  return link;
}

/** Validated by the same rules saveLink applies; a slug in use by a live link is a CONFLICT. */
export async function createHostLink(deps: Pick<HostDeps, "hosts">, hostKey: string, hostTimeZone: string, input: LinkInput): Promise<Link> {
  const link = newLink(hostKey, hostTimeZone, input);
  const issues = linkIssues(link);
  if (issues.length) throw invalidInput(issues);
  await deps.hosts.insertLink(link);
  return link;
}

/**
 * Replaces what the input names and keeps the rest. Chats already requested keep their time, format and
 * whether the host approves them: they were fixed when the guest asked.
 */
export async function updateHostLink(deps: Pick<HostDeps, "store">, hostKey: string, slug: string, input: Partial<LinkInput>): Promise<Link> {
  const current = await getHostLink(deps, hostKey, slug);
  if (input.slug !== undefined && input.slug !== slug) {
    throw new DomainError("INVALID_INPUT", "slug: a link keeps its address; create a new link instead", {
      issues: [{ path: "slug", message: "cannot change; create a new link instead" }],
    });
  }
  const next: Link = { ...current, ...input, handle: hostKey, slug };
  await saveLink(deps.store, next);
  return next;
}

/**
 * Refused (CONFLICT) while a chat or request through the link is still ahead; otherwise the link goes from
 * the host's list and its page, but stays stored for the past chats whose pages and follow-ups read it.
 */
export async function deleteHostLink(deps: Pick<HostDeps, "store" | "hosts">, hostKey: string, slug: string, now: Millis): Promise<void> {
  const link = await getHostLink(deps, hostKey, slug);
  const ahead = await countAhead(deps, hostKey, slug, now);
  if (ahead > 0) {
    throw new DomainError(
      "CONFLICT",
      `slug: ${ahead} ${ahead === 1 ? "chat or request is" : "chats or requests are"} still ahead on this link; cancel or decline ${ahead === 1 ? "it" : "them"} first, or pause the link`,
      { issues: [{ path: "slug", message: "has chats ahead" }] },
    );
  }
  await deps.store.putLink({ ...link, deletedAt: now, paused: true });
}

async function countAhead(deps: Pick<HostDeps, "hosts">, hostKey: string, slug: string, now: Millis): Promise<number> {
  let count = 0;
  for (const view of ["unconfirmed", "pending", "upcoming"] as const) {
    let cursor: string | undefined;
    do {
      const page = await deps.hosts.listHostRequests(hostKey, view, now, { limit: 100, ...(cursor ? { cursor } : {}) });
      count += page.items.filter((r) => r.slug === slug && r.end > now).length;
      cursor = page.next;
    } while (cursor);
  }
  return count;
}

/**
 * The times a link (saved or only being edited) would offer between two dates in its zone, around the
 * host's chats already held: the editor's preview. Only for rules that passed linkIssues.
 */
export async function previewLinkTimes(deps: Pick<HostDeps, "store">, link: Link, from: LocalDate, to: LocalDate, now: Millis): Promise<Interval[]> {
  const window = localDateWindow(from, to, link.timeZone);
  // The holds the computation needs for this window, as the booking page reads them (busyRanges).
  const ranges = busyRanges(link, window, now);
  if (!ranges) return [];
  const busy = await deps.store.listBusy(link.handle, ranges.locks.start, ranges.locks.end);
  return computeSlots({ ...link }, busy, window, now);
}
