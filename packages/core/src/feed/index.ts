export * from "./chat-feed.ts";
export * from "./feed-ics.ts";
export type { ChatFeed, FeedRequests, FeedStore } from "./ports.ts";
