import { describe, expect, it } from "vitest";
import { json, requestBody } from "../support/stack.ts";
import { fireUntil, HOST_EMAIL, lastLinks } from "../support/chat.ts";
import { press } from "../support/links.ts";
import { useTestStack } from "../support/use-test-stack.ts";

const t = useTestStack({ now: "2026-12-01T12:00:00Z" });
const mail = t.mail;

const mailsTo = (to: string) => mail.sent.filter((m) => m.to === to).length;

describe("nothing a person did is lost when sending fails after the change is stored", () => {
  it("a request whose confirmation could not be sent: it is held, and the outbox sends the confirmation once", async () => {
    const guest = "retry@example.com";
    mail.failTimes(1);
    const first = await fetch(t.stack.url("/api/v1/links/demo/coffee/requests"), json(requestBody("2026-12-08T15:00:00.000Z", { email: guest })));
    expect(first.status).toBe(202);
    expect(mailsTo(guest)).toBe(0);
    await fireUntil(t.stack, "2026-12-01T12:05:00Z");
    expect(mailsTo(guest)).toBe(1);
    // Nothing is left for a later run.
    await fireUntil(t.stack, "2026-12-01T12:10:00Z");
    expect(mailsTo(guest)).toBe(1);
  });

  it("an acceptance whose invites could not be sent: the outbox schedule sends them after the grace period", async () => {
    const guest = "outbox@example.com";
    const res = await fetch(t.stack.url("/api/v1/links/demo/coffee/requests"), json(requestBody("2026-12-09T15:00:00.000Z", { email: guest })));
    expect(res.status).toBe(202);
    await press((await lastLinks(mail, guest))["confirm_email"]!);
    const accept = (await lastLinks(mail, HOST_EMAIL))["accept"]!;
    const before = { guest: mailsTo(guest), host: mailsTo(HOST_EMAIL) };

    mail.failTimes(1);
    const pressed = await press(accept);
    expect(pressed.status).toBe(303);
    expect(await (await fetch(new URL(pressed.headers.get("location")!, accept))).text()).toContain("Its emails have not all gone yet");
    expect(mailsTo(guest)).toBe(before.guest);

    const ran = await fireUntil(t.stack, "2026-12-01T12:03:00Z");
    expect(ran.some((r) => r.name.includes("-outbox-") && r.ok)).toBe(true);
    expect(mailsTo(guest)).toBe(before.guest + 1);
    expect(mailsTo(HOST_EMAIL)).toBe(before.host + 1);
    expect(mail.sent.at(-1)!.raw).toMatch(/text\/calendar;[^\r\n]*method=REQUEST/i);
  });
});
