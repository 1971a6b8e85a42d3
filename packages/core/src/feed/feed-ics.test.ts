import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { aRequest } from "../../testing/lifecycle/fixture.ts";
import { host as aHost, link as aLink } from "../../testing/messages/fixtures.ts";
import { buildChatFeed, emptyFeed } from "./feed-ics.ts";

const PYTHON = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
/** Python's icalendar, an independent parser: the calendar's name and each event's UID, status and summary. */
const read = (ics: string) =>
  JSON.parse(
    execFileSync(PYTHON, ["-c", `import sys, json\nfrom icalendar import Calendar\nc = Calendar.from_ical(sys.stdin.buffer.read())\nprint(json.dumps({"name": str(c.get("x-wr-calname")), "events": [{"uid": str(e["UID"]), "status": str(e["STATUS"]), "summary": str(e["SUMMARY"]), "sequence": int(e["SEQUENCE"])} for e in c.walk("VEVENT")]}))`], {
      input: ics,
    }).toString(),
  ) as { name: string; events: { uid: string; status: string; summary: string; sequence: number }[] };

describe("the feed's calendar file", () => {
  it("an account with no chats yet still gets a calendar, its name escaped", () => {
    expect(read(emptyFeed("Coffee chats; Dana, PhD"))).toEqual({ name: "Coffee chats; Dana, PhD", events: [] });
  });

  it("chats CONFIRMED, holds TENTATIVE, each with its UID and SEQUENCE; the same chats give the same bytes", () => {
    const host = { ...aHost, name: "Dana \"DR\" Rivera" };
    const link = aLink;
    const chat = { ...aRequest("accepted"), uid: "r1@coffeechat", sequence: 2 };
    const hold = { ...aRequest("awaiting_host"), id: "r2", uid: "r2@coffeechat", sequence: 0, guest: { ...chat.guest, name: "Zoë 🙂 Ng" } };
    const entries = [
      { request: chat, link, kind: "chat" as const },
      { request: hold, link, kind: "hold" as const },
    ];
    const ics = buildChatFeed(host, entries);
    expect(read(ics).events).toEqual([
      { uid: "r1@coffeechat", status: "CONFIRMED", sequence: 2, summary: expect.stringContaining("Coffee chat:") },
      { uid: "r2@coffeechat", status: "TENTATIVE", sequence: 0, summary: expect.stringContaining("Zoë 🙂 Ng") },
    ]);
    expect(buildChatFeed(host, entries)).toBe(ics);
    expect(ics).not.toMatch(/ORGANIZER|ATTENDEE|mailto:/);
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });
});
