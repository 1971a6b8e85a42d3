import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Outbox } from "@coffeechat/core";
import type { TableContext } from "./context.ts";
import { isConditionFailed, toDomainError } from "./errors.ts";
import { keys } from "./keys.ts";

/**
 * Replaces the request's outbox only while it is still at `expectedRev` (each write raises it), so
 * two runs recording progress, or a run and a change, never overwrite one another.
 */
export async function replaceOutbox(ctx: TableContext, requestId: string, expectedRev: number, next: Outbox): Promise<boolean> {
  try {
    await ctx.doc.send(
      new UpdateCommand({
        TableName: ctx.tableName,
        Key: keys.request(requestId),
        UpdateExpression: "SET outbox = :next",
        // Rev 0 is an outbox stored before revs existed (see request-item.ts).
        ConditionExpression: expectedRev === 0 ? "attribute_exists(outbox) AND attribute_not_exists(outbox.rev)" : "outbox.rev = :rev",
        ExpressionAttributeValues: { ":next": next, ...(expectedRev === 0 ? {} : { ":rev": expectedRev }) },
      }),
    );
    return true;
  } catch (e) {
    if (isConditionFailed(e)) return false;
    throw toDomainError(e, "record outbox progress");
  }
}
