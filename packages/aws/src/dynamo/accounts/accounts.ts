import { GetCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { DomainError, type Account } from "@coffeechat/core";
import { cancellationCodes } from "../cancellation.ts";
import type { TableContext } from "../context.ts";
import { dynamoCall, toDomainError } from "../errors.ts";
import { keys, withoutKeys } from "../keys.ts";

export async function getAccount(ctx: TableContext, id: string): Promise<Account | undefined> {
  const { Item } = await dynamoCall("read account", () =>
    ctx.doc.send(new GetCommand({ TableName: ctx.tableName, Key: keys.account(id), ConsistentRead: true })),
  );
  return Item ? withoutKeys<Account>(Item) : undefined;
}

export async function getAccountIdByEmail(ctx: TableContext, email: string): Promise<string | undefined> {
  const { Item } = await dynamoCall("read account address", () =>
    ctx.doc.send(new GetCommand({ TableName: ctx.tableName, Key: keys.accountEmail(email), ConsistentRead: true })),
  );
  return typeof Item?.["accountId"] === "string" ? Item["accountId"] : undefined;
}

/** The account and its address claim together: two sign-ins racing for one new address make one account. */
export async function createAccount(ctx: TableContext, account: Account): Promise<void> {
  const isNew = "attribute_not_exists(pk)";
  try {
    await ctx.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: ctx.tableName, Item: { ...keys.accountEmail(account.email), accountId: account.id }, ConditionExpression: isNew } },
          { Put: { TableName: ctx.tableName, Item: { ...account, ...keys.account(account.id) }, ConditionExpression: isNew } },
        ],
      }),
    );
  } catch (e) {
    const codes = cancellationCodes(e);
    if (codes?.includes("ConditionalCheckFailed")) throw new DomainError("CONFLICT", "email: this address already has an account");
    throw toDomainError(e, "create account");
  }
}
