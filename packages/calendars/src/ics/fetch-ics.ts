import { DomainError } from "@coffeechat/core";
import type { NetworkPolicy } from "../net/address-policy.ts";
import { guardedRequest, LIMITS } from "../net/guarded-request.ts";

export interface Validators {
  etag?: string | undefined;
  lastModified?: string | undefined;
}

export type IcsFetch = { status: "not-modified" } | ({ status: "ok"; text: string } & Validators);

const issue = (code: "CALENDAR_UNREACHABLE" | "CALENDAR_INVALID" | "CALENDAR_AUTH_FAILED", message: string, why: string) =>
  new DomainError(code, message, { issues: [{ path: "url", message: why }] });

/**
 * Fetches an ICS feed (a secret address from Google, a published Outlook calendar, …) behind the
 * SSRF guard, conditionally: with the validators of the last good fetch, an unchanged feed answers
 * 304 and costs nothing to parse. `timeoutMs` is 10 s by default; a re-check at submission uses 3 s.
 */
export async function fetchIcs(url: string, policy: NetworkPolicy, last: Validators = {}, options: { timeoutMs?: number } = {}): Promise<IcsFetch> {
  const headers: Record<string, string> = {};
  if (last.etag) headers["if-none-match"] = last.etag;
  if (last.lastModified) headers["if-modified-since"] = last.lastModified;
  const answer = await guardedRequest(url, policy, { headers, timeoutMs: options.timeoutMs ?? LIMITS.timeoutMs });
  if (answer.status === 304) return { status: "not-modified" };
  if (answer.status === 401 || answer.status === 403) {
    throw issue("CALENDAR_AUTH_FAILED", `The calendar server refused access (${answer.status}): the address may be private or expired`, "was refused by the server");
  }
  if (answer.status !== 200) {
    throw issue("CALENDAR_UNREACHABLE", `The calendar address answered ${answer.status}`, `answered HTTP ${answer.status}`);
  }
  const text = answer.body.toString("utf8").replace(/^\uFEFF/, "");
  if (!/^\s*BEGIN:VCALENDAR/i.test(text)) {
    throw issue("CALENDAR_INVALID", "That address does not serve an iCalendar (ICS) file", "is not an iCalendar (ICS) feed");
  }
  return { status: "ok", text, etag: header(answer.headers.etag), lastModified: header(answer.headers["last-modified"]) };
}

const header = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
