import { createHash } from "node:crypto";
import type MailComposer from "nodemailer/lib/mail-composer/index.js";
import { DomainError } from "../model/errors.ts";
import type { Millis } from "../model/time.ts";
import type { InviteMethod } from "./ics.ts";
import { assertHeaders, assertIdToken, assertMailAddress, assertSingleLine, displayName, type MailAddress } from "./mime-guard.ts";

export interface EmailToCompose {
  from: MailAddress;
  to: MailAddress;
  replyTo?: MailAddress;
  subject: string;
  text: string;
  html: string;
  calendar?: { method: InviteMethod; content: string };
  headers?: Record<string, string>;
  /** A token fixed per email (e.g. `<request id>.<kind>.<recipient>`): a retry yields the same mail. */
  messageId: string;
  date: Millis;
}

/**
 * The complete RFC 5322 message, ready for SES v2 Raw content. With a calendar the tree is
 * multipart/mixed { multipart/alternative { text/plain, text/html, text/calendar; method=… },
 * invite.ics } — nodemailer's icalEvent builds exactly that, so we lean on it.
 */
export async function composeEmail(email: EmailToCompose): Promise<Uint8Array> {
  const from = assertMailAddress("from", email.from);
  const to = assertMailAddress("to", email.to);
  const replyTo = email.replyTo && assertMailAddress("replyTo", email.replyTo);
  const subject = displayName(assertSingleLine("subject", email.subject));
  const token = assertIdToken("messageId", email.messageId);
  const domain = from.address.slice(from.address.lastIndexOf("@") + 1);
  const Composer = await loadMailComposer();
  const composer = new Composer({
    from,
    to,
    ...(replyTo ? { replyTo } : {}),
    subject,
    text: email.text,
    html: email.html,
    ...(email.calendar ? { icalEvent: calendarPart(email.calendar) } : {}),
    headers: assertHeaders(email.headers ?? {}),
    messageId: `<${token}@${domain}>`,
    date: new Date(email.date),
    // Boundaries are random by default; deriving them from the id makes a retry byte-identical.
    baseBoundary: createHash("sha256").update(token).digest("hex").slice(0, 24),
  } as ConstructorParameters<typeof MailComposer>[0] & { baseBoundary: string });
  const raw = await new Promise<Buffer>((resolve, reject) =>
    composer.compile().build((error, message) => (error ? reject(error) : resolve(message))),
  );
  return new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength);
}

/**
 * nodemailer's composer (with its 75 KB MIME-type table) is loaded on the first email, not when
 * the module is: a Lambda that only answers slot reads and pages never parses it.
 */
let mailComposer: Promise<typeof MailComposer> | undefined;
function loadMailComposer(): Promise<typeof MailComposer> {
  mailComposer ??= import("nodemailer/lib/mail-composer/index.js").then((m) => m.default);
  return mailComposer;
}

/** The MIME `method=` must equal the file's METHOD, or clients ignore or misread the invite. */
function calendarPart(calendar: { method: InviteMethod; content: string }) {
  const declared = /^METHOD:(.+)$/m.exec(calendar.content)?.[1]?.trim();
  if (declared !== calendar.method) {
    throw new DomainError("INVALID_INPUT", `calendar: METHOD ${declared ?? "missing"} is not ${calendar.method}`);
  }
  // nodemailer picks quoted-printable for the inline part, whose hard line breaks decoders may
  // turn into bare LF; base64 keeps the CRLF that RFC 5545 requires, byte for byte.
  return { method: calendar.method, filename: "invite.ics", content: calendar.content, contentTransferEncoding: "base64" };
}
