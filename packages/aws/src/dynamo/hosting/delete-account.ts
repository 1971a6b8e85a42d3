import { DeleteCommand, PutCommand, QueryCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import type { Account, Millis } from "@coffeechat/core";
import { ttlOf } from "../accounts/challenges.ts";
import type { TableContext } from "../context.ts";
import { dynamoCall } from "../errors.ts";
import { keys } from "../keys.ts";

/**
 * In an order that a crash can resume from: the handle is kept first, then everything in the host's and
 * the account's partitions but the account itself, and last the account with its address claim together,
 * so an address is never left pointing at nothing, nor an account without its address.
 */
export async function deleteAccount(ctx: TableContext, account: Account, releaseHandle?: { handle: string; heldUntil: Millis }) {
  const TableName = ctx.tableName;
  if (releaseHandle) {
    const { handle, heldUntil } = releaseHandle;
    await dynamoCall("release handle", () =>
      ctx.doc
        .send(
          new PutCommand({
            TableName,
            Item: { ...keys.handle(handle), handle, key: account.id, state: "released", heldUntil, expiresAt: ttlOf(heldUntil) },
            ConditionExpression: "#key = :id",
            ExpressionAttributeNames: { "#key": "key" },
            ExpressionAttributeValues: { ":id": account.id },
          }),
        )
        .catch((e: unknown) => {
          // Someone else's by now (a retry long after): nothing of ours to keep.
          if (!(e instanceof Error && e.name === "ConditionalCheckFailedException")) throw e;
        }),
    );
  }
  const accountKey = keys.account(account.id);
  for (const pk of [keys.host(account.id).pk, accountKey.pk]) {
    for (const key of await keysIn(ctx, pk)) {
      if (key.pk === accountKey.pk && key.sk === accountKey.sk) continue;
      await dynamoCall("delete account data", () => ctx.doc.send(new DeleteCommand({ TableName, Key: key })));
    }
  }
  await dynamoCall("delete sign-in", () => ctx.doc.send(new DeleteCommand({ TableName, Key: keys.signIn(account.email) })));
  await dynamoCall("delete account", () =>
    ctx.doc.send(new TransactWriteCommand({ TransactItems: [{ Delete: { TableName, Key: accountKey } }, { Delete: { TableName, Key: keys.accountEmail(account.email) } }] })),
  );
}

async function keysIn(ctx: TableContext, pk: string): Promise<{ pk: string; sk: string }[]> {
  const out: { pk: string; sk: string }[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await dynamoCall("list account data", () =>
      ctx.doc.send(
        new QueryCommand({
          TableName: ctx.tableName,
          KeyConditionExpression: "pk = :pk",
          ExpressionAttributeValues: { ":pk": pk },
          ProjectionExpression: "pk, sk",
          ConsistentRead: true,
          ExclusiveStartKey: startKey,
        }),
      ),
    );
    out.push(...(page.Items ?? []).map((i) => ({ pk: String(i["pk"]), sk: String(i["sk"]) })));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return out;
}
