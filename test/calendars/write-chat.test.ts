import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { calendarObjectFor, chatUid, MINUTE } from "@coffeechat/core";
import { CalDavClient } from "../../packages/calendars/src/caldav/caldav-client.ts";
import { CalDavChatWriter } from "../../packages/calendars/src/caldav/write-chat.ts";
import { startRadicale, type Radicale } from "../../infra/local/radicale.ts";
import { aHost, aLink, aRequest } from "../support/fixtures.ts";
import { pythonCaldav } from "../support/python-caldav.ts";

/** The chat writer against Debian's Radicale, read back with python3-caldav. */
let radicale: Radicale;
let calendar: string;
beforeAll(async () => {
  radicale = await startRadicale();
  calendar = pythonCaldav(radicale).makeCalendar("chats", "Chats").url;
}, 60_000);
afterAll(() => radicale?.stop());

const writer = new CalDavChatWriter(new CalDavClient({ allowLoopback: true }));
const account = () => ({ url: radicale.url, username: radicale.username, password: radicale.password });
const host = aHost("host");
const link = aLink("host", "coffee");
const chat = (id: string, sequence: number, start = Date.UTC(2031, 2, 12, 15)) =>
  aRequest({ id, handle: "host", start, end: start + 20 * MINUTE, uid: chatUid(id), sequence });

describe("CalDavChatWriter", () => {
  it("writes the same object again on a retry, and removing twice is fine", async () => {
    const request = chat("w-1", 0);
    const ics = calendarObjectFor(request, host, link, Date.UTC(2031, 2, 1));
    await writer.putChat(account(), calendar, request.uid, ics);
    await writer.putChat(account(), calendar, request.uid, ics);
    const first = pythonCaldav(radicale).byUid(calendar, request.uid);
    expect(first).toMatchObject({ uid: "w-1@coffeechat", sequence: 0 });

    await writer.deleteChat(account(), calendar, request.uid);
    await writer.deleteChat(account(), calendar, request.uid);
    expect(pythonCaldav(radicale).byUid(calendar, request.uid)).toBeNull();
  });

  it("updates the host's own copy of the invite when their app filed it under another name, and removes that one", async () => {
    const request = chat("w-2", 0);
    // The host's calendar app accepted the emailed invite into this calendar, under a name of its own.
    const own = new URL("from-mail-app-7f3a.ics", calendar).href;
    const filed = await fetch(own, {
      method: "PUT",
      headers: {
        authorization: `Basic ${Buffer.from(`${radicale.username}:${radicale.password}`).toString("base64")}`,
        "content-type": "text/calendar; charset=utf-8",
      },
      body: calendarObjectFor(request, host, link, Date.UTC(2031, 2, 1)),
    });
    expect(filed.status).toBe(201);

    const moved = chat("w-2", 1, Date.UTC(2031, 2, 13, 16));
    await writer.putChat(account(), calendar, moved.uid, calendarObjectFor(moved, host, link, Date.UTC(2031, 2, 2)));
    const copy = pythonCaldav(radicale).byUid(calendar, moved.uid);
    expect(copy).toMatchObject({ url: own, sequence: 1, dtstart: "2031-03-13T16:00:00+00:00" });

    await writer.deleteChat(account(), calendar, moved.uid);
    expect(pythonCaldav(radicale).byUid(calendar, moved.uid)).toBeNull();
  });

  it("says what went wrong: a refused password, a server that is not there", async () => {
    const request = chat("w-3", 0);
    const ics = calendarObjectFor(request, host, link, Date.UTC(2031, 2, 1));
    await expect(writer.putChat({ ...account(), password: "wrong" }, calendar, request.uid, ics)).rejects.toMatchObject({ code: "CALENDAR_AUTH_FAILED" });
    const gone = `http://127.0.0.1:1/`;
    await expect(writer.putChat({ ...account(), url: gone }, `${gone}dana/chats/`, request.uid, ics)).rejects.toMatchObject({
      code: expect.stringMatching(/^CALENDAR_(UNREACHABLE|TIMEOUT)$/),
    });
  });
});
