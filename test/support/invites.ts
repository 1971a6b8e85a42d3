import PostalMime from "postal-mime";
import type { recordingMailer } from "./recording-mailer.ts";

type Mail = ReturnType<typeof recordingMailer>;

/** UID and SEQUENCE of the newest calendar invite to an address for this chat (the raw MIME the service sent). */
export async function lastInvite(mail: Mail, to: string, requestId: string): Promise<{ uid: string; sequence: number }> {
  const sent = [...mail.sent].reverse().find((m) => m.to === to && m.raw.includes(requestId) && /text\/calendar/i.test(m.raw));
  if (!sent) throw new Error(`no invite to ${to} for ${requestId}`);
  const part = (await PostalMime.parse(sent.raw)).attachments.find((a) => /text\/calendar/i.test(a.mimeType));
  if (!part) throw new Error(`the invite to ${to} has no calendar part`);
  const text = typeof part.content === "string" ? part.content : new TextDecoder().decode(part.content);
  return { uid: /^UID:(.+)$/m.exec(text)![1]!.trim(), sequence: Number(/^SEQUENCE:(\d+)/m.exec(text)![1]) };
}
