import type { z } from "@hono/zod-openapi";
import { bookingPath, type Account, type Link, type LinkInput, type WeeklyHours } from "@coffeechat/core";
import type { LinkUpdateBody } from "./host-schemas.ts";

/** A link as its host sees it: every setting spelled out, and the address to share. */
export function hostLinkJson(appUrl: string, account: Account, link: Link) {
  const { handle: _key, deletedAt: _deleted, ...settings } = link;
  return {
    ...settings,
    maxPerDay: link.maxPerDay ?? null,
    maxPerWeek: link.maxPerWeek ?? null,
    requiresApproval: link.requiresApproval !== false,
    paused: link.paused === true,
    url: `${appUrl}${bookingPath({ handle: account.id, publicHandle: account.handle ?? account.id }, link)}`,
  };
}

/** The validated body as the use cases take it; a null cap removes the cap. */
export function toLinkInput(body: z.infer<typeof LinkUpdateBody>): Partial<LinkInput> {
  const input: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (value === undefined) continue;
    input[key] = value === null ? undefined : value;
  }
  if (body.weeklyHours) input["weeklyHours"] = body.weeklyHours as WeeklyHours;
  return input as Partial<LinkInput>;
}
