import type { FollowUpKind, FollowUpSetting, Link } from "../model/index.ts";

export type FollowUpRecipient = "host" | "guest" | "both";

/** The link's setting for a kind, or the default. */
export function settingFor(link: Pick<Link, "followUps">, kind: FollowUpKind, fallback: FollowUpSetting): FollowUpSetting {
  return link.followUps[kind] ?? fallback;
}
