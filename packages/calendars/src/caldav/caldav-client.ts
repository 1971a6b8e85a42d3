import { DomainError, type Interval } from "@coffeechat/core";
import { createDAVClient, getBasicAuthHeaders, type DAVCalendar } from "tsdav";
import type { NetworkPolicy } from "../net/address-policy.ts";
import { guardedFetch, type FetchWatch } from "../net/guarded-fetch.ts";
import { calendarUrl } from "../net/guarded-request.ts";

export interface CalDavAccount {
  /** The server or its principal (https://caldav.fastmail.com/, https://caldav.icloud.com/). */
  url: string;
  username: string;
  /** An app password: iCloud and Fastmail refuse the account password here. */
  password: string;
}

export interface DiscoveredCalendar {
  url: string;
  name: string;
  /** The server's change tag: unchanged, nothing in the calendar changed. */
  ctag?: string;
}

/**
 * CalDAV through tsdav, every request through the SSRF guard (guarded-fetch.ts). Failures become
 * domain errors: CALENDAR_AUTH_FAILED for a 401 (wrong username or password), the guard's own
 * codes, and CALENDAR_UNREACHABLE for anything else the server does.
 */
export class CalDavClient {
  constructor(
    private readonly policy: NetworkPolicy,
    private readonly limits: { timeoutMs?: number } = {},
  ) {}

  /** The account's calendars that hold events (not address books, not task-only lists). */
  async discover(account: CalDavAccount): Promise<DiscoveredCalendar[]> {
    return this.run(account, "discover calendars", async (client) => {
      const calendars = await client.fetchCalendars();
      return calendars.filter(holdsEvents).map((c) => ({
        url: c.url,
        name: typeof c.displayName === "string" && c.displayName ? c.displayName : lastSegment(c.url),
        ...(c.ctag ? { ctag: c.ctag } : {}),
      }));
    });
  }

  /** The calendar's objects with an instance in `range` (a calendar-query time-range REPORT), as ICS texts. */
  async fetchEvents(account: CalDavAccount, calendar: string, range: Interval): Promise<string[]> {
    return this.run(account, "read events", async (client) => {
      const objects = await client.fetchCalendarObjects({
        calendar: { url: calendar },
        timeRange: { start: new Date(range.start).toISOString(), end: new Date(range.end).toISOString() },
      });
      return objects.map((o) => (typeof o.data === "string" ? o.data : "")).filter((text) => text.includes("BEGIN:VCALENDAR"));
    });
  }

  /** Creates or replaces the chat's object, named after its UID so every later write finds it. */
  async putEvent(account: CalDavAccount, calendar: string, uid: string, ics: string): Promise<void> {
    await this.run(account, "write the chat", async (client) => {
      const response = await client.updateObject({
        url: objectUrl(calendar, uid),
        data: ics,
        headers: { "content-type": "text/calendar; charset=utf-8" },
      });
      if (!response.ok) throw serverSaid("write the chat", response.status);
    });
  }

  /** Removes the chat's object; one already gone is not an error. */
  async deleteEvent(account: CalDavAccount, calendar: string, uid: string): Promise<void> {
    await this.run(account, "remove the chat", async (client) => {
      const response = await client.deleteObject({ url: objectUrl(calendar, uid) });
      if (!response.ok && response.status !== 404) throw serverSaid("remove the chat", response.status);
    });
  }

  private run<T>(account: CalDavAccount, what: string, work: (client: Awaited<ReturnType<typeof createDAVClient>>) => Promise<T>): Promise<T> {
    return this.guarded(account, what, async (fetch) =>
      work(
        await createDAVClient({
          serverUrl: calendarUrl(account.url).href,
          credentials: { username: account.username, password: account.password },
          authMethod: "Basic",
          defaultAccountType: "caldav",
          fetch,
        }),
      ),
    );
  }

  /**
   * For requests to a URL already known (a calendar found at connect time): no discovery round trips,
   * just the account's Basic credentials and the guarded fetch, for tsdav's request functions
   * (write-chat.ts). Failures become the same domain errors.
   */
  direct<T>(account: CalDavAccount, what: string, work: (session: DirectSession) => Promise<T>): Promise<T> {
    const headers = getBasicAuthHeaders({ username: account.username, password: account.password });
    return this.guarded(account, what, (fetch) => work({ fetch, headers }));
  }

  private async guarded<T>(account: CalDavAccount, what: string, work: (fetch: typeof globalThis.fetch) => Promise<T>): Promise<T> {
    const server = calendarUrl(account.url).href;
    const watch: FetchWatch = { statuses: [] };
    try {
      return await work(guardedFetch(this.policy, watch, this.limits));
    } catch (e) {
      if (watch.statuses.includes(401)) {
        throw new DomainError("CALENDAR_AUTH_FAILED", "The CalDAV server refused that username and password (use an app password for iCloud and Fastmail)", {
          issues: [{ path: "password", message: "was refused by the server" }],
        });
      }
      if (watch.failure) throw watch.failure;
      if (e instanceof DomainError) throw e;
      throw new DomainError("CALENDAR_UNREACHABLE", `Could not ${what} on ${new URL(server).host}: ${e instanceof Error ? e.message : String(e)}`, {
        issues: [{ path: "url", message: "is not a CalDAV server we could use" }],
      });
    }
  }
}

/** What a request to a known URL needs: the guarded fetch and the Authorization header. */
export interface DirectSession {
  fetch: typeof globalThis.fetch;
  headers: Record<string, string>;
}

function holdsEvents(c: DAVCalendar): boolean {
  const components = c.components ?? [];
  return components.length === 0 || components.includes("VEVENT");
}

/** <calendar>/<uid>.ics, the UID encoded so any UID makes one path segment. */
export function objectUrl(calendar: string, uid: string): string {
  return new URL(`${encodeURIComponent(uid)}.ics`, calendar.endsWith("/") ? calendar : `${calendar}/`).href;
}

const lastSegment = (url: string) => decodeURIComponent(new URL(url).pathname.split("/").filter(Boolean).at(-1) ?? "Calendar");

export const serverSaid = (what: string, status: number) =>
  new DomainError("CALENDAR_UNREACHABLE", `The CalDAV server would not ${what} (HTTP ${status})`, { issues: [{ path: "url", message: `answered HTTP ${status}` }] });
