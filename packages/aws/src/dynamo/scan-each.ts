import { ScanCommand, type ScanCommandInput } from "@aws-sdk/lib-dynamodb";
import type { TableContext } from "./context.ts";
import { dynamoCall } from "./errors.ts";

/** The one-off backfills' walk: every item a scan of the whole table matches, one at a time, page after page. */
export async function scanEach(
  ctx: TableContext,
  what: string,
  input: Omit<ScanCommandInput, "TableName" | "ExclusiveStartKey">,
  each: (item: Record<string, unknown>) => Promise<void>,
): Promise<void> {
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await dynamoCall(what, () => ctx.doc.send(new ScanCommand({ ...input, TableName: ctx.tableName, ExclusiveStartKey: startKey })));
    for (const item of page.Items ?? []) await each(item);
    startKey = page.LastEvaluatedKey;
  } while (startKey);
}
