import { DeleteCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { DAY, type LocalDate, type Millis } from "@coffeechat/core";
import { ttlOf } from "../accounts/challenges.ts";
import type { TableContext } from "../context.ts";
import { isConditionFailed, toDomainError } from "../errors.ts";
import { journalKeys } from "../keys.ts";

/** A week's record outlives any late or redriven delivery of that week (Scheduler gives up after hours). */
const KEEP_SENT = 60 * DAY;

/** The week's digest claimed with a conditional put: no record yet, or a claim left by a process that died. */
export async function claimDigest(ctx: TableContext, accountId: string, week: LocalDate, claim: { id: string; at: Millis }, staleBefore: Millis): Promise<boolean> {
  try {
    await ctx.doc.send(
      new PutCommand({
        TableName: ctx.tableName,
        Item: { ...journalKeys.digestSent(accountId, week), week, state: "sending", claim: claim.id, claimedAt: claim.at, expiresAt: ttlOf(claim.at + KEEP_SENT) },
        ConditionExpression: "attribute_not_exists(pk) OR (#state = :sending AND claimedAt < :stale)",
        ExpressionAttributeNames: { "#state": "state" },
        ExpressionAttributeValues: { ":sending": "sending", ":stale": staleBefore },
      }),
    );
    return true;
  } catch (e) {
    if (isConditionFailed(e)) return false;
    throw toDomainError(e, "claim weekly digest");
  }
}

/** Sent (or skipped for a suppressed address); a claim taken over meanwhile is the other sender's to finish. */
export async function finishDigest(ctx: TableContext, accountId: string, week: LocalDate, claimId: string, messageId: string | undefined): Promise<void> {
  try {
    await ctx.doc.send(
      new UpdateCommand({
        TableName: ctx.tableName,
        Key: journalKeys.digestSent(accountId, week),
        UpdateExpression: messageId ? "SET #state = :done, messageId = :id" : "SET #state = :done",
        ConditionExpression: "claim = :claim",
        ExpressionAttributeNames: { "#state": "state" },
        ExpressionAttributeValues: { ":done": messageId ? "sent" : "skipped", ":claim": claimId, ...(messageId ? { ":id": messageId } : {}) },
      }),
    );
  } catch (e) {
    if (!isConditionFailed(e)) throw toDomainError(e, "record weekly digest");
  }
}

/** Only our own unfinished claim is dropped. */
export async function releaseDigest(ctx: TableContext, accountId: string, week: LocalDate, claimId: string): Promise<void> {
  try {
    await ctx.doc.send(
      new DeleteCommand({
        TableName: ctx.tableName,
        Key: journalKeys.digestSent(accountId, week),
        ConditionExpression: "claim = :claim AND #state = :sending",
        ExpressionAttributeNames: { "#state": "state" },
        ExpressionAttributeValues: { ":claim": claimId, ":sending": "sending" },
      }),
    );
  } catch (e) {
    if (!isConditionFailed(e)) throw toDomainError(e, "release weekly digest");
  }
}
