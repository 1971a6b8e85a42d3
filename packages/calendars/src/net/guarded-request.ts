import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { request as httpsRequest } from "node:https";
import { DomainError } from "@coffeechat/core";
import type { NetworkPolicy } from "./address-policy.ts";
import { checkLiteralHost, guardedLookup } from "./guarded-lookup.ts";

export interface GuardedRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** For the whole exchange, redirects included. */
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** false hands a 3xx back as it is (fetch's redirect: "manual"; tsdav's service discovery reads it). */
  followRedirects?: boolean;
}

export interface GuardedResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** Where the answer came from, after redirects. */
  url: string;
}

export const LIMITS = { timeoutMs: 10_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 3 };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const error = (code: "CALENDAR_UNREACHABLE" | "CALENDAR_TOO_LARGE" | "CALENDAR_TIMEOUT" | "CALENDAR_INVALID", message: string, issue: string) =>
  new DomainError(code, message, { issues: [{ path: "url", message: issue }] });

/** http(s) only; webcal:// (Apple's and Google's links) is https by another name. */
export function calendarUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim().replace(/^webcals?:\/\//i, "https://"));
  } catch {
    throw error("CALENDAR_INVALID", "That is not a web address", "is not a URL");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw error("CALENDAR_INVALID", `Calendar addresses start with https:// (not ${url.protocol})`, "must be an http(s) URL");
  }
  return url;
}

/**
 * One HTTP exchange behind the SSRF guard: every hop's address is checked and pinned (see
 * guarded-lookup.ts), at most `maxRedirects` redirects, each re-checked, credentials never follow a
 * redirect to another origin, and the answer stops at `maxBytes` and the whole at `timeoutMs`.
 */
export async function guardedRequest(rawUrl: string, policy: NetworkPolicy, req: GuardedRequest = {}): Promise<GuardedResponse> {
  const limits = { ...LIMITS, ...req };
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let url = calendarUrl(rawUrl);
  let method = req.method ?? "GET";
  let body = req.body;
  let headers = { ...req.headers };
  for (let hop = 0; ; hop++) {
    const answer = await exchange(url, method, headers, body, policy, limits.maxBytes, signal, limits.timeoutMs);
    const location = answer.headers.location;
    if (!REDIRECTS.has(answer.status) || !location || req.followRedirects === false) return { ...answer, url: url.href };
    if (hop >= limits.maxRedirects) throw error("CALENDAR_UNREACHABLE", `The calendar address redirects more than ${limits.maxRedirects} times`, "redirects too often");
    const next = calendarUrl(new URL(location, url).href);
    if (next.origin !== url.origin) headers = withoutCredentials(headers);
    if (answer.status === 303 || ((answer.status === 301 || answer.status === 302) && method === "POST")) {
      method = "GET";
      body = undefined;
    }
    url = next;
  }
}

function withoutCredentials(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !/^(authorization|cookie)$/i.test(name)));
}

function exchange(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: string | undefined,
  policy: NetworkPolicy,
  maxBytes: number,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<Omit<GuardedResponse, "url">> {
  checkLiteralHost(url.hostname, policy);
  return new Promise((resolve, reject) => {
    let refusal: DomainError | undefined;
    const send = url.protocol === "https:" ? httpsRequest : httpRequest;
    const request = send(
      url,
      {
        method,
        headers: { "user-agent": "coffeechat-calendar/1.0", accept: "text/calendar, */*;q=0.5", ...headers },
        lookup: guardedLookup(policy, (e) => (refusal = e)) as never,
        signal,
        agent: false,
      },
      (response) => {
        const declared = Number(response.headers["content-length"] ?? 0);
        const tooLarge = () => error("CALENDAR_TOO_LARGE", `The calendar is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`, "is too large");
        if (declared > maxBytes) {
          response.destroy();
          return reject(tooLarge());
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) {
            response.destroy();
            reject(tooLarge());
          } else chunks.push(chunk);
        });
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
        response.on("error", (e) => reject(failure(e, url, signal, timeoutMs, refusal)));
        response.on("close", () => {
          if (!response.complete) reject(failure(new Error("connection closed mid-answer"), url, signal, timeoutMs, refusal));
        });
      },
    );
    request.on("error", (e) => reject(failure(e, url, signal, timeoutMs, refusal)));
    request.end(body);
  });
}

function failure(e: Error, url: URL, signal: AbortSignal, timeoutMs: number, refusal: DomainError | undefined): DomainError {
  if (refusal) return refusal;
  if (e instanceof DomainError) return e;
  if (signal.aborted) return error("CALENDAR_TIMEOUT", `The calendar server did not answer within ${timeoutMs / 1000} s`, "timed out");
  const code = (e as NodeJS.ErrnoException).code ?? e.name;
  return error("CALENDAR_UNREACHABLE", `Could not reach ${url.host} (${code})`, "could not be reached");
}
