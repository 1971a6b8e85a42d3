import { DomainError, type CalendarSource, type ConnectionSecret, type SourceCalendar, type SourceRead, type SourceReadRequest } from "@coffeechat/core";
import { CalDavClient } from "../caldav/caldav-client.ts";
import { fetchIcs } from "../ics/fetch-ics.ts";
import type { NetworkPolicy } from "../net/address-policy.ts";
import { calendarUrl } from "../net/guarded-request.ts";

/**
 * A connection's calendars from its server, behind the SSRF guard: an ICS feed fetched
 * conditionally, or a CalDAV account's calendars, each read only when its ctag changed.
 */
export class ServerCalendarSource implements CalendarSource {
  constructor(private readonly policy: NetworkPolicy) {}

  async read(secret: ConnectionSecret, request: SourceReadRequest): Promise<SourceRead> {
    // A feed is one exchange under one time limit; a CalDAV account is several, so the limit covers them all.
    return secret.kind === "ics" ? this.readFeed(secret.url, request) : withinTime(this.readCalDav(secret, request), request.timeoutMs, secret.url);
  }

  private async readFeed(url: string, request: SourceReadRequest): Promise<SourceRead> {
    const got = await fetchIcs(url, this.policy, request.validators ?? {}, { timeoutMs: request.timeoutMs });
    if (got.status === "not-modified") return got;
    return {
      status: "ok",
      calendars: [{ name: feedName(got.text) ?? calendarUrl(url).host, texts: [got.text] }],
      ...(got.etag ? { etag: got.etag } : {}),
      ...(got.lastModified ? { lastModified: got.lastModified } : {}),
    };
  }

  private async readCalDav(secret: Extract<ConnectionSecret, { kind: "caldav" }>, request: SourceReadRequest): Promise<SourceRead> {
    const client = new CalDavClient(this.policy, { timeoutMs: request.timeoutMs });
    const account = { url: secret.url, username: secret.username, password: secret.password };
    const found = await client.discover(account);
    const calendars: SourceCalendar[] = [];
    for (const c of found) {
      const known = request.known?.find((k) => k.url === c.url);
      const unchanged = known?.ctag !== undefined && known.ctag === c.ctag;
      calendars.push({
        url: c.url,
        name: c.name,
        ...(c.ctag ? { ctag: c.ctag } : {}),
        ...(unchanged ? {} : { texts: await client.fetchEvents(account, c.url, request.range) }),
      });
    }
    return { status: "ok", calendars };
  }
}

async function withinTime<T>(work: Promise<T>, ms: number, url: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new DomainError("CALENDAR_TIMEOUT", `${calendarUrl(url).host} did not answer within ${ms / 1000} s`, { issues: [{ path: "url", message: "timed out" }] })),
      ms,
    );
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The feed's own name (Google, Apple and Outlook send X-WR-CALNAME), unfolded and unescaped. */
function feedName(text: string): string | undefined {
  const line = /^X-WR-CALNAME(?:;[^:\r\n]*)?:(.*(?:\r?\n[ \t].*)*)/im.exec(text)?.[1];
  const name = line?.replace(/\r?\n[ \t]/g, "").replace(/\\([,;\\])/g, "$1").replace(/\\n/gi, " ").trim();
  return name ? name.slice(0, 200) : undefined;
}
