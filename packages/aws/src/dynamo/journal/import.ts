import { createHash } from "node:crypto";
import { PutCommand, TransactWriteCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { DomainError, MINUTE, type Millis, type Person } from "@coffeechat/core";
import { batchWrite } from "../batch-write.ts";
import { cancellationCodes } from "../cancellation.ts";
import { MAX_TRANSACTION_ITEMS, type TableContext } from "../context.ts";
import { dynamoCall, toDomainError } from "../errors.ts";
import { journalKeys } from "../keys.ts";
import { journalOf, personItem, readPartition } from "./items.ts";

/** A Lambda runs 15 minutes at most: a marker still pending after that belongs to a dead import. */
export const ABANDONED_AFTER = 15 * MINUTE;

/**
 * An import too big for one transaction (100 items), made all-or-nothing by a marker:
 * 1. IMPORT#id is written "pending"; 2. the people are written in transactions of 100, each
 *    carrying importId, and every reader hides a person whose import is not committed;
 * 3. the marker flips to "committed" in one conditional write, and all of them appear at once.
 * A crash before 3 leaves a pending marker and invisible people, deleted by the next import once
 * ABANDONED_AFTER has passed (or with the journal). A retried transaction is idempotent: each
 * carries a ClientRequestToken derived from the import and the chunk.
 */
export async function importPeople(ctx: TableContext, accountId: string, importId: string, people: Person[], now: Millis): Promise<void> {
  if (people.length === 0) return;
  await sweepAbandonedImports(ctx, accountId, now);
  const marker = journalKeys.importMarker(accountId, importId);
  await dynamoCall(
    "start import",
    () =>
      ctx.doc.send(
        new PutCommand({
          TableName: ctx.tableName,
          Item: { ...marker, importId, state: "pending", at: now, count: people.length },
          ConditionExpression: "attribute_not_exists(pk)",
        }),
      ),
    () => new DomainError("CONFLICT", `import ${importId} was already started`),
  );
  for (let i = 0; i < people.length; i += MAX_TRANSACTION_ITEMS) {
    const chunk = people.slice(i, i + MAX_TRANSACTION_ITEMS);
    try {
      await ctx.doc.send(
        new TransactWriteCommand({
          ClientRequestToken: requestToken(accountId, importId, i),
          TransactItems: chunk.map((p) => ({
            Put: { TableName: ctx.tableName, Item: personItem(accountId, p, importId), ConditionExpression: "attribute_not_exists(pk)" },
          })),
        }),
      );
    } catch (e) {
      if (cancellationCodes(e)?.includes("ConditionalCheckFailed")) throw new DomainError("CONFLICT", "import: a person id is already taken");
      throw toDomainError(e, "import people");
    }
  }
  await dynamoCall(
    "commit import",
    () =>
      ctx.doc.send(
        new UpdateCommand({
          TableName: ctx.tableName,
          Key: marker,
          UpdateExpression: "SET #state = :committed",
          ConditionExpression: "#state = :pending",
          ExpressionAttributeNames: { "#state": "state" },
          ExpressionAttributeValues: { ":committed": "committed", ":pending": "pending" },
        }),
      ),
    () => new DomainError("CONFLICT", `import ${importId} was swept or committed meanwhile`),
  );
}

/** Deletes the people and markers of imports that died before committing. */
export async function sweepAbandonedImports(ctx: TableContext, accountId: string, now: Millis): Promise<number> {
  const partition = journalOf(await readPartition(ctx, accountId));
  const dead = partition.imports.filter((m) => m.state === "pending" && m.at < now - ABANDONED_AFTER);
  for (const m of dead) {
    const people = partition.hiddenPeople.get(m.importId) ?? [];
    await batchWrite(ctx, "sweep import", [
      ...people.map((item) => ({ DeleteRequest: { Key: { pk: item.pk, sk: item.sk } } })),
      { DeleteRequest: { Key: journalKeys.importMarker(accountId, m.importId) } },
    ]);
  }
  return dead.length;
}

/** At most 36 characters, the same for a retry of the same chunk. */
const requestToken = (accountId: string, importId: string, offset: number) =>
  createHash("sha256").update(`${accountId}\u0000${importId}\u0000${offset}`).digest("base64url").slice(0, 36);
