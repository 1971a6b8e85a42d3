import { DeleteCommand, PutCommand, QueryCommand, TransactGetCommand } from "@aws-sdk/lib-dynamodb";
import type { Account, Credential, CredentialKind } from "@coffeechat/core";
import type { TableContext } from "../context.ts";
import { dynamoCall } from "../errors.ts";
import { keys, withoutKeys } from "../keys.ts";
import { ttlOf } from "./challenges.ts";

const STORAGE_ONLY = ["expiresAt"];

export async function putCredential(ctx: TableContext, credential: Credential): Promise<void> {
  const item = {
    ...credential,
    ...keys.credential(credential.accountId, credential.kind, credential.hash),
    ...(credential.validUntil !== undefined ? { expiresAt: ttlOf(credential.validUntil) } : {}),
  };
  await dynamoCall("save credential", () =>
    ctx.doc.send(new PutCommand({ TableName: ctx.tableName, Item: item, ConditionExpression: "attribute_not_exists(pk)" })),
  );
}

/** One call for both: every authenticated request pays a single, strongly consistent read. */
export async function getCredential(ctx: TableContext, kind: CredentialKind, accountId: string, hash: string) {
  const out = await dynamoCall("read credential", () =>
    ctx.doc.send(
      new TransactGetCommand({
        TransactItems: [
          { Get: { TableName: ctx.tableName, Key: keys.credential(accountId, kind, hash) } },
          { Get: { TableName: ctx.tableName, Key: keys.account(accountId) } },
        ],
      }),
    ),
  );
  const [credential, account] = (out.Responses ?? []).map((r) => r.Item);
  if (!credential || !account) return undefined;
  return { credential: withoutKeys<Credential>(credential, STORAGE_ONLY), account: withoutKeys<Account>(account) };
}

export async function listCredentials(ctx: TableContext, accountId: string, kind: CredentialKind): Promise<Credential[]> {
  const out: Credential[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await dynamoCall("list credentials", () =>
      ctx.doc.send(
        new QueryCommand({
          TableName: ctx.tableName,
          KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
          ExpressionAttributeValues: { ":pk": keys.account(accountId).pk, ":prefix": keys.credentialPrefix(kind) },
          ConsistentRead: true,
          ExclusiveStartKey: startKey,
        }),
      ),
    );
    out.push(...(page.Items ?? []).map((i) => withoutKeys<Credential>(i, STORAGE_ONLY)));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return out;
}

/** By public id, a prefix of the hash: found only in this account's own partition. */
export async function deleteCredential(ctx: TableContext, accountId: string, kind: CredentialKind, id: string): Promise<boolean> {
  if (!/^[0-9a-f]{16}$/.test(id)) return false;
  const page = await dynamoCall("find credential", () =>
    ctx.doc.send(
      new QueryCommand({
        TableName: ctx.tableName,
        KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
        ExpressionAttributeValues: { ":pk": keys.account(accountId).pk, ":prefix": `${keys.credentialPrefix(kind)}${id}` },
        ProjectionExpression: "pk, sk",
        ConsistentRead: true,
      }),
    ),
  );
  const found = page.Items ?? [];
  for (const item of found) {
    await dynamoCall("delete credential", () =>
      ctx.doc.send(new DeleteCommand({ TableName: ctx.tableName, Key: { pk: item["pk"], sk: item["sk"] } })),
    );
  }
  return found.length > 0;
}
