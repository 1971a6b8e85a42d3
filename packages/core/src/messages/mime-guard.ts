import { DomainError } from "../model/errors.ts";

export interface MailAddress {
  name: string;
  address: string;
}

const LINE_BREAK = /[\r\n]/;
const ADDRESS = /^[^\s@<>()"',;:\\[\]]+@[^\s@<>()"',;:\\[\]]+\.[^\s@<>()"',;:\\[\]]+$/;
const HEADER_NAME = /^[A-Za-z0-9][A-Za-z0-9-]*$/;

/**
 * A CR or LF in a header value would let user text start a header of its own (Bcc:, a second
 * body). Such input is refused, never cleaned, so nothing a guest typed can reshape a message.
 */
export function assertSingleLine(path: string, value: string): string {
  if (LINE_BREAK.test(value)) throw refused(path, "must not contain line breaks");
  return value;
}

export function assertMailAddress(path: string, who: MailAddress): MailAddress {
  assertSingleLine(`${path}.name`, who.name);
  assertSingleLine(`${path}.address`, who.address);
  if (!ADDRESS.test(who.address)) throw refused(`${path}.address`, "is not an email address");
  return who;
}

export function assertHeaders(headers: Record<string, string>): Record<string, string> {
  for (const [key, value] of Object.entries(headers)) {
    if (!HEADER_NAME.test(key)) throw refused(`headers.${key}`, "is not a header name");
    assertSingleLine(`headers.${key}`, value);
  }
  return headers;
}

/** Message-ID local parts: a safe token the caller derives from the request and the email kind. */
export function assertIdToken(path: string, token: string): string {
  if (!/^[A-Za-z0-9._+=-]{1,200}$/.test(token)) throw refused(path, "must be letters, digits and . _ + = -");
  return token;
}

const refused = (path: string, message: string) =>
  new DomainError("INVALID_INPUT", `${path}: ${message}`, { issues: [{ path, message }] });
