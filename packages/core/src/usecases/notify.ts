import { hostHasAccepted } from "../lifecycle/index.ts";
import { closing, composeEmail, inviteFor, type MailAddress } from "../messages/index.ts";
import { addressOf, type Chat, type Millis } from "../model/index.ts";
import type { Notice } from "../notices/index.ts";
import { render } from "./render.ts";
import type { OutgoingEmail } from "../ports.ts";
import type { UseCaseDeps } from "./ports.ts";

export type { Notice };

/**
 * One email to one person, from the service address under the other party's name. Replies go to the
 * other party, except that a guest gets the host's address only once the host has accepted: before,
 * replies go to a no-reply address and the email says so. Addresses that bounced or complained are
 * skipped (undefined); otherwise the Message-ID SES gave. `ahead` may carry the recipient's
 * suppression as this same invocation read it moments ago (see drainOutbox), and the email composed
 * already (composeNotice); what it lacks is read or composed here.
 */
export async function notify(
  deps: UseCaseDeps,
  chat: Chat,
  notice: Notice,
  now: Millis,
  ahead: { suppressed?: Promise<boolean> | undefined; composed?: Promise<OutgoingEmail> | undefined } = {},
): Promise<{ messageId: string } | undefined> {
  const to = addressOf(chat, notice.to);
  if (await (ahead.suppressed ?? deps.store.isSuppressed(to))) return undefined;
  return deps.mailer.send(await (ahead.composed ?? composeNotice(deps, chat, notice, now)));
}

/** The email `notify` sends, built but not sent: rendering and MIME are CPU work that can overlap a write. */
export async function composeNotice(deps: UseCaseDeps, chat: Chat, notice: Notice, now: Millis): Promise<OutgoingEmail> {
  const { request, host } = chat;
  const guest = { name: request.guest.name, address: request.guest.email };
  const hostAddress = { name: host.name, address: host.email };
  const [to, other] = notice.to === "guest" ? [guest, hostAddress] : [hostAddress, guest];
  const shareOther = notice.to === "host" || hostHasAccepted(request);
  const content = render(
    deps,
    chat,
    notice,
    shareOther ? [] : [closing(`Replies to this email are not read. ${host.name}'s address reaches you only once they accept a chat with you.`)],
  );
  const raw = await composeEmail({
    from: { name: `${other.name} via coffeechat`, address: deps.settings.sender.address },
    to,
    replyTo: shareOther ? other : noReply(deps.settings.sender.address),
    subject: content.subject,
    text: content.text,
    html: content.html,
    ...(notice.invite
      ? { calendar: { method: notice.invite, content: inviteFor(request, host, chat.link, notice.to, notice.invite, now) } }
      : {}),
    messageId: `${request.id}.${notice.key ?? `${notice.template}.${request.version}.${notice.to}`}`,
    date: now,
  });
  return { to: to.address, raw };
}

/** Where replies go before the host accepted: nowhere personal. */
export function noReply(sender: string): MailAddress {
  return { name: "coffeechat (replies are not read)", address: `no-reply@${sender.slice(sender.lastIndexOf("@") + 1)}` };
}
