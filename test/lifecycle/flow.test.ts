import ICAL from "ical.js";
import PostalMime from "postal-mime";
import { describe, expect, it } from "vitest";
import { parseWithPython } from "../../packages/core/testing/messages/python-icalendar.ts";
import { mimeTree, mediaType, parameter, decodedBody } from "../../packages/core/testing/messages/mime-tree.ts";
import { json, requestBody } from "../support/stack.ts";
import { actionLinks, press } from "../support/links.ts";
import { HOST_EMAIL } from "../support/chat.ts";
import { useTestStack } from "../support/use-test-stack.ts";

const t = useTestStack({ now: "2026-12-01T12:00:00Z" });
const mail = t.mail;

const GUEST = "zoe.nunez@example.com";

const lastTo = (address: string) => [...mail.sent].reverse().find((m) => m.to === address)!;
const textOf = async (raw: string) => (await PostalMime.parse(raw)).text ?? "";

/** The invite inside a raw message, checked by structure, then by two independent parsers. */
async function inviteIn(raw: string) {
  const parsed = await PostalMime.parse(raw);
  expect(parsed.attachments.some((a) => a.filename === "invite.ics")).toBe(true);
  const tree = mimeTree(raw);
  expect(mediaType(tree)).toBe("multipart/mixed");
  const alternative = tree.children.find((c) => mediaType(c) === "multipart/alternative")!;
  expect(alternative.children.map(mediaType)).toEqual(["text/plain", "text/html", "text/calendar"]);
  const calendarPart = alternative.children[2]!;
  const ics = decodedBody(calendarPart);
  const method = /^METHOD:(.*)$/m.exec(ics)![1]!.trim();
  expect(parameter(calendarPart, "method")).toBe(method);
  expect(ics).not.toMatch(/[^\r]\n/);
  for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);

  const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!;
  const python = parseWithPython(ics);
  expect(python.uid).toBe(vevent.getFirstPropertyValue("uid"));
  expect(python.sequence).toBe(Number(vevent.getFirstPropertyValue("sequence")));
  expect(python.method).toBe(method);
  return { method, uid: python.uid, sequence: python.sequence, start: python.dtstart, python };
}

