import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { useLocalAws } from "../../../../test/support/local-aws.ts";

const aws = useLocalAws();
/** 2031-03-03T15:00:00Z: a minute boundary. */
const W = Date.UTC(2031, 2, 3, 15, 0);

describe("DynamoRateLimiter", () => {
  it("allows `limit` hits per window, then refuses until the window ends", async () => {
    const { rateLimiter } = aws.current;
    const hits = [];
    for (let i = 0; i < 4; i++) hits.push(await rateLimiter.hit("ip:1.2.3.4", 3, 60, W + 10_000 + i));
    expect(hits.map((h) => h.allowed)).toEqual([true, true, true, false]);
    expect(hits[3]?.retryAfterSeconds).toBe(50);

    // The next window starts from zero.
    expect(await rateLimiter.hit("ip:1.2.3.4", 3, 60, W + 60_000)).toEqual({ allowed: true, retryAfterSeconds: 60 });
  });

  it("counts each key on its own", async () => {
    const { rateLimiter } = aws.current;
    expect((await rateLimiter.hit("email:a@x.example", 1, 3600, W)).allowed).toBe(true);
    expect((await rateLimiter.hit("email:b@x.example", 1, 3600, W)).allowed).toBe(true);
    expect((await rateLimiter.hit("email:a@x.example", 1, 3600, W + 1)).allowed).toBe(false);
  });

  it("counts concurrent hits atomically and never says less than one second", async () => {
    const { rateLimiter } = aws.current;
    const results = await Promise.all(Array.from({ length: 20 }, () => rateLimiter.hit("ip:burst", 5, 60, W + 59_999)));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
    expect(results.every((r) => r.retryAfterSeconds === 1)).toBe(true);
  });

  it("stores the counter with a TTL an hour past the window", async () => {
    const { rateLimiter, dynamo, tableName } = aws.current;
    await rateLimiter.hit("ip:ttl", 5, 60, W + 5_000);
    const window = Math.floor((W + 5_000) / 60_000);
    const { Item } = await dynamo.doc.send(
      new GetCommand({ TableName: tableName, Key: { pk: `RATE#ip:ttl#${window}`, sk: "RATE" }, ConsistentRead: true }),
    );
    expect(Item).toMatchObject({ count: 1, expiresAt: (W + 60_000) / 1000 + 3600 });
  });
});
