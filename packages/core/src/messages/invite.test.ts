import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { inviteFor } from "./invite.ts";
import { expectWellFormedIcs } from "../../testing/messages/ics-checks.ts";
import { host, link, request, START } from "../../testing/messages/fixtures.ts";
import { parseWithPython } from "../../testing/messages/python-icalendar.ts";

const STAMP = START - 86_400_000;

describe("inviteFor", () => {
  it("fills the invite from the chat: title, questions, place, organizer and attendees", () => {
    const ics = inviteFor(request({ sequence: 4 }), host, link, "guest", "REQUEST", STAMP);
    expectWellFormedIcs(ics);
    const py = parseWithPython(ics);
    expect(py).toMatchObject({
      method: "REQUEST",
      uid: "req-1@coffeechat",
      sequence: 4,
      summary: "Coffee chat: Zoë Ñúñez × Jane Host",
      location: "https://meet.example.com/jane-coffee",
      dtstart: "2026-03-10T14:00:00+00:00",
      dtend: "2026-03-10T14:20:00+00:00",
      organizer: { email: "MAILTO:jane@example.com", cn: "Jane Host" },
    });
    expect(py.description).toContain("Your questions:\n1. What's a typical day like?\n2. What do you love about your job?");
    expect(py.attendees.map((a) => [a.email.toLowerCase(), a.rsvp])).toEqual([
      ["mailto:zoe@example.org", "TRUE"],
      ["mailto:jane@example.com", "FALSE"],
    ]);
  });

  it("tells the host who asks and why; the place for an in-person chat", () => {
    const ics = inviteFor(request({ format: "in_person" }), host, link, "host", "REQUEST", STAMP);
    const ev = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!;
    expect(ev.getFirstPropertyValue("location")).toBe("Café Ñú, 12 Main St");
    expect(ev.getFirstPropertyValue("description")).toContain("Why: I want to understand");
    expect(ev.getFirstPropertyValue("description")).toContain("Zoë Ñúñez's questions:");
  });

  it("cancels with the same UID and the raised sequence", () => {
    const ics = inviteFor(request({ status: "cancelled", sequence: 1 }), host, link, "host", "CANCEL", STAMP);
    expect(parseWithPython(ics)).toMatchObject({ method: "CANCEL", uid: "req-1@coffeechat", sequence: 1, status: "CANCELLED" });
  });
});
