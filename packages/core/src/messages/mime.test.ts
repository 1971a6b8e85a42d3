import PostalMime from "postal-mime";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { DomainError } from "../model/errors.ts";
import { buildInvite, type InviteMethod } from "./ics.ts";
import { composeEmail, type EmailToCompose } from "./mime.ts";
import { expectWellFormedIcs } from "../../testing/messages/ics-checks.ts";
import { decodedBody, mediaType, mimeTree, parameter } from "../../testing/messages/mime-tree.ts";
import { parseWithPython } from "../../testing/messages/python-icalendar.ts";

const START = Date.UTC(2026, 2, 10, 14, 0);
const invite = (method: InviteMethod, sequence: number) =>
  buildInvite({
    method,
    uid: "req-1@coffeechat",
    sequence,
    stamp: Date.UTC(2026, 2, 1),
    start: START,
    end: START + 20 * 60_000,
    title: "Coffee chat: Zoë Ñúñez 🎉☕ × Jane Host",
    description: "Your questions:\n1. What do you love about your job?",
    organizer: { name: "Jane Host", email: "jane@example.com" },
    attendees: [{ name: "Zoë Ñúñez 🎉☕", email: "zoe@example.org", rsvp: true }],
  });

const base: EmailToCompose = {
  from: { name: "Coffee Chat", address: "hello@coffeechat.example" },
  to: { name: "Zoë Ñúñez 🎉☕", address: "zoe@example.org" },
  replyTo: { name: 'Jane "JJ" Host, PM', address: "jane@example.com" },
  subject: "Your chat with Jane is confirmed ☕ — Tuesday",
  text: "Hello Zoë,\nsee you soon.",
  html: "<p>Hello Zoë,<br>see you soon.</p>",
  calendar: { method: "REQUEST", content: invite("REQUEST", 0) },
  headers: { "X-Coffeechat-Request": "req-1" },
  messageId: "req-1.accepted.guest",
  date: Date.UTC(2026, 2, 1, 12, 0),
};
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe("composeEmail", () => {
  it("builds mixed { alternative { text, html, calendar }, invite.ics }", async () => {
    const tree = mimeTree(decode(await composeEmail(base)));
    expect(mediaType(tree)).toBe("multipart/mixed");
    expect(tree.children.map(mediaType)).toEqual(["multipart/alternative", "application/ics"]);
    const alternative = tree.children[0]!;
    expect(alternative.children.map(mediaType)).toEqual(["text/plain", "text/html", "text/calendar"]);
    const calendar = alternative.children[2]!;
    expect(parameter(calendar, "method")).toBe("REQUEST");
    expect(parameter(calendar, "charset")?.toUpperCase()).toBe("UTF-8");
    expect(tree.children[1]!.headers["content-disposition"]).toMatch(/attachment; filename="?invite\.ics/);
    // Both copies carry the file byte for byte, CRLF included.
    for (const part of [calendar, tree.children[1]!]) {
      const ics = decodedBody(part);
      expect(ics).toBe(base.calendar!.content);
      expectWellFormedIcs(ics);
      expect(parseWithPython(ics)).toMatchObject({ method: "REQUEST", uid: "req-1@coffeechat", sequence: 0 });
      expect(new ICAL.Component(ICAL.parse(ics)).getFirstPropertyValue("method")).toBe("REQUEST");
    }
  });

  it("round-trips through postal-mime with the same invite, headers and names", async () => {
    const mail = await PostalMime.parse(await composeEmail(base));
    expect(mail.subject).toBe(base.subject);
    expect(mail.from).toMatchObject({ name: "Coffee Chat", address: "hello@coffeechat.example" });
    expect(mail.to?.[0]).toMatchObject({ name: "Zoë Ñúñez 🎉☕", address: "zoe@example.org" });
    expect(mail.replyTo?.[0]).toMatchObject({ name: 'Jane "JJ" Host, PM', address: "jane@example.com" });
    expect(mail.messageId).toBe("<req-1.accepted.guest@coffeechat.example>");
    expect(new Date(mail.date!).getTime()).toBe(base.date);
    expect(mail.text?.trim()).toBe(base.text);
    expect(mail.html?.trim()).toBe(base.html);
    expect(mail.headers.find((h) => h.key === "x-coffeechat-request")?.value).toBe("req-1");

    const calendars = mail.attachments.filter((a) => /calendar|ics/.test(a.mimeType));
    expect(calendars.map((a) => a.mimeType).sort()).toEqual(["application/ics", "text/calendar"]);
    const calendarPart = calendars.find((a) => a.mimeType === "text/calendar")!;
    expect(calendarPart.method?.toUpperCase()).toBe("REQUEST");
    const file = calendars.find((a) => a.mimeType === "application/ics")!;
    expect(file.filename).toBe("invite.ics");
    for (const part of calendars) {
      // postal-mime hands calendars back with LF line ends by design; compare the text itself.
      const ics = typeof part.content === "string" ? part.content : decode(new Uint8Array(part.content));
      expect(ics).toBe(base.calendar!.content.replace(/\r\n/g, "\n"));
    }
  });

  it("labels a cancellation method=CANCEL, matching its file", async () => {
    const raw = await composeEmail({ ...base, calendar: { method: "CANCEL", content: invite("CANCEL", 1) } });
    const calendar = mimeTree(decode(raw)).children[0]!.children[2]!;
    expect(parameter(calendar, "method")).toBe("CANCEL");
    const ics = decodedBody(mimeTree(decode(raw)).children[1]!);
    expect(parseWithPython(ics)).toMatchObject({ method: "CANCEL", sequence: 1, status: "CANCELLED" });
  });

  it("refuses a calendar whose METHOD differs from the declared one", async () => {
    await expect(composeEmail({ ...base, calendar: { method: "CANCEL", content: invite("REQUEST", 0) } })).rejects.toThrow(
      DomainError,
    );
  });

  it("without a calendar is a plain text/html alternative", async () => {
    const { calendar: _omit, ...plain } = base;
    const tree = mimeTree(decode(await composeEmail(plain)));
    expect(mediaType(tree)).toBe("multipart/alternative");
    expect(tree.children.map(mediaType)).toEqual(["text/plain", "text/html"]);
  });

  it("gives identical bytes on a retry with the same message id", async () => {
    expect(decode(await composeEmail(base))).toBe(decode(await composeEmail(base)));
    expect(decode(await composeEmail(base))).not.toBe(decode(await composeEmail({ ...base, messageId: "req-1.other" })));
  });

  it.each([
    ["subject", { subject: "Hi\r\nBcc: victim@example.com" }],
    ["to.name", { to: { name: "Zoë\nBcc: victim@example.com", address: "zoe@example.org" } }],
    ["to.address", { to: { name: "Zoë", address: "zoe@example.org\r\nBcc: victim@example.com" } }],
    ["from.name", { from: { name: "CC\r", address: "hello@coffeechat.example" } }],
    ["replyTo.name", { replyTo: { name: "x\ny", address: "jane@example.com" } }],
    ["headers", { headers: { "X-Note": "a\r\nBcc: victim@example.com" } }],
    ["header name", { headers: { "X-Note:\r\nBcc": "a" } }],
    ["messageId", { messageId: "a>\r\nBcc: b" }],
  ])("refuses CR/LF in %s", async (_what, patch) => {
    const error = await composeEmail({ ...base, ...patch } as EmailToCompose).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe("INVALID_INPUT");
  });
});
