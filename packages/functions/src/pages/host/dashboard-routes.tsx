import { Hono, type Context } from "hono";
import {
  actionUrl,
  actOnRequest,
  DomainError,
  listHostLinks,
  listHostRequests,
  type ChatRequest,
  type HostAction,
  type Link,
} from "@coffeechat/core";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { AppDeps } from "../../deps.ts";
import { hostLinkJson } from "../../api/accounts/link-json.ts";
import type { AccountEnv } from "../../http/auth.ts";
import { DashboardPage, type DashboardProps } from "./dashboard-page.tsx";
import type { ItemForm } from "./request-item.tsx";
import { notice, page } from "./page.ts";
import { qrSvg } from "./share-link.tsx";

const PAGE = 20;
const PAST_PAGE = 10;

export function dashboardRoutes(deps: AppDeps) {
  const pages = new Hono<AccountEnv>();

  pages.get("/dashboard", async (c) => {
    const text = notice(c);
    return render(c, text ? { kind: "ok", text } : undefined);
  });

  pages.post("/dashboard/requests/:id/:action{accept|decline|cancel}", async (c) => {
    const account = c.get("account");
    const action = c.req.param("action") as HostAction;
    const id = c.req.param("id");
    const body = await c.req.parseBody();
    const note = typeof body["note"] === "string" ? body["note"].trim() : "";
    const form: ItemForm = { requestId: id, action, note, error: "" };
    if (note.length > 1000) return render(c, undefined, { ...form, error: "The note must be at most 1000 characters." }, 400);
    try {
      await actOnRequest(deps, account.id, id, action, note ? { note } : {}, deps.clock());
    } catch (e) {
      if (!(e instanceof DomainError) || !["INVALID_TRANSITION", "CONFLICT", "NOT_FOUND", "SLOT_TAKEN"].includes(e.code)) throw e;
      // Someone acted first (the guest cancelled, the request expired): say so, and show where things stand.
      return render(c, { kind: "warn", text: e.message }, undefined, e.code === "NOT_FOUND" ? 404 : 409);
    }
    return c.redirect(`/dashboard?done=${action === "accept" ? "accepted" : action === "decline" ? "declined" : "cancelled"}`, 303);
  });

  async function render(c: Context<AccountEnv>, banner: DashboardProps["banner"], form?: ItemForm, status: ContentfulStatusCode = 200) {
    const account = c.get("account");
    if (!account.handle) return c.redirect("/onboarding", 303);
    const now = deps.clock();
    const list = (view: "pending" | "upcoming" | "past", limit: number) =>
      listHostRequests(deps, account.id, view, now, { limit, cursor: c.req.query(view) }).catch((e: unknown) => {
        // A cursor mangled in the address bar starts the list over rather than failing the page.
        if (e instanceof DomainError && e.code === "INVALID_INPUT") return listHostRequests(deps, account.id, view, now, { limit });
        throw e;
      });
    const [pending, upcoming, past, links] = await Promise.all([list("pending", PAGE), list("upcoming", PAGE), list("past", PAST_PAGE), listHostLinks(deps, account.id)]);
    const followUps = new Map(await Promise.all(past.items.map(async (r) => [r.id, await deps.store.listFollowUps(r.id)] as const)));
    const bySlug = new Map<string, Link>(links.map((l) => [l.slug, l]));
    // Deleted links still describe the chats booked through them.
    for (const r of [...pending.items, ...upcoming.items, ...past.items]) {
      if (!bySlug.has(r.slug)) {
        const stored = await deps.store.getLink(account.id, r.slug);
        if (stored) bySlug.set(r.slug, stored);
      }
    }
    const shared = await Promise.all(
      links.map(async (link) => {
        const url = hostLinkJson(deps.settings.appUrl, account, link).url;
        return { link, url, qr: await qrSvg(url) };
      }),
    );
    return page(
      c,
      <DashboardPage
        account={account}
        pending={pending}
        upcoming={upcoming}
        past={past}
        followUps={followUps}
        links={shared}
        linkOf={(r) => bySlug.get(r.slug)}
        manage={(r) => manageUrls(deps, r, bySlug.get(r.slug))}
        banner={banner}
        form={form}
      />,
      status,
    );
  }

  return pages;
}

/** The host's own signed links, as in their email: the reschedule page, and the chat page with its follow-ups. */
function manageUrls(deps: AppDeps, request: ChatRequest, link: Link | undefined) {
  if (!link) return undefined;
  return { reschedule: actionUrl(deps, request, link, "reschedule_host"), chatPage: actionUrl(deps, request, link, "view_host") };
}
