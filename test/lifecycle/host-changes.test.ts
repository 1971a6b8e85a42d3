import { describe, expect, it } from "vitest";
import { bookAcceptedChat, HOST_EMAIL, lastLinks, textOf } from "../support/chat.ts";
import { press } from "../support/links.ts";
import { useTestStack } from "../support/use-test-stack.ts";

const t = useTestStack({ now: "2026-12-01T12:00:00Z" });
const mail = t.mail;

const lastText = async (to: string) => textOf([...mail.sent].reverse().find((m) => m.to === to)!.raw);

describe("the host changes an accepted chat from their own email", () => {
  it("reschedules: both hear of the new time, with the updated invite", async () => {
    const guest = "hostmoves@example.com";
    await bookAcceptedChat(t.stack, mail, guest, "2026-12-08T15:00:00.000Z");
    const hostLinks = await lastLinks(mail, HOST_EMAIL);
    expect(Object.keys(hostLinks)).toEqual(expect.arrayContaining(["reschedule_host", "cancel_host"]));
    const before = mail.sent.length;
    expect((await press(hostLinks["reschedule_host"]!, { start: "2026-12-10T15:00:00.000Z" })).status).toBe(303);
    const moved = mail.sent.slice(before);
    expect(moved.map((m) => m.to).sort()).toEqual([HOST_EMAIL, guest].sort());
    for (const m of moved) expect(m.raw).toMatch(/text\/calendar;[^\r\n]*method=REQUEST/i);
    expect(await lastText(guest)).toMatch(/new time/i);
  });

  it("cancels: the guest is told who cancelled, and invited to pick another time", async () => {
    const guest = "hostmoves@example.com";
    const before = mail.sent.length;
    expect((await press((await lastLinks(mail, HOST_EMAIL))["cancel_host"]!)).status).toBe(303);
    const sent = mail.sent.slice(before);
    for (const m of sent) expect(m.raw).toMatch(/text\/calendar;[^\r\n]*method=CANCEL/i);
    const text = await lastText(guest);
    expect(text).toContain("Dana Rivera cancelled");
    expect(text).toContain(`${t.stack.appUrl}/demo/coffee`);
  });
});
