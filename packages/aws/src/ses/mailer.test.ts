import { DomainError } from "@coffeechat/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSesLocal, type SesLocal } from "../../../../infra/local/ses.ts";
import { freePort } from "../../../../infra/local/free-port.ts";
import { createSesClient } from "./client.ts";
import { SesMailer } from "./mailer.ts";

let ses: SesLocal;
beforeAll(async () => {
  ses = await startSesLocal();
});
afterAll(async () => {
  await ses?.stop();
});

const ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n";

function rawMessage(to: string, subject: string): Uint8Array {
  const lines = [
    "From: coffeechat <chats@coffeechat.local>",
    `To: ${to}`,
    `Subject: ${subject}`,
    "MIME-Version: 1.0",
    'Content-Type: multipart/mixed; boundary="b1"',
    "",
    "--b1",
    "Content-Type: text/plain; charset=utf-8",
    "",
    "Dana accepted your request.",
    "--b1",
    'Content-Type: text/calendar; charset=utf-8; method=REQUEST; name="invite.ics"',
    'Content-Disposition: attachment; filename="invite.ics"',
    "Content-Transfer-Encoding: base64",
    "",
    Buffer.from(ICS).toString("base64"),
    "--b1--",
    "",
  ];
  return new TextEncoder().encode(lines.join("\r\n"));
}

describe("SesMailer", () => {
  it("sends a raw message that lands in the local SES store", async () => {
    await ses.clear();
    const mailer = new SesMailer({ client: createSesClient({ endpoint: ses.endpoint, region: "us-east-1" }) });
    const { messageId } = await mailer.send({ to: "sam@guest.example", raw: rawMessage("sam@guest.example", "Your chat with Dana") });

    const [stored, ...rest] = await ses.messages();
    expect(rest).toEqual([]);
    expect(stored).toMatchObject({
      messageId,
      from: '"coffeechat" <chats@coffeechat.local>',
      destination: { to: ["sam@guest.example"] },
      subject: "Your chat with Dana",
      body: { text: "Dana accepted your request." },
    });
    const invite = stored?.attachments.find((a) => a.filename === "invite.ics");
    expect(Buffer.from(invite?.content ?? "", "base64").toString("utf8")).toBe(ICS);
  });

  it("clear() empties the store", async () => {
    const mailer = new SesMailer({ client: createSesClient({ endpoint: ses.endpoint, region: "us-east-1" }) });
    await mailer.send({ to: "a@x.example", raw: rawMessage("a@x.example", "One") });
    await ses.clear();
    expect(await ses.messages()).toEqual([]);
  });

  it("reports an unreachable SES as TRANSIENT", async () => {
    const closedPort = await freePort();
    const client = createSesClient({ endpoint: `http://127.0.0.1:${closedPort}`, region: "us-east-1" });
    const mailer = new SesMailer({ client });
    const error = await mailer.send({ to: "a@x.example", raw: rawMessage("a@x.example", "Lost") }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe("TRANSIENT");
  });

  it("reports a message SES refuses as DELIVERY_FAILED", async () => {
    // The local server answers 400 BadRequest to a raw message without a From header, as SES would refuse it.
    const mailer = new SesMailer({ client: createSesClient({ endpoint: ses.endpoint, region: "us-east-1" }) });
    const raw = new TextEncoder().encode("To: a@x.example\r\nSubject: no sender\r\n\r\nhello\r\n");
    const error = await mailer.send({ to: "a@x.example", raw }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe("DELIVERY_FAILED");
  });
});
