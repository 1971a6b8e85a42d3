import { DomainError } from "@coffeechat/core";
import type { NetworkPolicy } from "./address-policy.ts";
import { guardedRequest, type GuardedRequest } from "./guarded-request.ts";

const NO_BODY = new Set([101, 103, 204, 205, 304]);

export interface FetchWatch {
  /** Every status answered, in order (the CalDAV adapter turns a 401 into "wrong password"). */
  statuses: number[];
  /** The guard's own error, kept in case a library catches it and throws something vaguer. */
  failure?: DomainError;
}

/**
 * A fetch for libraries that take one (tsdav), through the same SSRF guard and limits as the ICS
 * fetcher, so CalDAV servers named by a host are held to the same rules.
 */
export function guardedFetch(policy: NetworkPolicy, watch: FetchWatch, limits: Pick<GuardedRequest, "timeoutMs" | "maxBytes"> = {}): typeof fetch {
  return async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const body = init.body === undefined || init.body === null ? undefined : typeof init.body === "string" ? init.body : await new Response(init.body).text();
    try {
      const answer = await guardedRequest(url, policy, {
        ...limits,
        method: init.method ?? "GET",
        headers: headerRecord(new Headers(init.headers)),
        ...(body !== undefined ? { body } : {}),
        followRedirects: init.redirect !== "manual",
      });
      watch.statuses.push(answer.status);
      const headers = new Headers();
      for (const [name, value] of Object.entries(answer.headers)) {
        for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, v);
      }
      return new Response(NO_BODY.has(answer.status) ? null : new Uint8Array(answer.body), { status: answer.status, headers });
    } catch (e) {
      if (e instanceof DomainError) watch.failure ??= e;
      throw e;
    }
  };
}

function headerRecord(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => (out[name] = value));
  return out;
}
