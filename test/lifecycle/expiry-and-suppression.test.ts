import { describe, expect, it } from "vitest";
import { createSesEventsJob } from "../../packages/functions/src/jobs/ses-events-job.ts";
import { createLogger } from "../../packages/functions/src/http/logger.ts";
import { json, requestBody } from "../support/stack.ts";
import { fireUntil, HOST_EMAIL, lastLinks, textOf } from "../support/chat.ts";
import { press } from "../support/links.ts";
import { useTestStack } from "../support/use-test-stack.ts";

const t = useTestStack({ now: "2026-12-01T12:00:00Z" });
const mail = t.mail;

const ask = (email: string, start: string) =>
  fetch(t.stack.url("/api/v1/links/demo/coffee/requests"), json(requestBody(start, { email })));
const offered = async (day: string) =>
  (
    (await (await fetch(t.stack.url(`/api/v1/links/demo/coffee/slots?from=${day}&to=${day}&timeZone=UTC`))).json()) as any
  ).slots.map((s: any) => s.start);

describe("a request nobody finishes lets its slot go", () => {
  it("unconfirmed for 30 minutes: expired, the slot is free, nothing mailed to an unproven address", async () => {
    const start = "2026-12-03T15:00:00.000Z";
    expect((await ask("silent@example.com", start)).status).toBe(202);
    expect(await offered("2026-12-03")).not.toContain(start);
    const before = mail.sent.length;
    await fireUntil(t.stack, "2026-12-01T12:31:00Z");
    expect(await offered("2026-12-03")).toContain(start);
    expect(mail.sent.length).toBe(before);
  });

  it("unanswered: the host is nudged after a day, then the request expires and the guest hears", async () => {
    const guest = "waiting@example.com";
    const start = "2026-12-04T15:00:00.000Z";
    expect((await ask(guest, start)).status).toBe(202);
    await press((await lastLinks(mail, guest))["confirm_email"]!);
    const hostBefore = mail.sent.filter((m) => m.to === HOST_EMAIL).length;
    await fireUntil(t.stack, "2026-12-02T12:01:00Z");
    const hostMails = mail.sent.filter((m) => m.to === HOST_EMAIL);
    expect(hostMails.length).toBe(hostBefore + 1);
    expect(await textOf(hostMails.at(-1)!.raw)).toMatch(/waiting|answer/i);

    // 4 hours' notice before a Friday 10:00 New York chat: it expires at 06:00 New York time.
    await fireUntil(t.stack, "2026-12-04T11:00:00Z");
    expect(await offered("2026-12-04")).toContain(start);
    const last = [...mail.sent].reverse().find((m) => m.to === guest)!;
    expect(await textOf(last.raw)).toMatch(/expired|didn't get an answer|no answer/i);
  });
});

describe("bounces and complaints", () => {
  it("a hard bounce stops all mail to the address; a new request from it is refused with the field named", async () => {
    const job = createSesEventsJob(t.stack.deps.store, createLogger("SILENT"), () => t.now);
    const bounce = {
      eventType: "Bounce",
      bounce: { bounceType: "Permanent", bouncedRecipients: [{ emailAddress: "gone@example.com" }] },
    };
    const transient = {
      eventType: "Bounce",
      bounce: { bounceType: "Transient", bouncedRecipients: [{ emailAddress: "full@example.com" }] },
    };
    const complaint = { eventType: "Complaint", complaint: { complainedRecipients: [{ emailAddress: "angry@example.com" }] } };
    await job({ Records: [bounce, transient, complaint, "not json" as never].map((m) => ({ Sns: { Message: typeof m === "string" ? m : JSON.stringify(m) } })) });

    for (const address of ["gone@example.com", "angry@example.com"]) {
      const res = await ask(address, "2026-12-07T15:00:00.000Z");
      expect(res.status).toBe(422);
      const body = (await res.json()) as any;
      expect(body.error.code).toBe("SUPPRESSED");
      expect(body.error.issues[0].path).toBe("email");
    }
    expect((await ask("full@example.com", "2026-12-07T15:00:00.000Z")).status).toBe(202);
  });
});
