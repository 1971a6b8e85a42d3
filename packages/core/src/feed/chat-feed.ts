import type { Secrets } from "../accounts/ports.ts";
import type { HostStore } from "../hosting/ports.ts";
import { DAY, DomainError, type Millis } from "../model/index.ts";
import type { ChatStore } from "../ports.ts";
import { buildChatFeed, emptyFeed, type FeedEntry } from "./feed-ics.ts";
import type { FeedStore } from "./ports.ts";

export interface FeedDeps {
  feeds: FeedStore;
  secrets: Pick<Secrets, "hash">;
  store: Pick<ChatStore, "getHost">;
  hosts: Pick<HostStore, "listLinks">;
  settings: { appUrl: string };
}

/** Chats that ended up to this long ago stay in the feed, so last week's still shows in the calendar. */
export const FEED_PAST = 30 * DAY;
/** Of each kind; a host has far fewer chats ahead than this. */
export const FEED_LIMIT = 500;

/** The secret part of the address: an HMAC of the account and the feed's generation, under the service's secret. */
const secretOf = (deps: Pick<FeedDeps, "secrets">, accountId: string, generation: number) => deps.secrets.hash(`chat-feed:${accountId}:${generation}`);

const FILE = /^([a-z0-9]{1,64})\.([0-9a-f]{64})\.ics$/;

const urlOf = (deps: Pick<FeedDeps, "secrets" | "settings">, accountId: string, generation: number) =>
  `${deps.settings.appUrl}/ical/${accountId}.${secretOf(deps, accountId, generation)}.ics`;

/** The host's feed address, made on first asking. */
export async function chatFeedUrl(deps: FeedDeps, accountId: string, now: Millis): Promise<string> {
  const feed = (await deps.feeds.getFeed(accountId)) ?? (await deps.feeds.createFeed({ accountId, generation: 1, createdAt: now }));
  return urlOf(deps, accountId, feed.generation);
}

/** A new address; the old one answers 404 from now on. */
export async function rotateChatFeed(deps: FeedDeps, accountId: string, now: Millis): Promise<string> {
  const feed = await deps.feeds.getFeed(accountId);
  if (!feed) return chatFeedUrl(deps, accountId, now);
  const rotated = await deps.feeds.rotateFeed(accountId, feed.generation);
  return urlOf(deps, accountId, rotated.generation);
}

/**
 * The feed behind an address (`<account>.<secret>.ics`): the host's accepted chats and the requests
 * waiting for their answer. Any address that is not the current one of an existing feed is NOT_FOUND,
 * told apart from nothing else.
 */
export async function readChatFeed(deps: FeedDeps, file: string, now: Millis): Promise<string> {
  const match = FILE.exec(file);
  const notFound = new DomainError("NOT_FOUND", "No feed at this address");
  if (!match) throw notFound;
  const [, accountId, presented] = match as unknown as [string, string, string];
  const feed = await deps.feeds.getFeed(accountId);
  if (!feed || !sameSecret(presented, secretOf(deps, accountId, feed.generation))) throw notFound;
  // The host key of an account is its id (HostKey).
  const [host, links, requests] = await Promise.all([
    deps.store.getHost(accountId),
    deps.hosts.listLinks(accountId),
    deps.feeds.listFeedRequests(accountId, now - FEED_PAST, FEED_LIMIT),
  ]);
  if (!host) return emptyFeed("Coffee chats");
  const linkOf = new Map(links.map((l) => [l.slug, l]));
  const entries: FeedEntry[] = [
    ...requests.chats.map((request) => ({ request, kind: "chat" as const })),
    ...requests.holds.map((request) => ({ request, kind: "hold" as const })),
  ].flatMap((e) => {
    const link = linkOf.get(e.request.slug);
    return link ? [{ ...e, link }] : [];
  });
  entries.sort((a, b) => a.request.start - b.request.start || (a.request.id < b.request.id ? -1 : 1));
  return buildChatFeed(host, entries);
}

/** Compared in constant time: how much of a guess matched says nothing. */
function sameSecret(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