describe("request → confirm → accept → reschedule → cancel, all through email links", () => {
  const uids: string[] = [];
  const sequences: number[] = [];
  const methods: string[] = [];

  it("the guest asks and confirms their email; the host gets the request", async () => {
    const res = await fetch(
      t.stack.url("/api/v1/links/demo/coffee/requests"),
      json(requestBody("2026-12-08T15:00:00.000Z", { email: GUEST, name: "Zoë Ñúñez 🎉☕" })),
    );
    expect(res.status).toBe(202);
    const confirm = actionLinks(await textOf(lastTo(GUEST).raw))["confirm_email"]!;
    expect(confirm).toBeDefined();

    const page = await fetch(confirm);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Confirm and send my request");
    expect((await press(confirm)).status).toBe(303);

    const hostMail = lastTo(HOST_EMAIL);
    const hostText = await textOf(hostMail.raw);
    expect(hostText).toContain("Zoë Ñúñez");
    expect(hostText).toContain("What's a typical week like in your role?");
    expect(Object.keys(actionLinks(hostText))).toEqual(expect.arrayContaining(["accept", "decline"]));
  });

  it("the host accepts; both get an invite with the same UID, SEQUENCE 0, METHOD REQUEST", async () => {
    const links = actionLinks(await textOf(lastTo(HOST_EMAIL).raw));
    const before = mail.sent.length;
    expect((await press(links["accept"]!)).status).toBe(303);
    const invites = mail.sent.slice(before);
    expect(invites.map((m) => m.to).sort()).toEqual([HOST_EMAIL, GUEST].sort());
    for (const m of invites) {
      const invite = await inviteIn(m.raw);
      expect(invite.method).toBe("REQUEST");
      expect(invite.start).toBe("2026-12-08T15:00:00+00:00");
      uids.push(invite.uid);
      sequences.push(invite.sequence);
      methods.push(invite.method);
    }
    // Acting twice changes nothing and sends nothing.
    expect((await press(links["accept"]!)).status).toBe(303);
    expect(mail.sent.length).toBe(before + 2);
    const again = await (await fetch(links["accept"]!)).text();
    expect(again).toContain("Already done");
  });

  it("the guest reschedules: the same UID, SEQUENCE 1, the new time", async () => {
    const accepted = await textOf(lastTo(GUEST).raw);
    const reschedule = actionLinks(accepted)["reschedule"]!;
    const page = await (await fetch(`${reschedule}?week=2026-12-07`)).text();
    expect(page).toContain('value="2026-12-09T15:00:00.000Z"');
    const before = mail.sent.length;
    expect((await press(reschedule, { start: "2026-12-09T15:00:00.000Z" })).status).toBe(303);
    for (const m of mail.sent.slice(before)) {
      const invite = await inviteIn(m.raw);
      expect(invite.start).toBe("2026-12-09T15:00:00+00:00");
      uids.push(invite.uid);
      sequences.push(invite.sequence);
      methods.push(invite.method);
    }
    const slots = (await (
      await fetch(t.stack.url("/api/v1/links/demo/coffee/slots?from=2026-12-08&to=2026-12-09&timeZone=UTC"))
    ).json()) as any;
    const starts = slots.slots.map((s: any) => s.start);
    expect(starts).toContain("2026-12-08T15:00:00.000Z");
    expect(starts).not.toContain("2026-12-09T15:00:00.000Z");
  });

  it("the guest cancels: METHOD CANCEL, SEQUENCE 2, and the time is free again", async () => {
    const cancel = actionLinks(await textOf(lastTo(GUEST).raw))["cancel"]!;
    const before = mail.sent.length;
    expect((await press(cancel)).status).toBe(303);
    for (const m of mail.sent.slice(before)) {
      const invite = await inviteIn(m.raw);
      uids.push(invite.uid);
      sequences.push(invite.sequence);
      methods.push(invite.method);
    }
    expect(new Set(uids).size).toBe(1);
    expect([...new Set(sequences)]).toEqual([0, 1, 2]);
    expect([...new Set(methods)]).toEqual(["REQUEST", "CANCEL"]);
    expect(methods.slice(-2)).toEqual(["CANCEL", "CANCEL"]);

    const slots = (await (
      await fetch(t.stack.url("/api/v1/links/demo/coffee/slots?from=2026-12-09&to=2026-12-09&timeZone=UTC"))
    ).json()) as any;
    expect(slots.slots.map((s: any) => s.start)).toContain("2026-12-09T15:00:00.000Z");
    const schedules = (await (await fetch(`${t.stack.schedulerUrl}/_local/schedules`)).json()) as any;
    expect(JSON.stringify(schedules)).not.toContain("cc-");
  });
});

describe("action links refuse what they were not made for", () => {
  it("tampered → 403, unknown token → 403, and nothing changes", async () => {
    const res = await fetch(
      t.stack.url("/api/v1/links/demo/coffee/requests"),
      json(requestBody("2026-12-10T15:00:00.000Z", { email: "tamper@example.com" })),
    );
    expect(res.status).toBe(202);
    const confirm = actionLinks(await textOf(lastTo("tamper@example.com").raw))["confirm_email"]!;
    const [payload, mac] = confirm.split("/a/")[1]!.split(".");
    const forged = Buffer.from(
      Buffer.from(payload!, "base64url").toString("utf8").replace("confirm_email", "accept"),
    ).toString("base64url");
    const tampered = confirm.replace(payload!, forged);
    expect((await press(tampered)).status).toBe(403);
    expect((await fetch(tampered)).status).toBe(403);
    expect((await fetch(t.stack.url(`/a/garbage.${mac}`))).status).toBe(403);
  });

  it("expired → 410", async () => {
    const confirm = actionLinks(await textOf(lastTo("tamper@example.com").raw))["confirm_email"]!;
    t.now += 31 * 60_000;
    try {
      expect((await fetch(confirm)).status).toBe(410);
      expect((await press(confirm)).status).toBe(410);
    } finally {
      t.now -= 31 * 60_000;
    }
  });
});
