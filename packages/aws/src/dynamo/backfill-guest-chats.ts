import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { TableContext } from "./context.ts";
import { isConditionFailed, toDomainError } from "./errors.ts";
import { keys } from "./keys.ts";
import { guestConfirmed, requestOf } from "./request-item.ts";
import { scanEach } from "./scan-each.ts";

/**
 * Gives every request stored before gsi2 existed, whose guest confirmed their address, the key
 * that lists it in that address's journal (keys.guestChat), as a write of the request would now.
 * A one-off: it reads the whole table once. Safe to run twice and beside the live service: each
 * update only adds the key where it is still missing.
 */
export async function backfillGuestChats(ctx: TableContext): Promise<{ scanned: number; added: number }> {
  let scanned = 0;
  let added = 0;
  const scan = {
    FilterExpression: "begins_with(pk, :req) AND sk = :sk AND attribute_not_exists(gsi2pk)",
    ExpressionAttributeValues: { ":req": "REQ#", ":sk": "REQ" },
  };
  await scanEach(ctx, "scan requests", scan, async (item) => {
    scanned++;
    const request = requestOf(item);
    if (!guestConfirmed(request)) return;
    const { gsi2pk, gsi2sk } = keys.guestChat(request.guest.email, request.start, request.id);
    try {
      await ctx.doc.send(
        new UpdateCommand({
          TableName: ctx.tableName,
          Key: keys.request(request.id),
          UpdateExpression: "SET gsi2pk = :pk, gsi2sk = :sk",
          ConditionExpression: "attribute_exists(pk) AND attribute_not_exists(gsi2pk)",
          ExpressionAttributeValues: { ":pk": gsi2pk, ":sk": gsi2sk },
        }),
      );
      added++;
    } catch (e) {
      // Written meanwhile by the service, which adds the key itself.
      if (!isConditionFailed(e)) throw toDomainError(e, "backfill guest chat");
    }
  });
  return { scanned, added };
}
