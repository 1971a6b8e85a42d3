import { DomainError } from "@coffeechat/core";
import { isTransientAwsError } from "../dynamo/errors.ts";

const TRANSIENT = new Set(["ThrottlingException", "InternalServerException", "TooManyRequestsException"]);

export const isNamed = (e: unknown, name: string) => e instanceof Error && e.name === name;

/**
 * Throttling, 5xx and a broken connection become TRANSIENT, so the caller may retry. Anything else
 * (ValidationException, a missing role) is a bug or misconfiguration and is rethrown as it is.
 */
export function schedulerError(e: unknown, what: string): unknown {
  if (e instanceof DomainError || !(e instanceof Error)) return e;
  if (TRANSIENT.has(e.name) || isTransientAwsError(e)) {
    return new DomainError("TRANSIENT", `${what}: EventBridge Scheduler is busy or unreachable (${e.name}); try again`);
  }
  return e;
}
