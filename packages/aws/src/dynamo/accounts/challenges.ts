import { DeleteCommand, GetCommand, TransactWriteCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Millis, SignInChallenge } from "@coffeechat/core";
import type { TableContext } from "../context.ts";
import { dynamoCall, isConditionFailed, toDomainError } from "../errors.ts";
import { keys, withoutKeys } from "../keys.ts";

/** Epoch seconds for the table's TTL attribute: DynamoDB deletes the item some time after. */
export const ttlOf = (ms: Millis) => Math.ceil(ms / 1000);
const STORAGE_ONLY = ["expiresAt"];

/** The challenge and its link pointer together; the address's older challenge is overwritten. */
export async function putChallenge(ctx: TableContext, challenge: SignInChallenge): Promise<void> {
  const expiresAt = ttlOf(challenge.validUntil);
  await dynamoCall("save sign-in", () =>
    ctx.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: ctx.tableName, Item: { ...challenge, ...keys.signIn(challenge.email), expiresAt } } },
          { Put: { TableName: ctx.tableName, Item: { ...keys.signInLink(challenge.linkHash), email: challenge.email, expiresAt } } },
        ],
      }),
    ),
  );
}

export async function getChallenge(ctx: TableContext, email: string): Promise<SignInChallenge | undefined> {
  const { Item } = await dynamoCall("read sign-in", () =>
    ctx.doc.send(new GetCommand({ TableName: ctx.tableName, Key: keys.signIn(email), ConsistentRead: true })),
  );
  return Item ? withoutKeys<SignInChallenge>(Item, STORAGE_ONLY) : undefined;
}

export async function findChallengeEmail(ctx: TableContext, linkHash: string): Promise<string | undefined> {
  const { Item } = await dynamoCall("read sign-in link", () =>
    ctx.doc.send(new GetCommand({ TableName: ctx.tableName, Key: keys.signInLink(linkHash), ConsistentRead: true })),
  );
  return typeof Item?.["email"] === "string" ? Item["email"] : undefined;
}

/** One conditional ADD: concurrent tries each take a number, and none gets past the limit. */
export async function countCodeAttempt(ctx: TableContext, email: string, maxAttempts: number, now: Millis) {
  try {
    const out = await ctx.doc.send(
      new UpdateCommand({
        TableName: ctx.tableName,
        Key: keys.signIn(email),
        UpdateExpression: "ADD attempts :one",
        ConditionExpression: "attribute_exists(pk) AND attempts < :max AND validUntil > :now",
        ExpressionAttributeValues: { ":one": 1, ":max": maxAttempts, ":now": now },
        ReturnValues: "ALL_NEW",
      }),
    );
    return out.Attributes ? withoutKeys<SignInChallenge>(out.Attributes, STORAGE_ONLY) : undefined;
  } catch (e) {
    if (isConditionFailed(e)) return undefined;
    throw toDomainError(e, "count sign-in code");
  }
}

/** Single use: the delete succeeds once, for the challenge that link hash belongs to. */
export async function consumeChallenge(ctx: TableContext, email: string, linkHash: string): Promise<boolean> {
  try {
    await ctx.doc.send(
      new DeleteCommand({
        TableName: ctx.tableName,
        Key: keys.signIn(email),
        ConditionExpression: "linkHash = :hash",
        ExpressionAttributeValues: { ":hash": linkHash },
      }),
    );
  } catch (e) {
    if (isConditionFailed(e)) return false;
    throw toDomainError(e, "use sign-in");
  }
  await dynamoCall("drop sign-in link", () => ctx.doc.send(new DeleteCommand({ TableName: ctx.tableName, Key: keys.signInLink(linkHash) })));
  return true;
}
