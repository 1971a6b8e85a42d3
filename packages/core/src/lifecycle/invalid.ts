import { DomainError, type ChatRequest } from "../model/index.ts";

export function invalidTransition(request: ChatRequest, event: string, why?: string): DomainError {
  const reason = why ?? `the request is ${request.status.replace("_", " ")}`;
  return new DomainError("INVALID_TRANSITION", `Cannot ${event.replace(/_/g, " ")}: ${reason}`);
}
