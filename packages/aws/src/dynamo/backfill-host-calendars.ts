import { TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { cancellationCodes } from "./cancellation.ts";
import type { TableContext } from "./context.ts";
import { toDomainError } from "./errors.ts";
import { CALENDAR_CONNECTION_PREFIX, keys } from "./keys.ts";
import { scanEach } from "./scan-each.ts";

/**
 * Puts every calendar connection stored before hosts kept the set of their connection ids
 * (keys.hostCalendars) into its host's set, so booking pages read its busy time at once rather
 * than after the connection's next refresh rewrites it (within 10 minutes). A one-off that reads
 * the whole table once; safe to run twice and beside the live service: an id joins the set only
 * while its connection still exists, checked in the same transaction.
 */
export async function backfillHostCalendars(ctx: TableContext): Promise<{ connections: number; added: number }> {
  let connections = 0;
  let added = 0;
  const scan = {
    FilterExpression: "begins_with(pk, :calendars) AND begins_with(sk, :connection)",
    ExpressionAttributeValues: { ":calendars": "CALENDARS#", ":connection": CALENDAR_CONNECTION_PREFIX },
    ProjectionExpression: "hostKey, id",
  };
  await scanEach(ctx, "scan calendar connections", scan, async (item) => {
    connections++;
    const hostKey = String(item["hostKey"]);
    const id = String(item["id"]);
    try {
      await ctx.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            { ConditionCheck: { TableName: ctx.tableName, Key: keys.calendarConnection(hostKey, id), ConditionExpression: "attribute_exists(pk)" } },
            {
              Update: {
                TableName: ctx.tableName,
                Key: keys.hostCalendars(hostKey),
                UpdateExpression: "ADD connections :id",
                ConditionExpression: "attribute_not_exists(connections) OR NOT contains(connections, :one)",
                ExpressionAttributeValues: { ":id": new Set([id]), ":one": id },
              },
            },
          ],
        }),
      );
      added++;
    } catch (e) {
      // Removed meanwhile, or already in the set (written again by the service, or a second run).
      if (!cancellationCodes(e)?.includes("ConditionalCheckFailed")) throw toDomainError(e, "backfill host calendars");
    }
  });
  return { connections, added };
}
