import { DomainError } from "@coffeechat/core";
import { isTransientAwsError } from "../dynamo/errors.ts";

const TRANSIENT = new Set(["TooManyRequestsException", "LimitExceededException", "ThrottlingException", "InternalFailure"]);

/** SES refused this message or this account for good: retrying the same send will not help. */
const REFUSED = new Set([
  "MessageRejected",
  "AccountSuspendedException",
  "SendingPausedException",
  "MailFromDomainNotVerifiedException",
  "BadRequestException",
  "NotFoundException",
]);

export function sesError(e: unknown): unknown {
  if (e instanceof DomainError || !(e instanceof Error)) return e;
  if (TRANSIENT.has(e.name) || isTransientAwsError(e)) {
    return new DomainError("TRANSIENT", `SES is busy or unreachable (${e.name}); try again`);
  }
  // A bare 400 (no error type, as aws-ses-v2-local answers a message it cannot take) is a refusal too.
  const status = (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  if (REFUSED.has(e.name) || status === 400) return new DomainError("DELIVERY_FAILED", `SES refused the message (${e.name}): ${e.message}`);
  return e;
}
