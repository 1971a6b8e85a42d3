import { Hono, type Context } from "hono";
import {
  actionUrl,
  DomainError,
  listSlots,
  openAction,
  performAction,
  previewAction,
  type OpenedAction,
} from "@coffeechat/core";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { AppDeps } from "../../deps.ts";
import { statusOf } from "../../http/errors.ts";
import { LocaleContext, viewerLocale } from "../locale.ts";
import { weekWindow } from "../week.ts";
import { ActionPage, type ActionPageProps } from "./action-page.tsx";
import type { FormExtras } from "./action-forms.tsx";
import { readActionInput } from "./action-input.ts";
import { describeStatus } from "./describe-status.ts";

export function actionRoutes(deps: AppDeps) {
  const pages = new Hono();

  pages.get("/a/:token", async (c) => {
    const token = c.req.param("token");
    const opened = await openAction(deps, token, deps.clock());
    const done = c.req.query("done") !== undefined;
    const banner = done ? { kind: "ok" as const, text: `Done. ${describeStatus(opened.chat.request, opened.chat.host, opened.actor)}` } : undefined;
    return render(c, deps, token, opened, { errors: {} }, banner);
  });

  pages.post("/a/:token", async (c) => {
    const token = c.req.param("token");
    const now = deps.clock();
    try {
      const input = readActionInput(await c.req.parseBody());
      await performAction(deps, token, input, now);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      // Someone acted first, or the moment passed: the page shows where things stand, not an error.
      if (e.code === "INVALID_TRANSITION" || e.code === "CONFLICT") return c.redirect(`/a/${token}`, 303);
      if (e.code !== "INVALID_INPUT" && e.code !== "SLOT_TAKEN") throw e;
      const opened = await openAction(deps, token, now);
      const errors: FormExtras["errors"] = {};
      for (const issue of e.details.issues ?? []) errors[issue.path] ??= issue.message;
      return render(c, deps, token, opened, { errors }, { kind: "error", text: e.message }, statusOf(e));
    }
    return c.redirect(`/a/${token}?done=1`, 303);
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
  const state = previewAction(opened, now);
  const { action } = opened.claims;
  if (state === "ready" && (action === "reschedule" || action === "reschedule_host")) {
    extras = { ...extras, slots: await rescheduleSlots(c, deps, token, opened, now) };
  }
  const followUps = state === "view" ? await deps.store.listFollowUps(opened.chat.request.id) : [];
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
      />
    </LocaleContext.Provider>,
    status,
  );
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
