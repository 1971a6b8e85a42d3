import { Hono, type Context } from "hono";
import {
  assertHost,
  createHostLink,
  deleteHostLink,
  getHostLink,
  linkIssues,
  newLink,
  previewLinkTimes,
  updateHostLink,
  type Account,
  type Link,
  type LinkInput,
} from "@coffeechat/core";
import type { ZodType } from "zod";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { AppDeps } from "../../deps.ts";
import { LinkUpdateBody, NewLinkBody } from "../../api/accounts/host-schemas.ts";
import { hostLinkJson, toLinkInput } from "../../api/accounts/link-json.ts";
import type { AccountEnv } from "../../http/auth.ts";
import { localDateOf, addDays } from "../dates.ts";
import { errorsFrom, type Errors } from "../form-fields.tsx";
import { HostLayout } from "./host-layout.tsx";
import { LinkEditor, type LinkEditorProps } from "./link-editor.tsx";
import { LIVE_PREVIEW_SCRIPT } from "./scripts.ts";
import { linkFieldOf, newLinkValues, readLinkForm, toLinkBody, valuesOf, type LinkFormValues } from "./link-form.ts";
import { formError, page } from "./page.ts";

/** The link editor: /dashboard/links/new and /dashboard/links/<slug>, each a form that POSTs to itself. */
export function linkEditorRoutes(deps: AppDeps) {
  const pages = new Hono<AccountEnv>();

  pages.get("/dashboard/links/new", async (c) => {
    const account = c.get("account");
    const values = newLinkValues(account.timeZone);
    return render(c, { account, isNew: true, values, errors: {} }, await previewOf(deps, account, values));
  });

  pages.post("/dashboard/links/new", async (c) => {
    const account = c.get("account");
    const form = await c.req.parseBody({ all: true });
    const values = readLinkForm(form);
    const parsed = parse(values, NewLinkBody, { slug: values.slug });
    const base = { account, isNew: true, values };
    if (!parsed.ok) return render(c, { ...base, errors: parsed.errors }, undefined, 400);
    const input = toLinkInput(parsed.data) as LinkInput;
    if (form["intent"] === "preview") return render(c, { ...base, errors: {} }, await previewFor(deps, newLink(account.id, account.timeZone, input)));
    try {
      const link = await createHostLink(deps, assertHost(account), account.timeZone, input);
      return c.redirect(`/dashboard?done=created#link-${link.slug}`, 303);
    } catch (e) {
      const { status, error } = formError(e);
      return render(c, { ...base, errors: errorsFrom(error.details.issues, linkFieldOf), banner: error.message }, undefined, status);
    }
  });

  pages.get("/dashboard/links/:slug", async (c) => {
    const account = c.get("account");
    const link = await getHostLink(deps, account.id, c.req.param("slug"));
    return render(c, { account, isNew: false, values: valuesOf(link), errors: {}, link }, await previewFor(deps, link));
  });

  pages.post("/dashboard/links/:slug", async (c) => {
    const account = c.get("account");
    const current = await getHostLink(deps, account.id, c.req.param("slug"));
    const form = await c.req.parseBody({ all: true });
    const values = { ...readLinkForm(form), slug: current.slug };
    const parsed = parse(values, LinkUpdateBody, {}, current);
    const base = { account, isNew: false, values, link: current };
    if (!parsed.ok) return render(c, { ...base, errors: parsed.errors }, undefined, 400);
    const input = toLinkInput(parsed.data);
    if (form["intent"] === "preview") return render(c, { ...base, errors: {} }, await previewFor(deps, { ...current, ...input } as Link));
    try {
      await updateHostLink(deps, account.id, current.slug, input);
      return c.redirect(`/dashboard?done=saved#link-${current.slug}`, 303);
    } catch (e) {
      const { status, error } = formError(e);
      return render(c, { ...base, errors: errorsFrom(error.details.issues, linkFieldOf), banner: error.message }, undefined, status);
    }
  });

  pages.post("/dashboard/links/:slug/delete", async (c) => {
    const account = c.get("account");
    const link = await getHostLink(deps, account.id, c.req.param("slug"));
    try {
      await deleteHostLink(deps, account.id, link.slug, deps.clock());
      return c.redirect("/dashboard?done=deleted", 303);
    } catch (e) {
      const { status, error } = formError(e);
      return render(c, { account, isNew: false, values: valuesOf(link), errors: {}, link, banner: error.message }, await previewFor(deps, link), status);
    }
  });

  /** The form through the API's own schema: one set of rules, whichever way a link is made. */
  function parse(values: LinkFormValues, schema: ZodType, extra: Record<string, unknown>, current?: Link) {
    const { body, errors } = toLinkBody(values, current?.followUps);
    const result = schema.safeParse({ ...extra, ...body });
    const all: Errors = { ...errors };
    if (!result.success) {
      Object.assign(all, { ...errorsFrom(result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })), linkFieldOf), ...errors });
    }
    if (Object.keys(all).length) return { ok: false as const, errors: all };
    return { ok: true as const, data: result.data as Parameters<typeof toLinkInput>[0] };
  }

  async function previewOf(deps: AppDeps, account: Account, values: LinkFormValues) {
    const { body } = toLinkBody(values);
    const parsed = NewLinkBody.safeParse({ ...body, slug: "preview" });
    return parsed.success ? previewFor(deps, newLink(account.id, account.timeZone, toLinkInput(parsed.data) as LinkInput)) : undefined;
  }

  async function previewFor(deps: AppDeps, link: Link) {
    if (linkIssues(link).length) return undefined;
    const now = deps.clock();
    const from = localDateOf(now, link.timeZone);
    return { slots: await previewLinkTimes(deps, link, from, addDays(from, 6), now), from, timeZone: link.timeZone };
  }

  function render(
    c: Context<AccountEnv>,
    p: { account: Account; isNew: boolean; values: LinkFormValues; errors: Errors; link?: Link; banner?: string },
    preview: LinkEditorProps["preview"],
    status: ContentfulStatusCode = 200,
  ) {
    const banner = p.banner ?? (Object.keys(p.errors).length ? "Please check the fields marked below." : undefined);
    const props: LinkEditorProps = {
      action: p.isNew ? "/dashboard/links/new" : `/dashboard/links/${p.values.slug}`,
      isNew: p.isNew,
      values: p.values,
      errors: p.errors,
      banner: banner ? { kind: "error", text: banner } : undefined,
      preview,
      shareUrl: p.link ? hostLinkJson(deps.settings.appUrl, p.account, p.link).url : undefined,
    };
    return page(
      c,
      <HostLayout title={p.isNew ? "New link" : "Edit link"} account={p.account} active="dashboard" script={LIVE_PREVIEW_SCRIPT}>
        <LinkEditor {...props} />
        {p.link ? (
          <form method="post" action={`/dashboard/links/${p.link.slug}/delete`} class="card">
            <h2>Delete this link</h2>
            <p class="muted">Only once no chat or request through it is still ahead. Pausing keeps the page up instead.</p>
            <button class="btn danger" type="submit">Delete “{p.link.title}”</button>
          </form>
        ) : null}
      </HostLayout>,
      status,
    );
  }

  return pages;
}
