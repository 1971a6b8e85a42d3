import type { Actor } from "../lifecycle/index.ts";
import { composeEmail, inviteFor } from "../messages/index.ts";
import type { Millis } from "../model/index.ts";
import { render, type TemplateName } from "./render.ts";
import type { Chat } from "./commit-event.ts";
import type { UseCaseDeps } from "./ports.ts";

export interface Notice {
  template: TemplateName;
  to: Actor;
  invite?: "REQUEST" | "CANCEL" | undefined;
  by?: Actor | undefined;
  /** The chat's time before a reschedule, for the "was" line. */
  previous?: { start: Millis; end: Millis } | undefined;
}

/**
 * One email to one person. It comes from the service address under the other party's name, and
 * replies go to the other party. Addresses that bounced or complained are skipped.
 * Returns false when nothing was sent.
 */
export async function notify(deps: UseCaseDeps, chat: Chat, notice: Notice, now: Millis): Promise<boolean> {
  const { request, host } = chat;
  const guest = { name: request.guest.name, address: request.guest.email };
  const hostAddress = { name: host.name, address: host.email };
  const [to, other] = notice.to === "guest" ? [guest, hostAddress] : [hostAddress, guest];
  if (await deps.store.isSuppressed(to.address)) return false;

  const content = render(deps, chat, notice, now);
  const raw = await composeEmail({
    from: { name: `${other.name} via coffeechat`, address: deps.settings.sender.address },
    to,
    replyTo: other,
    subject: content.subject,
    text: content.text,
    html: content.html,
    ...(notice.invite
      ? { calendar: { method: notice.invite, content: inviteFor(request, host, chat.link, notice.to, notice.invite, now) } }
      : {}),
    messageId: `${request.id}.${notice.template}.${request.version}.${notice.to}`,
    date: now,
  });
  await deps.mailer.send({ to: to.address, raw });
  return true;
}
