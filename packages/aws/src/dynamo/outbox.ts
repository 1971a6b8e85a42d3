import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { TableContext } from "./context.ts";
import { isConditionFailed, toDomainError } from "./errors.ts";
import { keys } from "./keys.ts";

/** Progress through a request's outbox, guarded by its version: a newer change owns the outbox now. */
export async function setOutboxProgress(
  ctx: TableContext,
  requestId: string,
  version: number,
  done: number | undefined,
): Promise<boolean> {
  try {
    await ctx.doc.send(
      new UpdateCommand({
        TableName: ctx.tableName,
        Key: keys.request(requestId),
        UpdateExpression: done === undefined ? "REMOVE outbox" : "SET outbox.done = :done",
        ConditionExpression: "version = :version AND attribute_exists(outbox)",
        ExpressionAttributeValues: { ":version": version, ...(done === undefined ? {} : { ":done": done }) },
      }),
    );
    return true;
  } catch (e) {
    if (isConditionFailed(e)) return false;
    throw toDomainError(e, "record outbox progress");
  }
}
