import { DomainError } from "@coffeechat/core";
import { cancellationCodes, isTransientCancellation } from "./cancellation.ts";

const TRANSIENT_NAMES = new Set([
  "ProvisionedThroughputExceededException",
  "ThrottlingException",
  "RequestLimitExceeded",
  "TransactionConflictException",
  "TransactionInProgressException",
  "InternalServerError",
  "ServiceUnavailable",
  "LimitExceededException",
  "TimeoutError",
]);

const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN"]);

/** Throttling, 5xx and a broken connection: worth a retry by the caller. */
export function isTransientAwsError(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  const meta = (e as { $metadata?: { httpStatusCode?: number } }).$metadata;
  const code = (e as { code?: string }).code;
  return (
    TRANSIENT_NAMES.has(e.name) ||
    (meta?.httpStatusCode ?? 0) >= 500 ||
    (code !== undefined && NETWORK_CODES.has(code)) ||
    (e as { $retryable?: unknown }).$retryable !== undefined
  );
}

export const isConditionFailed = (e: unknown) => e instanceof Error && e.name === "ConditionalCheckFailedException";

/**
 * Turns an AWS error into a DomainError; a transaction cancelled by contention or throttling, not by
 * a condition, is TRANSIENT like a throttled call. Errors that are neither a failed condition nor transient
 * (ValidationException, a missing table) are bugs or misconfiguration: they are rethrown as they are
 * so they surface as a 500 with the AWS message in the logs, not as a user-facing 4xx.
 */
export function toDomainError(e: unknown, what: string, onConditionFailed?: () => DomainError): unknown {
  if (e instanceof DomainError) return e;
  if (isConditionFailed(e)) return onConditionFailed?.() ?? new DomainError("CONFLICT", `${what}: the item changed meanwhile`);
  const codes = cancellationCodes(e);
  if (isTransientAwsError(e) || (codes && isTransientCancellation(codes))) {
    return new DomainError("TRANSIENT", `${what}: DynamoDB is busy or unreachable (${(e as Error).name}); try again`);
  }
  return e;
}

/** Runs one DynamoDB call and maps its failure. */
export async function dynamoCall<T>(what: string, run: () => Promise<T>, onConditionFailed?: () => DomainError): Promise<T> {
  try {
    return await run();
  } catch (e) {
    throw toDomainError(e, what, onConditionFailed);
  }
}
