import { GetCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { DomainError, type Account, type HandleClaim, type Millis, type ProfileChange } from "@coffeechat/core";
import { ttlOf } from "../accounts/challenges.ts";
import { cancellationCodes } from "../cancellation.ts";
import type { TableContext } from "../context.ts";
import { dynamoCall, toDomainError } from "../errors.ts";
import { keys, withoutKeys } from "../keys.ts";

export async function getHandle(ctx: TableContext, handle: string): Promise<HandleClaim | undefined> {
  const { Item } = await dynamoCall("read handle", () =>
    ctx.doc.send(new GetCommand({ TableName: ctx.tableName, Key: keys.handle(handle), ConsistentRead: true })),
  );
  return Item ? withoutKeys<HandleClaim>(Item, ["expiresAt"]) : undefined;
}

/**
 * The account, its handle claims and its host record in one transaction. The claim's condition is the
 * uniqueness guard: free, already this account's, or held by someone whose time is up.
 */
export async function saveProfile(ctx: TableContext, next: Account, expectedVersion: number, change: ProfileChange, now: Millis) {
  const TableName = ctx.tableName;
  const items: Record<string, unknown>[] = [
    {
      Put: {
        TableName,
        Item: { ...next, ...keys.account(next.id) },
        ConditionExpression: "version = :expected",
        ExpressionAttributeValues: { ":expected": expectedVersion },
      },
    },
  ];
  const CLAIM = items.length;
  if (change.claim) {
    items.push({
      Put: {
        TableName,
        Item: { ...keys.handle(change.claim), handle: change.claim, key: next.id, state: "active" },
        ConditionExpression: "attribute_not_exists(pk) OR #key = :id OR (#state <> :active AND heldUntil <= :now)",
        ExpressionAttributeNames: { "#key": "key", "#state": "state" },
        ExpressionAttributeValues: { ":id": next.id, ":active": "active", ":now": now },
      },
    });
  }
  if (change.release) {
    const { handle, heldUntil } = change.release;
    items.push({
      Put: {
        TableName,
        Item: { ...keys.handle(handle), handle, key: next.id, state: "previous", heldUntil, expiresAt: ttlOf(heldUntil) },
        ConditionExpression: "#key = :id",
        ExpressionAttributeNames: { "#key": "key" },
        ExpressionAttributeValues: { ":id": next.id },
      },
    });
  }
  if (change.host) items.push({ Put: { TableName, Item: { ...change.host, ...keys.host(change.host.handle) } } });
  try {
    await ctx.doc.send(new TransactWriteCommand({ TransactItems: items as never }));
  } catch (e) {
    const codes = cancellationCodes(e);
    if (codes?.[0] === "ConditionalCheckFailed") {
      throw new DomainError("CONFLICT", "Your profile changed a moment ago (another tab?); reload and try again");
    }
    if (change.claim && codes?.[CLAIM] === "ConditionalCheckFailed") {
      throw new DomainError("HANDLE_TAKEN", `handle: "${change.claim}" is taken; please pick another`, {
        issues: [{ path: "handle", message: `"${change.claim}" is taken` }],
      });
    }
    throw toDomainError(e, "save profile");
  }
}
