import type { ChatRequest, Millis } from "../model/index.ts";

/**
 * A host's feed of chats. Nothing secret is stored: the address's secret is an HMAC of the account
 * and the generation under the service's secret, so rotating (generation + 1) voids the old address.
 */
export interface ChatFeed {
  accountId: string;
  generation: number;
  createdAt: Millis;
}

/** What the feed lists: accepted chats (ending from `since` on) and requests waiting for the host's answer. */
export interface FeedRequests {
  chats: ChatRequest[];
  holds: ChatRequest[];
}

export interface FeedStore {
  getFeed(accountId: string): Promise<ChatFeed | undefined>;
  /** Creates the feed unless one exists; either way the stored one. */
  createFeed(feed: ChatFeed): Promise<ChatFeed>;
  /** generation + 1 while it is still `expected`; CONFLICT when another rotation came first. */
  rotateFeed(accountId: string, expected: number): Promise<ChatFeed>;
  /** From the host's request index (gsi1): at most `limit` of each, soonest first. */
  listFeedRequests(hostKey: string, since: Millis, limit: number): Promise<FeedRequests>;
}
