import { DomainError } from "../model/errors.ts";

export interface MailAddress {
  name: string;
  address: string;
}

const LINE_BREAK = /[\r\n]/;
/**
 * What we can send to: an RFC 5322 dot-atom local part (`o'brien`, `first.last+tag`; ASCII and
 * unquoted, as SES takes it) at a DNS host name with a dot. The one rule for every address: the
 * API's and the form's validation, the MIME builder and the invite all use it.
 */
const ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]";
const LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
const ADDRESS = new RegExp(`^${ATEXT}+(?:\\.${ATEXT}+)*@(?:${LABEL}\\.)+(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$`);
/** Bidi controls (LRE…RLO, LRI…PDI, LRM, RLM, ALM) can make a name read as something else ("Sam‮exe.pdf"). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
const HEADER_NAME = /^[A-Za-z0-9][A-Za-z0-9-]*$/;

/**
 * A CR or LF in a header value would let user text start a header of its own (Bcc:, a second
 * body). Such input is refused, never cleaned, so nothing a guest typed can reshape a message.
 */
export function assertSingleLine(path: string, value: string): string {
  if (LINE_BREAK.test(value)) throw refused(path, "must not contain line breaks");
  return value;
}

/** Why an address can't be sent to, or undefined when it can. */
export function addressProblem(address: string): string | undefined {
  if (address.length > 254) return "must be at most 254 characters";
  if (!ADDRESS.test(address)) return "is not an email address we can send to";
  if (address.slice(0, address.lastIndexOf("@")).length > 64) return "has more than 64 characters before the @";
  return undefined;
}

/** A name as it may appear in a header or an invite: without bidi controls, on one line. */
export function displayName(name: string): string {
  return name.replace(BIDI_CONTROLS, "");
}

export function assertMailAddress(path: string, who: MailAddress): MailAddress {
  assertSingleLine(`${path}.name`, who.name);
  assertSingleLine(`${path}.address`, who.address);
  const problem = addressProblem(who.address);
  if (problem) throw refused(`${path}.address`, problem);
  return { name: displayName(who.name), address: who.address };
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
