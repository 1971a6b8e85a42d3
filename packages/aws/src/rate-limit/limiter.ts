import { UpdateCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { DomainError, type Millis, type RateLimiter } from "@coffeechat/core";
import { dynamoCall } from "../dynamo/errors.ts";
import { keys } from "../dynamo/keys.ts";

/** Counters stay an hour past their window so a late read still sees them; TTL removes them after. */
const KEEP_AFTER_WINDOW_SECONDS = 3600;

/** A fixed-window counter per key: one atomic ADD per hit, shared by every Lambda instance. */
export class DynamoRateLimiter implements RateLimiter {
  constructor(private readonly options: { client: DynamoDBDocumentClient; tableName: string }) {}

  async hit(key: string, limit: number, windowSeconds: number, now: Millis) {
    if (!(windowSeconds > 0) || !Number.isFinite(windowSeconds)) {
      throw new DomainError("INVALID_INPUT", `windowSeconds must be positive, got ${windowSeconds}`);
    }
    const windowMs = windowSeconds * 1000;
    const window = Math.floor(now / windowMs);
    const windowEnd = (window + 1) * windowMs;
    const out = await dynamoCall("count rate limit", () =>
      this.options.client.send(
        new UpdateCommand({
          TableName: this.options.tableName,
          Key: keys.rate(key, window),
          UpdateExpression: "ADD #count :one SET expiresAt = :expiresAt",
          ExpressionAttributeNames: { "#count": "count" },
          ExpressionAttributeValues: { ":one": 1, ":expiresAt": Math.ceil(windowEnd / 1000) + KEEP_AFTER_WINDOW_SECONDS },
          ReturnValues: "UPDATED_NEW",
        }),
      ),
    );
    const count = Number(out.Attributes?.["count"] ?? 1);
    return { allowed: count <= limit, retryAfterSeconds: Math.max(1, Math.ceil((windowEnd - now) / 1000)) };
  }
}
