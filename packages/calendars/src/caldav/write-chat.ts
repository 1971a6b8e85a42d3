import type { CalDavCredentials, ChatCalendarWriter } from "@coffeechat/core";
import { deleteObject, fetchCalendarObjects, updateObject } from "tsdav";
import { CalDavClient, objectUrl, serverSaid, type DirectSession } from "./caldav-client.ts";

/** A calendar may hold one object per UID (RFC 4791 §5.3.2.1): these say the UID lives elsewhere already. */
const UID_CONFLICT = new Set([403, 409, 412]);

/**
 * Writes chats into the host's CalDAV calendar (tsdav, through the SSRF guard of CalDavClient), straight
 * to the calendar found when it was connected: no discovery round trips before each write.
 * The object is `<calendar>/<uid>.ics`, so a retry writes the same object again (a PUT replaces it).
 * If the host's own calendar app already filed our emailed invite under another name, the server
 * refuses a second object with that UID: then the chat is found by its UID and that object updated,
 * so the host never sees it twice. Removing an object already gone succeeds.
 */
export class CalDavChatWriter implements ChatCalendarWriter {
  constructor(private readonly caldav: CalDavClient) {}

  async putChat(account: CalDavCredentials, calendarUrl: string, uid: string, ics: string): Promise<void> {
    await this.caldav.direct(account, "write the chat", async (session) => {
      const put = (url: string, etag?: string) =>
        updateObject({
          url,
          data: ics,
          ...(etag ? { etag } : {}),
          headers: { ...session.headers, "content-type": "text/calendar; charset=utf-8" },
          fetch: session.fetch,
        });
      const response = await put(objectUrl(calendarUrl, uid));
      if (response.ok) return;
      if (UID_CONFLICT.has(response.status)) {
        const existing = (await objectsWithUid(session, calendarUrl, uid))[0];
        if (existing) {
          const again = await put(existing.url, existing.etag);
          if (again.ok) return;
          throw serverSaid("write the chat", again.status);
        }
      }
      throw serverSaid("write the chat", response.status);
    });
  }

  async deleteChat(account: CalDavCredentials, calendarUrl: string, uid: string): Promise<void> {
    await this.caldav.direct(account, "remove the chat", async (session) => {
      const remove = (url: string, etag?: string) => deleteObject({ url, ...(etag ? { etag } : {}), headers: session.headers, fetch: session.fetch });
      const response = await remove(objectUrl(calendarUrl, uid));
      if (response.ok) return;
      if (response.status !== 404) throw serverSaid("remove the chat", response.status);
      // Not under our name: perhaps filed under another (see putChat), perhaps already gone.
      for (const other of await objectsWithUid(session, calendarUrl, uid)) {
        const removed = await remove(other.url, other.etag);
        if (!removed.ok && removed.status !== 404) throw serverSaid("remove the chat", removed.status);
      }
    });
  }
}

/** The calendar's objects whose VEVENT has this UID (a calendar-query REPORT with a UID prop-filter). */
async function objectsWithUid(session: DirectSession, calendarUrl: string, uid: string): Promise<{ url: string; etag?: string }[]> {
  const objects = await fetchCalendarObjects({
    calendar: { url: calendarUrl },
    headers: session.headers,
    fetch: session.fetch,
    urlFilter: () => true,
    filters: [
      {
        "comp-filter": {
          _attributes: { name: "VCALENDAR" },
          "comp-filter": {
            _attributes: { name: "VEVENT" },
            "prop-filter": { _attributes: { name: "UID" }, "text-match": { _attributes: { collation: "i;octet" }, _text: uid } },
          },
        },
      },
    ],
  });
  return objects.filter((o) => o.url).map((o) => ({ url: o.url, ...(o.etag ? { etag: o.etag } : {}) }));
}
