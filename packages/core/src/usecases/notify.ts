import { hostHasAccepted, type Actor } from "../lifecycle/index.ts";
import { composeEmail, inviteFor, withClosingLine, type MailAddress } from "../messages/index.ts";
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
  /** The time someone asked for again (alreadyOpen). */
  asked?: Millis | undefined;
  /** Names the Message-ID (default `<template>.<version>.<to>`): a re-send of one email keeps its id. */
  key?: string | undefined;
}

/**
 * One email to one person, from the service address under the other party's name. Replies go to the
 * other party, except that a guest gets the host's address only once the host has accepted: before,
 * replies go to a no-reply address and the email says so. Addresses that bounced or complained are
 * skipped (undefined); otherwise the Message-ID SES gave.
 */
export async function notify(deps: UseCaseDeps, chat: Chat, notice: Notice, now: Millis): Promise<{ messageId: string } | undefined> {
  const { request, host } = chat;
  const guest = { name: request.guest.name, address: request.guest.email };
  const hostAddress = { name: host.name, address: host.email };
  const [to, other] = notice.to === "guest" ? [guest, hostAddress] : [hostAddress, guest];
  if (await deps.store.isSuppressed(to.address)) return undefined;

  const shareOther = notice.to === "host" || hostHasAccepted(request);
  const rendered = render(deps, chat, notice, now);
  const content = shareOther
    ? rendered
    : withClosingLine(rendered, `Replies to this email are not read. ${host.name}'s address reaches you only once they accept a chat with you.`);
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
  return deps.mailer.send({ to: to.address, raw });
}

/** Where replies go before the host accepted: nowhere personal. */
export function noReply(sender: string): MailAddress {
  return { name: "coffeechat (replies are not read)", address: `no-reply@${sender.slice(sender.lastIndexOf("@") + 1)}` };
}
