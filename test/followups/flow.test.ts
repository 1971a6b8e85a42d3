import { describe, expect, it } from "vitest";
import { bookAcceptedChat, fireUntil, HOST_EMAIL, lastLinks, schedulesOf, textOf } from "../support/chat.ts";
import { useTestStack } from "../support/use-test-stack.ts";

const t = useTestStack({ now: "2026-12-01T12:00:00Z" });
const mail = t.mail;

const START = "2026-12-08T15:00:00.000Z"; // Tuesday 10:00 in New York
const GUEST = "follow.up@example.com";

describe("an accepted chat's follow-ups, from schedule to inbox", () => {
  let id = "";
  let afterAccept = 0;

  it("accepting puts one schedule per follow-up, with deterministic names, UTC instants and the follow-up target", async () => {
    id = await bookAcceptedChat(t.stack, mail, GUEST, START);
    afterAccept = mail.sent.length;
    const schedules = await schedulesOf(t.stack, id);
    const byName = Object.fromEntries(schedules.map((s) => [s.Name.slice(`cc-${id}-`.length), s]));
    expect(Object.keys(byName).sort()).toEqual(["guest-confirm", "keep-in-touch", "prep-pack", "reminder", "thank-you"]);
    expect(byName["prep-pack"]!.dueAt).toBe("2026-12-07T15:00:00.000Z");
    expect(byName["guest-confirm"]!.dueAt).toBe("2026-12-07T15:00:00.000Z");
    expect(byName["reminder"]!.dueAt).toBe("2026-12-08T14:00:00.000Z");
    expect(byName["thank-you"]!.dueAt).toBe("2026-12-08T17:20:00.000Z");
    expect(byName["keep-in-touch"]!.dueAt).toBe("2027-01-07T15:20:00.000Z");
    for (const s of schedules) {
      expect(s.Target.Arn).toBe("arn:aws:lambda:us-east-1:000000000000:function:coffeechat-local-followup");
      expect(JSON.parse(s.Target.Input!)).toMatchObject({ requestId: id, version: expect.any(Number) });
    }
  });

  it("running the future delivers each email once, to the right person, with the right content", async () => {
    const ran = [...(await fireUntil(t.stack, "2026-12-09T00:00:00Z")), ...(await fireUntil(t.stack, "2027-01-10T00:00:00Z"))];
    expect(ran.filter((r) => r.name.startsWith(`cc-${id}-`)).every((r) => r.ok)).toBe(true);
    const sent = mail.sent.slice(afterAccept);
    const subjects = await Promise.all(sent.map(async (m) => ({ to: m.to, text: await textOf(m.raw) })));
    expect(sent.filter((m) => m.to === HOST_EMAIL)).toHaveLength(2); // prep pack, reminder
    expect(sent.filter((m) => m.to === GUEST)).toHaveLength(4); // confirming note, reminder, thank-you, keep in touch
    const hostTexts = subjects.filter((s) => s.to === HOST_EMAIL).map((s) => s.text);
    expect(hostTexts[0]).toContain("Eight years teaching secondary-school art");
    const guestTexts = subjects.filter((s) => s.to === GUEST).map((s) => s.text);
    expect(guestTexts.some((t) => t.includes("mailto:"))).toBe(true);
    expect(guestTexts.some((t) => /who else/i.test(t))).toBe(true);

    // Nothing is left to fire, and running the future again sends nothing more.
    expect(await schedulesOf(t.stack, id)).toEqual([]);
    await fireUntil(t.stack, "2027-02-01T00:00:00Z");
    expect(mail.sent.length).toBe(afterAccept + 6);
  });

  it("the host's chat page shows every follow-up as sent", async () => {
    const hostPage = (await lastLinks(mail, HOST_EMAIL))["view_host"]!;
    const html = await (await fetch(hostPage)).text();
    expect(html).toContain("Follow-ups");
    expect(html.match(/<td>sent<\/td>/g)?.length).toBe(5);
  });
});
