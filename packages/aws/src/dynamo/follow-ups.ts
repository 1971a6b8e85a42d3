import { GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { FollowUpKind, FollowUpRecord, FollowUpStatus, Millis } from "@coffeechat/core";
import { batchWrite } from "./batch-write.ts";
import type { TableContext } from "./context.ts";
import { dynamoCall, isConditionFailed, toDomainError } from "./errors.ts";
import { keys, withoutKeys } from "./keys.ts";
import { queryAll } from "./query-all.ts";

const EXTRA_FIELDS = new Set(["sentAt", "reason", "delivered"]);

export const followUpItem = (r: FollowUpRecord) => ({ ...r, ...keys.followUp(r.requestId, r.kind) });

export async function putFollowUps(ctx: TableContext, records: FollowUpRecord[]): Promise<void> {
  await batchWrite(ctx, "save follow-ups", records.map((r) => ({ PutRequest: { Item: followUpItem(r) } })));
}

export async function listFollowUps(ctx: TableContext, requestId: string): Promise<FollowUpRecord[]> {
  const items = await queryAll(ctx, "list follow-ups", {
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :fu)",
    ExpressionAttributeValues: { ":pk": keys.request(requestId).pk, ":fu": "FU#" },
    ConsistentRead: true,
  });
  return items.map((item) => withoutKeys<FollowUpRecord>(item)).sort((a, b) => a.at - b.at);
}

export async function getFollowUp(ctx: TableContext, requestId: string, kind: FollowUpKind) {
  const { Item } = await dynamoCall("read follow-up", () =>
    ctx.doc.send(new GetCommand({ TableName: ctx.tableName, Key: keys.followUp(requestId, kind), ConsistentRead: true })),
  );
  return Item ? withoutKeys<FollowUpRecord>(Item) : undefined;
}

/** The send claim: one conditional update, so of two concurrent claims exactly one wins. */
export async function setFollowUpStatus(
  ctx: TableContext,
  requestId: string,
  kind: FollowUpKind,
  from: FollowUpStatus | FollowUpStatus[],
  to: FollowUpStatus,
  extra: { sentAt?: Millis; reason?: string; delivered?: ("host" | "guest")[] } = {},
): Promise<boolean> {
  const froms = Array.isArray(from) ? from : [from];
  if (froms.length === 0) return false;
  const values: Record<string, unknown> = { ":to": to };
  froms.forEach((f, i) => (values[`:from${i}`] = f));
  const sets = ["#status = :to"];
  for (const [name, value] of Object.entries(extra)) {
    if (value === undefined || !EXTRA_FIELDS.has(name)) continue;
    sets.push(`${name} = :${name}`);
    values[`:${name}`] = value;
  }
  try {
    await ctx.doc.send(
      new UpdateCommand({
        TableName: ctx.tableName,
        Key: keys.followUp(requestId, kind),
        UpdateExpression: `SET ${sets.join(", ")}`,
        ConditionExpression: `#status IN (${froms.map((_, i) => `:from${i}`).join(", ")})`,
        ExpressionAttributeNames: { "#status": "status" },
        ExpressionAttributeValues: values,
      }),
    );
    return true;
  } catch (e) {
    if (isConditionFailed(e)) return false;
    throw toDomainError(e, "claim follow-up");
  }
}

/**
 * Counts a failed attempt on a claimed follow-up in one conditional update: it goes back to
 * "planned" for the scheduler's retry, or to "failed" on the last attempt.
 */
export async function recordFollowUpFailure(
  ctx: TableContext,
  requestId: string,
  kind: FollowUpKind,
  reason: string,
  maxAttempts: number,
): Promise<FollowUpStatus> {
  const current = await getFollowUp(ctx, requestId, kind);
  if (!current || current.status !== "sent") return current?.status ?? "failed";
  const attempts = (current.attempts ?? 0) + 1;
  const next: FollowUpStatus = attempts >= maxAttempts ? "failed" : "planned";
  try {
    await ctx.doc.send(
      new UpdateCommand({
        TableName: ctx.tableName,
        Key: keys.followUp(requestId, kind),
        UpdateExpression: "SET #status = :next, attempts = :attempts, reason = :reason REMOVE sentAt",
        ConditionExpression: "#status = :sent AND (attribute_not_exists(attempts) OR attempts = :before)",
        ExpressionAttributeNames: { "#status": "status" },
        ExpressionAttributeValues: {
          ":next": next,
          ":attempts": attempts,
          ":reason": reason.slice(0, 500),
          ":sent": "sent",
          ":before": current.attempts ?? 0,
        },
      }),
    );
    return next;
  } catch (e) {
    if (isConditionFailed(e)) return (await getFollowUp(ctx, requestId, kind))?.status ?? "failed";
    throw toDomainError(e, "record follow-up failure");
  }
}
