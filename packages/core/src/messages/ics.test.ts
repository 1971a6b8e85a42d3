import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { DomainError } from "../model/errors.ts";
import { buildCalendarObject, buildInvite, type InviteInput } from "./ics.ts";
import { foldLine } from "./ics-fold.ts";
import { expectWellFormedIcs } from "../../testing/messages/ics-checks.ts";
import { parseWithPython } from "../../testing/messages/python-icalendar.ts";

const START = Date.UTC(2026, 2, 10, 14, 0); // 10:00 EDT
const base: InviteInput = {
  method: "REQUEST",
  uid: "req-123@coffeechat",
  sequence: 2,
  stamp: Date.UTC(2026, 2, 1, 9, 30, 15),
  start: START,
  end: START + 20 * 60_000,
  title: "Coffee chat: Zoë Ñúñez 🎉☕ × Jane Host",
  description: "Questions:\n1. What's a typical day like? ".repeat(4) + "Zoë Ñúñez 🎉☕".repeat(12),
  location: "Café Ñú, 12 Main St; Room 3",
  organizer: { name: 'Jane "JJ" Host: Lead; PM', email: "jane@example.com" },
  attendees: [
    { name: "Zoë Ñúñez 🎉☕ with a rather long name to force folding", email: "zoe@example.org", rsvp: true },
    { name: 'Jane "JJ" Host: Lead; PM', email: "jane@example.com", rsvp: false },
  ],
};

describe("buildInvite", () => {
  it("writes CRLF lines folded at 75 octets without splitting UTF-8", () => {
    const ics = buildInvite(base);
    expectWellFormedIcs(ics);
    expect(ics.split("\r\n").some((l) => l.startsWith(" "))).toBe(true);
    expect(ics).toContain("METHOD:REQUEST\r\n");
    expect(ics).toContain("STATUS:CONFIRMED\r\n");
    expect(ics).toContain("DTSTAMP:20260301T093015Z\r\n");
  });

  it("is read the same by ical.js", () => {
    const ics = buildInvite(base);
    const cal = new ICAL.Component(ICAL.parse(ics));
    const ev = cal.getFirstSubcomponent("vevent")!;
    expect(cal.getFirstPropertyValue("method")).toBe("REQUEST");
    expect(ev.getFirstPropertyValue("uid")).toBe(base.uid);
    expect(ev.getFirstPropertyValue("sequence")).toBe(2);
    expect(ev.getFirstPropertyValue("summary")).toBe(base.title);
    expect(ev.getFirstPropertyValue("description")).toBe(base.description);
    expect(ev.getFirstPropertyValue("location")).toBe(base.location);
    const start = ev.getFirstPropertyValue("dtstart") as ICAL.Time;
    expect(start.zone?.tzid).toBe("UTC");
    expect(start.toUnixTime() * 1000).toBe(START);
    const attendees = ev.getAllProperties("attendee");
    expect(attendees.map((a) => a.getParameter("cn"))).toEqual([
      base.attendees[0]!.name,
      "Jane 'JJ' Host: Lead; PM",
    ]);
    expect(attendees[0]!.getParameter("rsvp")).toBe("TRUE");
    expect(attendees[1]!.getParameter("rsvp")).toBe("FALSE");
    expect(ev.getFirstProperty("organizer")!.getParameter("cn")).toBe("Jane 'JJ' Host: Lead; PM");
  });

  it("is read the same by Python's icalendar", () => {
    const ics = buildInvite(base);
    const py = parseWithPython(ics);
    expect(py).toMatchObject({
      method: "REQUEST",
      uid: base.uid,
      sequence: 2,
      status: "CONFIRMED",
      summary: base.title,
      description: base.description,
      location: base.location,
      dtstart: "2026-03-10T14:00:00+00:00",
      dtend: "2026-03-10T14:20:00+00:00",
      organizer: { email: "MAILTO:jane@example.com", cn: "Jane 'JJ' Host: Lead; PM" },
    });
    expect(py.attendees.map((a) => [a.email.toLowerCase(), a.cn, a.rsvp])).toEqual([
      ["mailto:zoe@example.org", base.attendees[0]!.name, "TRUE"],
      ["mailto:jane@example.com", "Jane 'JJ' Host: Lead; PM", "FALSE"],
    ]);
  });

  it("writes a CANCEL with the same UID, a CANCELLED status and the new sequence", () => {
    const ics = buildInvite({ ...base, method: "CANCEL", sequence: 3 });
    expectWellFormedIcs(ics);
    const py = parseWithPython(ics);
    expect(py).toMatchObject({ method: "CANCEL", uid: base.uid, sequence: 3, status: "CANCELLED" });
    const cal = new ICAL.Component(ICAL.parse(ics));
    expect(cal.getFirstPropertyValue("method")).toBe("CANCEL");
    expect(cal.getFirstSubcomponent("vevent")!.getFirstPropertyValue("status")).toBe("CANCELLED");
  });

  it("keeps CR/LF in names out of the property lines", () => {
    const ics = buildInvite({
      ...base,
      attendees: [{ name: "Eve\r\nATTENDEE:mailto:evil@example.com", email: "eve@example.org", rsvp: true }],
    });
    expectWellFormedIcs(ics);
    expect(parseWithPython(ics).attendees).toHaveLength(1);
  });

  it("is deterministic: the same input gives the same bytes", () => {
    expect(buildInvite(base)).toBe(buildInvite(base));
  });

  it("refuses a bad address, a negative sequence or an empty interval", () => {
    for (const bad of [
      { ...base, organizer: { name: "x", email: "x@example.com\r\nBCC:y@z.com" } },
      { ...base, sequence: -1 },
      { ...base, end: base.start },
    ]) {
      expect(() => buildInvite(bad)).toThrow(DomainError);
    }
  });
});

describe("foldLine", () => {
  it("never splits a code point and fills lines up to 75 octets", () => {
    const line = "DESCRIPTION:" + "é🎉a".repeat(40);
    const parts = foldLine(line).split("\r\n");
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(Buffer.byteLength(p)).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((p) => p.startsWith(" "))).toBe(true);
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join("")).toBe(line);
  });
});

describe("buildCalendarObject", () => {
  it("is the invite without METHOD (RFC 4791 §4.1), same UID and SEQUENCE, read so by Python", () => {
    const { method: _method, ...event } = base;
    const ics = buildCalendarObject(event);
    expectWellFormedIcs(ics);
    expect(ics).not.toMatch(/^METHOD:/m);
    const py = parseWithPython(ics);
    expect(py).toMatchObject({ method: "None", uid: base.uid, sequence: 2, status: "CONFIRMED", dtstart: "2026-03-10T14:00:00+00:00" });
  });
});
