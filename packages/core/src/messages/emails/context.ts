import type { Chat } from "../../model/chat.ts";
import type { Millis } from "../../model/time.ts";
import { chosenFormat, firstName, formatLabel, placeLabel } from "../chat-details.ts";
import type { Recipient } from "../invite.ts";
import { facts, heading, links, list, paragraph, present, quote, type Block } from "../render/blocks.ts";
import { formatChatTime, formatInstant } from "../when.ts";

/** What every email is written from; URLs for actions come separately, made by the caller. */
export type ChatContext = Chat;

export const minutesOf = ({ request }: ChatContext) => Math.round((request.end - request.start) / 60_000);

export function people(ctx: ChatContext, recipient: Recipient) {
  const guest = { name: ctx.request.guest.name, zone: ctx.request.guest.timeZone };
  const host = { name: ctx.host.name, zone: ctx.host.timeZone };
  const [me, other] = recipient === "guest" ? [guest, host] : [host, guest];
  return { me, other, greeting: `Hi ${firstName(me.name)},` };
}

/** The time in the reader's zone, then in the other party's, each with its zone named. */
export function whenRows(ctx: ChatContext, recipient: Recipient, at: Millis = ctx.request.start): [string, string][] {
  const { me, other } = people(ctx, recipient);
  const end = at + (ctx.request.end - ctx.request.start);
  const mine = formatChatTime(at, end, me.zone);
  if (me.zone === other.zone) return [["When", mine]];
  return [
    ["When", mine],
    [`${firstName(other.name)}'s time`, formatInstant(at, other.zone)],
  ];
}

export function formatRows(ctx: ChatContext): [string, string][] {
  const format = chosenFormat(ctx.link, ctx.request.format);
  const rows: [string, string][] = [["Format", formatLabel(format.kind)]];
  if (format.details) rows.push([placeLabel(format.kind), format.details]);
  return rows;
}

export const chatFacts = (ctx: ChatContext, recipient: Recipient): Block =>
  facts([...whenRows(ctx, recipient), ...formatRows(ctx)]);

/** Everything the guest told about themselves, as the host should read it. */
export function guestProfile(ctx: ChatContext): Block[] {
  const { request } = ctx;
  const name = firstName(request.guest.name);
  return present([
    heading(`About ${name}`),
    quote(request.background),
    heading(`Why ${name} would like to talk`),
    quote(request.purpose),
    request.foundVia ? facts([["How they found you", request.foundVia]]) : undefined,
    request.links.length > 0 && paragraph(`${name}'s links:`),
    request.links.length > 0 && links(request.links),
    ...questionBlocks(ctx, `Questions ${name} plans to ask`),
  ]);
}

export function questionBlocks(ctx: ChatContext, title: string): Block[] {
  if (ctx.request.questions.length === 0) return [];
  return [heading(title), list(ctx.request.questions, true)];
}

export const notAJob = (ctx: ChatContext): Block =>
  paragraph(
    `${firstName(ctx.request.guest.name)} is looking for information and advice about your work, not for a job.`,
  );
