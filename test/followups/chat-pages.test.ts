import { describe, expect, it } from "vitest";
import { bookAcceptedChat, fireUntil, HOST_EMAIL, lastLinks, schedulesOf, textOf } from "../support/chat.ts";
import { press } from "../support/links.ts";
import { useTestStack } from "../support/use-test-stack.ts";

const t = useTestStack({ now: "2026-12-01T12:00:00Z" });
const mail = t.mail;

describe("the guest's chat page", () => {
  it("shows the chat and its follow-ups; edited questions reach the host's prep pack", async () => {
    const guest = "pages@example.com";
    const id = await bookAcceptedChat(t.stack, mail, guest, "2026-12-08T15:00:00.000Z");
    const links = await lastLinks(mail, guest);
    const page = await (await fetch(links["view_guest"]!)).text();
    expect(page).toContain("Follow-ups");
    expect(page).toContain("Background and questions to the host");
    expect(page).toContain("scheduled");

    const edit = page.match(/href="([^"]+)"[^>]*>Edit my questions/)![1]!.replaceAll("&amp;", "&");
    expect((await press(edit, { questions: "How did you learn to give design critique?\nWhat surprised you in your first year?" })).status).toBe(303);
    expect(await (await fetch(edit)).text()).toContain("How did you learn to give design critique?");

    await fireUntil(t.stack, "2026-12-07T15:00:00Z");
    const prep = [...mail.sent].reverse().find((m) => m.to === HOST_EMAIL && m.raw.includes(`<${id}.prep_pack.`))!;
    expect(await textOf(prep.raw)).toContain("How did you learn to give design critique?");
  });

  it("after the chat, the guest writes down who else to talk to", async () => {
    t.now = Date.parse("2026-12-08T18:00:00Z");
    await fireUntil(t.stack, "2026-12-08T18:00:00Z");
    const thanks = await lastLinks(mail, "pages@example.com");
    const referrals = thanks["referrals"]!;
    expect(await (await fetch(referrals)).text()).toContain("Who else should you talk to?");
    expect((await press(referrals, { names: "Ana Ruiz, design lead at Acme\nTomás Lee" })).status).toBe(303);
    const after = await (await fetch(referrals)).text();
    expect(after).toContain("Ana Ruiz, design lead at Acme");
    expect(after).toContain("Tomás Lee");
  });

  it("'the chat did not happen' stops the keep-in-touch prompt", async () => {
    const thanks = await lastLinks(mail, "pages@example.com");
    const id = Buffer.from(thanks["did_not_happen"]!.split("/a/")[1]!.split(".")[0]!, "base64url").toString().split(".")[2]!;
    expect((await schedulesOf(t.stack, id)).map((s) => s.Name)).toEqual([`cc-${id}-keep-in-touch`]);
    expect((await press(thanks["did_not_happen"]!)).status).toBe(303);
    expect(await schedulesOf(t.stack, id)).toEqual([]);
    expect((await t.stack.deps.store.getRequest(id))?.status).toBe("cancelled");
    expect(await (await fetch(thanks["did_not_happen"]!)).text()).toContain("Already done");
  });
});
