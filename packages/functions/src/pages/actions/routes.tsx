import { Hono, type Context } from "hono";
import {
  actionUrl,
  DomainError,
  doneMarker,
  listSlots,
  openAction,
  owes,
  performAction,
  previewAction,
  readDoneMarker,
  referralsToJournal,
  sendAgain,
  type OpenedAction,
} from "@coffeechat/core";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { AppDeps } from "../../deps.ts";
import { statusOf } from "../../http/errors.ts";
import { noteAction } from "../../http/middleware.ts";
import { LocaleContext, viewerLocale } from "../locale.ts";
import { weekWindow } from "../week.ts";
import { formatDateTime } from "../dates.ts";
import { ActionPage, type ActionPageProps } from "./action-page.tsx";
import type { FormExtras } from "./action-forms.tsx";
import { readActionInput } from "./action-input.ts";
import { describeStatus } from "./describe-status.ts";
import { describeDeliveries } from "./describe-delivery.ts";

export function actionRoutes(deps: AppDeps) {
  const pages = new Hono();

  pages.get("/a/:token", async (c) => {
    const token = c.req.param("token");
    const opened = await openAction(deps, token, deps.clock());
    noteAction(c, opened.claims);
    // Only a marker the POST signed says "done": a link nobody used shows the chat as it is.
    const done = readDoneMarker(c.req.query("done"), token, deps.settings.tokenSecret);
    const banner = done !== undefined && opened.chat.request.version >= done ? afterAction(opened, deps.clock()) : undefined;
    return render(c, deps, token, opened, { errors: {} }, banner);
  });

  pages.post("/a/:token", async (c) => {
    const token = c.req.param("token");
    const now = deps.clock();
    let version: number;
    try {
      const input = readActionInput(await c.req.parseBody());
      const done = await performAction(deps, token, input, now);
      noteAction(c, done.claims);
      if (done.changed && done.claims.action === "referrals" && input.names) {
        const { request, host } = done.chat;
        await referralsToJournal(deps, { guestEmail: request.guest.email, emailConfirmed: request.emailConfirmed === true, hostName: host.name, names: input.names });
      }
      version = done.request.version;
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      // Someone acted first, or the moment passed: the page shows where things stand, not an error.
      if (e.code === "INVALID_TRANSITION" || e.code === "CONFLICT") return c.redirect(`/a/${token}`, 303);
      if (e.code !== "INVALID_INPUT" && e.code !== "SLOT_TAKEN" && e.code !== "RATE_LIMITED") throw e;
      const opened = await openAction(deps, token, now);
      noteAction(c, opened.claims);
      const errors: FormExtras["errors"] = {};
      for (const issue of e.details.issues ?? []) errors[issue.path] ??= issue.message;
      if (e.details.retryAfterSeconds !== undefined) c.header("Retry-After", String(e.details.retryAfterSeconds));
      return render(c, deps, token, opened, { errors }, { kind: "error", text: e.message }, statusOf(e));
    }
    return c.redirect(`/a/${token}?done=${doneMarker(token, version, deps.settings.tokenSecret)}`, 303);
  });

  /** The host's "Send again" for an email that could not be sent, from their chat page. */
  pages.post("/a/:token/resend", async (c) => {
    const token = c.req.param("token");
    const now = deps.clock();
    const opened = await openAction(deps, token, now);
    noteAction(c, opened.claims);
    if (opened.claims.action !== "view_host") throw new DomainError("TOKEN_INVALID", "Only the host's chat page can send an email again");
    const step = (await c.req.parseBody())["step"];
    if (typeof step !== "string" || step.length > 200) {
      throw new DomainError("INVALID_INPUT", "step: pick an email to send again", { issues: [{ path: "step", message: "is required" }] });
    }
    const after = await sendAgain(deps, opened.chat, step, now);
    return c.redirect(`/a/${token}?done=${doneMarker(token, after.version, deps.settings.tokenSecret)}`, 303);
  });

  return pages;
}

