import { PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { DomainError, type Link } from "@coffeechat/core";
import type { TableContext } from "../context.ts";
import { dynamoCall } from "../errors.ts";
import { keys, withoutKeys } from "../keys.ts";

export async function listLinks(ctx: TableContext, hostKey: string): Promise<Link[]> {
  const out: Link[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await dynamoCall("list links", () =>
      ctx.doc.send(
        new QueryCommand({
          TableName: ctx.tableName,
          KeyConditionExpression: "pk = :pk AND begins_with(sk, :link)",
          ExpressionAttributeValues: { ":pk": keys.host(hostKey).pk, ":link": "LINK#" },
          ConsistentRead: true,
          ExclusiveStartKey: startKey,
        }),
      ),
    );
    out.push(...(page.Items ?? []).map((i) => withoutKeys<Link>(i)));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return out;
}

/** A slug is the host's own: taken by a live link it is a CONFLICT; a deleted link's slug may be reused. */
export async function insertLink(ctx: TableContext, link: Link): Promise<void> {
  await dynamoCall(
    "create link",
    () =>
      ctx.doc.send(
        new PutCommand({
          TableName: ctx.tableName,
          Item: { ...link, ...keys.link(link.handle, link.slug) },
          ConditionExpression: "attribute_not_exists(pk) OR attribute_exists(deletedAt)",
        }),
      ),
    () =>
      new DomainError("CONFLICT", `slug: you already have a link "${link.slug}"`, {
        issues: [{ path: "slug", message: `you already have a link "${link.slug}"` }],
      }),
  );
}
