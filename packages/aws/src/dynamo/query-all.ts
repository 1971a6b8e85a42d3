import { QueryCommand, type QueryCommandInput } from "@aws-sdk/lib-dynamodb";
import type { TableContext } from "./context.ts";
import { dynamoCall } from "./errors.ts";

/** Every item a query matches, page after page (a page stops at 1 MB). */
export async function queryAll(
  ctx: TableContext,
  what: string,
  input: Omit<QueryCommandInput, "TableName" | "ExclusiveStartKey">,
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await dynamoCall(what, () => ctx.doc.send(new QueryCommand({ ...input, TableName: ctx.tableName, ExclusiveStartKey: startKey })));
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}
