import type { DomainError, ErrorCode } from "@coffeechat/core";
import type { z } from "@hono/zod-openapi";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ErrorSchema } from "../api/schemas.ts";

/** The one place a domain error code becomes an HTTP status. */
const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  INVALID_INPUT: 400,
  TOKEN_INVALID: 403,
  NOT_FOUND: 404,
  SLOT_TAKEN: 409,
  LIMIT_REACHED: 409,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  TOKEN_EXPIRED: 410,
  TOO_LARGE: 413,
  SUPPRESSED: 422,
  RATE_LIMITED: 429,
  DELIVERY_FAILED: 502,
  TRANSIENT: 503,
  UNAUTHENTICATED: 401,
  CROSS_SITE: 403,
  HANDLE_TAKEN: 409,
  LINK_PAUSED: 409,
  // Connecting a calendar: the host typed the address or password, so each is theirs to fix.
  CALENDAR_UNREACHABLE: 400,
  CALENDAR_INVALID: 400,
  CALENDAR_TOO_LARGE: 400,
  CALENDAR_TIMEOUT: 400,
  CALENDAR_ADDRESS_REFUSED: 400,
  CALENDAR_AUTH_FAILED: 400,
};

export function statusOf(error: DomainError): ContentfulStatusCode {
  return STATUS[error.code];
}

/** The one error body of every 4xx and 5xx, as the OpenAPI document describes it. */
export type ErrorBody = z.infer<typeof ErrorSchema>;

export function errorBody(error: DomainError): ErrorBody {
  const body: ErrorBody = { error: { code: error.code, message: error.message } };
  if (error.details.issues) body.error.issues = error.details.issues;
  return body;
}
