import { DAY, HOUR, type FollowUpKind, type FollowUpSetting, type Link } from "../model/index.ts";

export type FollowUpRecipient = "host" | "guest" | "both";

/** Follow-ups of an accepted chat, each anchored to the chat's start or end. */
export type ChatFollowUpKind = "prep_pack" | "guest_confirm" | "reminder" | "thank_you" | "keep_in_touch";

export interface ChatFollowUpRule {
  anchor: "start" | "end";
  offsetMinutes: number;
  to: FollowUpRecipient;
}

const minutes = (ms: number) => ms / 60_000;

/** What the seeds prescribe; a link may switch each off or move it (link.followUps). */
export const CHAT_FOLLOW_UPS: Readonly<Record<ChatFollowUpKind, ChatFollowUpRule>> = {
  prep_pack: { anchor: "start", offsetMinutes: -minutes(DAY), to: "host" },
  guest_confirm: { anchor: "start", offsetMinutes: -minutes(DAY), to: "guest" },
  reminder: { anchor: "start", offsetMinutes: -minutes(HOUR), to: "both" },
  thank_you: { anchor: "end", offsetMinutes: minutes(2 * HOUR), to: "guest" },
  keep_in_touch: { anchor: "end", offsetMinutes: minutes(30 * DAY), to: "guest" },
};

/** The host is nudged this long after the guest confirmed, relative to the confirmation. */
export const HOST_NUDGE: FollowUpSetting = { enabled: true, offsetMinutes: minutes(DAY) };

export const FOLLOW_UP_KINDS: readonly FollowUpKind[] = [
  "prep_pack",
  "guest_confirm",
  "reminder",
  "thank_you",
  "keep_in_touch",
  "host_nudge",
  "expire_unconfirmed",
  "expire_unanswered",
];

/** The link's setting for a kind, or the default. */
export function settingFor(link: Pick<Link, "followUps">, kind: FollowUpKind, fallback: FollowUpSetting): FollowUpSetting {
  return link.followUps[kind] ?? fallback;
}
