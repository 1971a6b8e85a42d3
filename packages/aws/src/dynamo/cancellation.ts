import { BatchGetCommand, type BatchGetCommandOutput, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";

/** Why each item of a cancelled transaction failed, index for index (`None` where it did not). */
export function cancellationCodes(e: unknown): string[] | undefined {
  if (!(e instanceof Error) || e.name !== "TransactionCanceledException") return undefined;
  const reasons = (e as { CancellationReasons?: { Code?: string }[] }).CancellationReasons;
  return (reasons ?? []).map((r) => r.Code ?? "None");
}

/**
 * After a TransactionConflict we do not know who won. A strongly consistent read settles it: a lock
 * item held by another request is committed (DynamoDB never shows uncommitted writes), so the slot
 * is taken for good. Only then do we report SLOT_TAKEN; otherwise the caller gets TRANSIENT.
 */
export async function anyHeldByOther(
  doc: DynamoDBDocumentClient,
  tableName: string,
  lockKeys: { pk: string; sk: string }[],
  requestId: string,
): Promise<boolean> {
  for (let i = 0; i < lockKeys.length; i += 100) {
    let pending: Record<string, unknown>[] | undefined = lockKeys.slice(i, i + 100);
    for (let round = 0; pending && pending.length > 0 && round < 5; round++) {
      const out: BatchGetCommandOutput = await doc.send(
        new BatchGetCommand({
          RequestItems: { [tableName]: { Keys: pending, ConsistentRead: true, ProjectionExpression: "requestId" } },
        }),
      );
      if ((out.Responses?.[tableName] ?? []).some((item) => item["requestId"] !== requestId)) return true;
      pending = out.UnprocessedKeys?.[tableName]?.Keys;
    }
  }
  return false;
}

const TRANSIENT_REASONS = new Set(["TransactionConflict", "ThrottlingError", "ProvisionedThroughputExceeded", "RequestLimitExceeded"]);

/** A cancellation no condition caused: contention or throttling, worth a retry. */
export const isTransientCancellation = (codes: string[]) => codes.some((c) => TRANSIENT_REASONS.has(c));
