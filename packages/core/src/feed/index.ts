export { chatFeedUrl, rotateChatFeed, readChatFeed, FEED_PAST, FEED_LIMIT, type FeedDeps } from "./chat-feed.ts";
export { buildChatFeed, type FeedEntry } from "./feed-ics.ts";
export type { ChatFeed, FeedRequests, FeedStore } from "./ports.ts";
