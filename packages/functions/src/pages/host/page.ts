import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { DomainError, type Account } from "@coffeechat/core";
import { statusOf } from "../../http/errors.ts";
import type { HtmlBody } from "../html-body.ts";

/** Signed-in pages are personal: never cached, never sent as a referrer. */
export function page(c: Context, body: HtmlBody, status: ContentfulStatusCode = 200) {
  c.header("Cache-Control", "no-store");
  c.header("Referrer-Policy", "same-origin");
  return c.html(body, status);
}

/** Domain errors a form can show in place (with what was typed); anything else goes to the error page. */
export function formError(e: unknown): { status: ContentfulStatusCode; error: DomainError } {
  if (e instanceof DomainError && ["INVALID_INPUT", "CONFLICT", "HANDLE_TAKEN", "SLOT_TAKEN", "INVALID_TRANSITION", "LIMIT_REACHED", "NOT_FOUND"].includes(e.code)) {
    return { status: statusOf(e), error: e };
  }
  throw e;
}

/** Where a signed-in person without a handle belongs. */
export const needsOnboarding = (account: Account) => !account.handle;

/** Banners after a redirect come from this fixed list, so a link can never make the page say anything else. */
export const NOTICES: Record<string, string> = {
  accepted: "Accepted. You both have the calendar invite.",
  declined: "Declined. The guest has been told, kindly.",
  cancelled: "Cancelled. The guest has the update for their calendar.",
  created: "Your link is ready to share.",
  saved: "Saved. Chats already requested keep their time and settings.",
  deleted: "The link is deleted.",
  profile: "Profile saved.",
  token: "Token revoked.",
  session: "Signed out on that device.",
  everywhere: "Signed out everywhere else. Sign in again on those devices.",
};

export const notice = (c: Context) => NOTICES[c.req.query("done") ?? ""];
