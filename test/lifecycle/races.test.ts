import { describe, expect, it } from "vitest";
import { json, requestBody } from "../support/stack.ts";
import { HOST_EMAIL, lastLinks, textOf } from "../support/chat.ts";
import { press } from "../support/links.ts";
import { useTestStack } from "../support/use-test-stack.ts";

const t = useTestStack({ now: "2026-12-01T12:00:00Z" });
const mail = t.mail;

/** A confirmed request waiting for the host; returns the host's answer links. */
async function awaitingHost(guest: string, start: string) {
  const res = await fetch(t.stack.url("/api/v1/links/demo/coffee/requests"), json(requestBody(start, { email: guest })));
  expect(res.status).toBe(202);
  await press((await lastLinks(mail, guest))["confirm_email"]!);
  return lastLinks(mail, HOST_EMAIL);
}

const mailsTo = (to: string) => mail.sent.filter((m) => m.to === to).length;

describe("two clicks at once change state once", () => {
  it("double-clicking accept: one acceptance, one invite each", async () => {
    const guest = "double@example.com";
    const links = await awaitingHost(guest, "2026-12-08T15:00:00.000Z");
    const before = { guest: mailsTo(guest), host: mailsTo(HOST_EMAIL) };
    const results = await Promise.all([press(links["accept"]!), press(links["accept"]!), press(links["accept"]!)]);
    expect(results.map((r) => r.status)).toEqual([303, 303, 303]);
    expect(mailsTo(guest)).toBe(before.guest + 1);
    expect(mailsTo(HOST_EMAIL)).toBe(before.host + 1);
  });

  it("accept and decline at once: exactly one outcome, one email to the guest", async () => {
    const guest = "both@example.com";
    const links = await awaitingHost(guest, "2026-12-09T15:00:00.000Z");
    const before = mailsTo(guest);
    const results = await Promise.all([press(links["accept"]!), press(links["decline"]!, { note: "Sorry!" })]);
    expect(results.map((r) => r.status)).toEqual([303, 303]);
    expect(mailsTo(guest)).toBe(before + 1);
    const id = Buffer.from(links["accept"]!.split("/a/")[1]!.split(".")[0]!, "base64url").toString().split(".")[2]!;
    const request = await t.stack.deps.store.getRequest(id);
    expect(["accepted", "declined"]).toContain(request?.status);
    // Both pages now show the same, single outcome.
    const pages = await Promise.all([fetch(links["accept"]!), fetch(links["decline"]!)]);
    for (const page of pages) expect(page.status).toBe(200);
  });
});

describe("declining", () => {
  it("frees the slot and tells the guest kindly, with the host's note", async () => {
    const guest = "declined@example.com";
    const start = "2026-12-10T15:00:00.000Z";
    const links = await awaitingHost(guest, start);
    expect((await press(links["decline"]!, { note: "I'm travelling that week — try Ana Ruiz." })).status).toBe(303);
    const last = [...mail.sent].reverse().find((m) => m.to === guest)!;
    const text = await textOf(last.raw);
    expect(text).toContain("try Ana Ruiz");
    const slots = (await (
      await fetch(t.stack.url("/api/v1/links/demo/coffee/slots?from=2026-12-10&to=2026-12-10&timeZone=UTC"))
    ).json()) as any;
    expect(slots.slots.map((s: any) => s.start)).toContain(start);
    const page = await (await fetch(links["accept"]!)).text();
    expect(page).toContain("This can no longer be done");
  });
});
