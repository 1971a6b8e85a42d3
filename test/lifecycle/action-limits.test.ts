import { describe, expect, it } from "vitest";
import { bookAcceptedChat, fireUntil, HOST_EMAIL, lastLinks, textOf } from "../support/chat.ts";
import { press } from "../support/links.ts";
import { useTestStack } from "../support/use-test-stack.ts";

const t = useTestStack({ now: "2026-12-01T12:00:00Z" });
const mail = t.mail;

const hostMailsOf = (id: string, kind: string) => mail.sent.filter((m) => m.to === HOST_EMAIL && m.raw.includes(`<${id}.${kind}.`));

describe("action links cannot flood an inbox", () => {
  it("thirty question edits in a few seconds: the host gets one email now and one an hour later with the final list", async () => {
    const guest = "edits@example.com";
    const id = await bookAcceptedChat(t.stack, mail, guest, "2026-12-08T15:00:00.000Z");
    const chatPage = await (await fetch((await lastLinks(mail, guest))["view_guest"]!)).text();
    const edit = chatPage.match(/href="([^"]+)"[^>]*>Edit my questions/)![1]!.replaceAll("&amp;", "&");
    let last: Response | undefined;
    for (let i = 1; i <= 30; i++) {
      last = await press(edit, { questions: `Question number ${i}, asked again?\nWhat did you learn in year ${i}?` });
      expect(last.status).toBe(303);
    }
    expect(hostMailsOf(id, "questionsUpdated")).toHaveLength(1);
    const after = await (await fetch(new URL(last!.headers.get("location")!, edit))).text();
    expect(after).toMatch(/The email with the updated questions to Dana Rivera goes at .*: changes are gathered into one email an hour at most/);

    await fireUntil(t.stack, "2026-12-01T12:59:00Z");
    expect(hostMailsOf(id, "questionsUpdated")).toHaveLength(1);
    await fireUntil(t.stack, "2026-12-01T13:01:00Z");
    const sent = hostMailsOf(id, "questionsUpdated");
    expect(sent).toHaveLength(2);
    expect(await textOf(sent[1]!.raw)).toContain("What did you learn in year 30?");
    expect(await textOf(sent[1]!.raw)).not.toContain("year 29");
  });

  it("a handful of reschedules a day, then a clear message and no more invites", async () => {
    t.now = Date.parse("2026-12-02T12:00:00Z");
    const guest = "mover@example.com";
    await bookAcceptedChat(t.stack, mail, guest, "2026-12-09T15:00:00.000Z");
    const move = (await lastLinks(mail, guest))["reschedule"]!;
    const starts = ["2026-12-09T16:00:00.000Z", "2026-12-09T17:00:00.000Z", "2026-12-09T18:00:00.000Z", "2026-12-09T19:00:00.000Z"];
    for (const start of starts.slice(0, 3)) expect((await press(move, { start })).status).toBe(303);
    const invites = mail.sent.length;

    const refused = await press(move, { start: starts[3]! });
    expect(refused.status).toBe(429);
    expect(await refused.text()).toContain("This chat has moved 3 times in the last day");
    expect(mail.sent.length).toBe(invites);
    expect(await (await fetch(move)).text()).toContain("You can move it again in about 24 hours");

    t.now = Date.parse("2026-12-03T12:01:00Z");
    expect((await press(move, { start: starts[3]! })).status).toBe(303);
  });
});