async function render(
  c: Context,
  deps: AppDeps,
  token: string,
  opened: OpenedAction,
  extras: FormExtras,
  banner?: ActionPageProps["banner"],
  status: ContentfulStatusCode = 200,
) {
  const now = deps.clock();
  const { state, reason } = previewAction(opened, now);
  if (reason && !banner) banner = { kind: "warn", text: reason };
  const { action } = opened.claims;
  if (state === "ready" && (action === "reschedule" || action === "reschedule_host")) {
    extras = { ...extras, slots: await rescheduleSlots(c, deps, token, opened, now) };
  }
  const followUps = state === "view" ? await deps.store.listFollowUps(opened.chat.request.id) : [];
  const { request, host } = opened.chat;
  const zone = opened.actor === "guest" ? request.guest.timeZone : host.timeZone;
  c.header("Cache-Control", "no-store");
  c.header("Referrer-Policy", "no-referrer");
  return c.html(
    <LocaleContext.Provider value={viewerLocale(c.req.header("accept-language"))}>
      <ActionPage
        token={token}
        opened={opened}
        state={state}
        extras={extras}
        {...(banner ? { banner } : {})}
        followUps={followUps}
        manageLinks={state === "view" ? manageLinks(deps, opened) : []}
        deliveries={describeDeliveries(request, host, opened.actor, zone, now)}
        resendAction={opened.claims.action === "view_host" ? `/a/${token}/resend` : undefined}
      />
    </LocaleContext.Provider>,
    status,
  );
}

/**
 * The banner after a button did its work: "done", unless its emails have not all gone yet; a failing
 * mail service is said once, not once per email.
 */
function afterAction(opened: OpenedAction, now: number): ActionPageProps["banner"] {
  const { request, host } = opened.chat;
  const status = describeStatus(request, host, opened.actor);
  // The host's calendar copy is the host's business: a guest's "Done" does not wait for it.
  const outbox = request.outbox;
  const stillOwed = owes(opened.actor === "host" || !outbox ? outbox : { ...outbox, steps: outbox.steps.filter((s) => s.type !== "calendar") });
  if (!stillOwed) return { kind: "ok", text: `Done. ${status}` };
  const zone = opened.actor === "guest" ? request.guest.timeZone : host.timeZone;
  const next = request.outbox?.nextAttemptAt;
  const failing = request.outbox?.steps.some((s) => s.type === "email" && s.state === "pending" && s.error);
  const owed = failing
    ? `Its emails have not all gone yet: our mail service did not take them. We try again${next ? ` at ${formatDateTime(next, zone)}` : ""} and keep trying for a day; your chat page (linked in our emails) shows each one.`
    : describeDeliveries(request, host, opened.actor, zone, now).map((l) => l.text).join(" ");
  return { kind: "warn", text: `Saved. ${status} ${owed}`.trim() };
}

/** From the chat page, the changes its reader can still make. */
function manageLinks(deps: AppDeps, opened: OpenedAction) {
  const { request, link } = opened.chat;
  if (request.status !== "accepted" && request.status !== "awaiting_host" && request.status !== "awaiting_email") return [];
  const url = (a: Parameters<typeof actionUrl>[3]) => actionUrl(deps, request, link, a);
  if (opened.actor === "host") {
    return request.status === "accepted"
      ? [
          { label: "Reschedule", href: url("reschedule_host") },
          { label: "Cancel", href: url("cancel_host") },
        ]
      : [];
  }
  return [
    { label: "Edit my questions", href: url("edit_questions") },
    ...(request.status === "accepted" ? [{ label: "Reschedule", href: url("reschedule") }] : []),
    { label: "Cancel", href: url("cancel") },
  ];
}

async function rescheduleSlots(c: Context, deps: AppDeps, token: string, opened: OpenedAction, now: number) {
  const { request, host, link } = opened.chat;
  const timeZone = opened.actor === "guest" ? request.guest.timeZone : host.timeZone;
  const week = weekWindow(c.req.query("week"), timeZone, now, link.horizonDays);
  const slots = await listSlots(
    deps,
    { handle: link.handle, slug: link.slug, from: week.weekStart, to: week.weekEnd, timeZone, ignoreRequestId: request.id },
    now,
  );
  return {
    timeZone,
    weekStart: week.weekStart,
    slots: slots.filter((s) => s.start !== request.start),
    canGoBack: week.canGoBack,
    canGoForward: week.canGoForward,
    basePath: `/a/${token}`,
  };
}
