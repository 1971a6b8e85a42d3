import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, requestBody, startTestStack, type TestStack } from "../support/stack.ts";
import { recordingMailer } from "../support/recording-mailer.ts";
import { fireUntil, HOST_EMAIL, lastLinks } from "../support/chat.ts";
import { press } from "../support/links.ts";

let stack: TestStack;
const mail = recordingMailer();
const now = Date.parse("2026-12-01T12:00:00Z");
beforeAll(async () => {
  stack = await startTestStack({ clock: () => now, wrap: mail.wrap });
});
afterAll(() => stack?.stop());

const mailsTo = (to: string) => mail.sent.filter((m) => m.to === to).length;

describe("nothing a person did is lost when sending fails after the change is stored", () => {
  it("a request whose confirmation could not be sent: a retry of the form sends it, and only once", async () => {
    const guest = "retry@example.com";
    mail.failTimes(1);
    const first = await fetch(stack.url("/api/v1/links/demo/coffee/requests"), json(requestBody("2026-12-08T15:00:00.000Z", { email: guest })));
    expect(first.status).toBe(503);
    expect(mailsTo(guest)).toBe(0);
    const again = await fetch(stack.url("/api/v1/links/demo/coffee/requests"), json(requestBody("2026-12-08T15:00:00.000Z", { email: guest })));
    expect(again.status).toBe(202);
    expect(mailsTo(guest)).toBe(1);
    // The armed schedule finds nothing left to do.
    await fireUntil(stack, "2026-12-01T12:05:00Z");
    expect(mailsTo(guest)).toBe(1);
  });

  it("an acceptance whose invites could not be sent: the outbox schedule sends them after the grace period", async () => {
    const guest = "outbox@example.com";
    const res = await fetch(stack.url("/api/v1/links/demo/coffee/requests"), json(requestBody("2026-12-09T15:00:00.000Z", { email: guest })));
    expect(res.status).toBe(202);
    await press((await lastLinks(mail, guest))["confirm_email"]!);
    const accept = (await lastLinks(mail, HOST_EMAIL))["accept"]!;
    const before = { guest: mailsTo(guest), host: mailsTo(HOST_EMAIL) };

    mail.failTimes(1);
    expect((await press(accept)).status).toBe(503);
    expect(await (await fetch(accept)).text()).toContain("Already done");
    expect(mailsTo(guest)).toBe(before.guest);

    const ran = await fireUntil(stack, "2026-12-01T12:03:00Z");
    expect(ran.some((r) => r.name.endsWith("-outbox") && r.ok)).toBe(true);
    expect(mailsTo(guest)).toBe(before.guest + 1);
    expect(mailsTo(HOST_EMAIL)).toBe(before.host + 1);
    expect(mail.sent.at(-1)!.raw).toMatch(/text\/calendar;[^\r\n]*method=REQUEST/i);
  });
});
