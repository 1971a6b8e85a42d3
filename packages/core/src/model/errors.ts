/**
 * Every failure a user can cause or meet has a code. HTTP status is decided in one place
 * (packages/functions/src/http/errors.ts), never here.
 */
export type ErrorCode =
  | "INVALID_INPUT"
  | "NOT_FOUND"
  | "SLOT_TAKEN"
  | "LIMIT_REACHED"
  | "RATE_LIMITED"
  | "TOO_LARGE"
  | "TOKEN_INVALID"
  | "TOKEN_EXPIRED"
  | "CONFLICT"
  | "INVALID_TRANSITION"
  | "SUPPRESSED"
  | "DELIVERY_FAILED"
  | "TRANSIENT"
  // Accounts: no or a dead credential, a form from another site, a handle someone holds, a paused link.
  | "UNAUTHENTICATED"
  | "CROSS_SITE"
  | "HANDLE_TAKEN"
  | "LINK_PAUSED"
  // A calendar the host connects or we refresh (packages/calendars).
  | "CALENDAR_UNREACHABLE"
  | "CALENDAR_INVALID"
  | "CALENDAR_TOO_LARGE"
  | "CALENDAR_TIMEOUT"
  | "CALENDAR_ADDRESS_REFUSED"
  | "CALENDAR_AUTH_FAILED";

export interface Issue {
  path: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { issues?: Issue[]; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = "DomainError";
  }
}

/** A failure in one line, for a record the host or an operator reads later ("CODE: message"). */
export const describeError = (e: unknown): string =>
  e instanceof DomainError ? `${e.code}: ${e.message}` : e instanceof Error ? e.message : String(e);

export const invalidInput = (issues: Issue[]) =>
  new DomainError("INVALID_INPUT", issues.map((i) => `${i.path}: ${i.message}`).join("; "), { issues });
