import { GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { DomainError, type ChatFeed, type ChatRequest, type FeedRequests, type FeedStore, type Millis } from "@coffeechat/core";
import type { TableContext } from "../context.ts";
import { dynamoCall } from "../errors.ts";
import { GSI1, hostRequestsPk, keys, withoutKeys, type HostRequestGroup } from "../keys.ts";

/**
 * The feed of chats:
 *   ACCOUNT#<id> / FEED — its generation (deleted with the account's partition)
 * and the host's chats from gsi1 (keys.hostRequests): one Query over accepted chats ending from
 * `since`, one over requests waiting for the host's answer, run together.
 */
export class DynamoFeedStore implements FeedStore {
  private readonly ctx: TableContext;

  constructor(options: { client: DynamoDBDocumentClient; tableName: string }) {
    this.ctx = { doc: options.client, tableName: options.tableName };
  }

  async getFeed(accountId: string): Promise<ChatFeed | undefined> {
    const { Item } = await dynamoCall("read feed", () =>
      this.ctx.doc.send(new GetCommand({ TableName: this.ctx.tableName, Key: keys.feed(accountId), ConsistentRead: true })),
    );
    return Item ? withoutKeys<ChatFeed>(Item) : undefined;
  }

  async createFeed(feed: ChatFeed): Promise<ChatFeed> {
    try {
      await dynamoCall(
        "create feed",
        () =>
          this.ctx.doc.send(
            new PutCommand({ TableName: this.ctx.tableName, Item: { ...feed, ...keys.feed(feed.accountId) }, ConditionExpression: "attribute_not_exists(pk)" }),
          ),
        () => new DomainError("CONFLICT", "The feed was made meanwhile"),
      );
      return feed;
    } catch (e) {
      // Two first calls at once: both answer with the one that was written.
      const stored = e instanceof DomainError && e.code === "CONFLICT" ? await this.getFeed(feed.accountId) : undefined;
      if (!stored) throw e;
      return stored;
    }
  }

  async rotateFeed(accountId: string, expected: number): Promise<ChatFeed> {
    const out = await dynamoCall(
      "rotate feed",
      () =>
        this.ctx.doc.send(
          new UpdateCommand({
            TableName: this.ctx.tableName,
            Key: keys.feed(accountId),
            UpdateExpression: "SET generation = :next",
            ConditionExpression: "generation = :expected",
            ExpressionAttributeValues: { ":expected": expected, ":next": expected + 1 },
            ReturnValues: "ALL_NEW",
          }),
        ),
      () => new DomainError("CONFLICT", "The feed's address was just changed; reload to see the new one"),
    );
    return withoutKeys<ChatFeed>(out.Attributes ?? {});
  }

  async listFeedRequests(hostKey: string, since: Millis, limit: number): Promise<FeedRequests> {
    // Chats sort by their end in gsi1, so "ended after since" is one key range.
    const [chats, holds] = await Promise.all([
      this.group(hostKey, "chat", `${new Date(since).toISOString()}#`, limit),
      this.group(hostKey, "waiting", undefined, limit),
    ]);
    return { chats: chats.filter((r) => r.status === "accepted" || r.status === "completed"), holds: holds.filter((r) => r.status === "awaiting_host") };
  }

  private async group(hostKey: string, group: HostRequestGroup, after: string | undefined, limit: number): Promise<ChatRequest[]> {
    const out = await dynamoCall("list feed requests", () =>
      this.ctx.doc.send(
        new QueryCommand({
          TableName: this.ctx.tableName,
          IndexName: GSI1,
          KeyConditionExpression: after ? "gsi1pk = :pk AND gsi1sk > :after" : "gsi1pk = :pk",
          ExpressionAttributeValues: { ":pk": hostRequestsPk(hostKey, group), ...(after ? { ":after": after } : {}) },
          Limit: limit,
        }),
      ),
    );
    return (out.Items ?? []).map((item) => withoutKeys<ChatRequest>(item, ["occStart", "occEnd"]));
  }
}
