import { randomBytes } from "node:crypto";
import { Hono, type Context } from "hono";
import { bookingPath, DomainError, getBookingView, listLinkSlots, publicHandleOf, submitRequest, type BookingView, type Link } from "@coffeechat/core";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { AppDeps } from "../../deps.ts";
import { clientIp } from "../../http/client-ip.ts";
import { hostKeys } from "../../host-keys.ts";
import { statusOf } from "../../http/errors.ts";
import { isTimeZone, LinkParams, NewRequestBody } from "../../api/schemas.ts";
import { toNewRequest } from "../../api/new-request.ts";
import { LocaleContext, viewerLocale } from "../locale.ts";
import { weekWindow } from "../week.ts";
import { BookingPage, RequestSentPage } from "./booking-page.tsx";
import { fieldOf, readForm, toApiBody, type FieldErrors, type FormValues } from "./form-values.ts";

export function bookingRoutes(deps: AppDeps) {
  const pages = new Hono();
  const hostKey = hostKeys(deps);
  const load = (c: Context) => loadLink(deps, hostKey, c);

  pages.get("/:handle/:link", async (c) => {
    const { moved, ...view } = await load(c);
    // A handle the host gave up in the last 30 days: send visitors to the new address.
    if (moved) return c.redirect(bookingPath(view.host, view.link) + new URL(c.req.url).search, 301);
    return render(c, deps, view, { bankQuestions: [] }, {});
  });

  pages.post("/:handle/:link", async (c) => {
    const view = await load(c);
    const { host, link } = view;
    const values = readForm(await c.req.parseBody({ all: true }));
    const timeZone = viewerZone(c, link);
    const errors: FieldErrors = {};
    if (!values.notAJob) errors["notAJob"] = "Please confirm you're asking for information and advice, not a job.";
    const parsed = NewRequestBody.safeParse(toApiBody(values, timeZone));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors[fieldOf(issue.path.join("."))] ??= issue.message;
    }
    if (!parsed.success || Object.keys(errors).length) {
      // An issue with no field (the honeypot) is named by no field either.
      const banner = errors[""] ? `This request ${errors[""]}.` : "Please check the fields marked below.";
      return render(c, deps, view, values, errors, banner, 400);
    }
    try {
      const key = values.submission && values.submission.length <= 200 ? values.submission : undefined;
      await submitRequest(deps, toNewRequest(link.handle, link.slug, parsed.data, key), { ip: clientIp(c), now: deps.clock() });
    } catch (e) {
      if (!(e instanceof DomainError) || e.code === "TRANSIENT") throw e;
      const fieldErrors: FieldErrors = {};
      for (const issue of e.details.issues ?? []) fieldErrors[fieldOf(issue.path)] ??= issue.message;
      if (e.details.retryAfterSeconds !== undefined) c.header("Retry-After", String(e.details.retryAfterSeconds));
      const kept = e.code === "SLOT_TAKEN" ? { ...values, start: undefined } : values;
      return render(c, deps, view, kept as FormValues, fieldErrors, e.message, statusOf(e));
    }
    return c.redirect(`${bookingPath(host, link)}/requested`, 303);
  });

  pages.get("/:handle/:link/requested", async (c) => {
    const { host, link } = await load(c);
    return c.html(<RequestSentPage host={host} link={link} />);
  });

  return pages;
}

/**
 * The public handle is an alias: resolved to the host key the link is stored under. A handle the host
 * has since given up still resolves (for 30 days); the host record says which handle is current.
 */
async function loadLink(deps: AppDeps, hostKey: (handle: string) => Promise<string>, c: Context) {
  const params = LinkParams.safeParse({ handle: c.req.param("handle"), link: c.req.param("link") });
  if (!params.success) throw new DomainError("NOT_FOUND", `Nothing at ${c.req.path}`);
  const view = await getBookingView(deps, await hostKey(params.data.handle), params.data.link);
  if (view.link.deletedAt !== undefined) throw new DomainError("NOT_FOUND", `Nothing at ${c.req.path}`);
  return { ...view, moved: publicHandleOf(view.host) !== params.data.handle };
}

function viewerZone(c: Context, link: Link): string {
  const tz = c.req.query("tz");
  return tz && isTimeZone(tz) ? tz : link.timeZone;
}

async function render(
  c: Context,
  deps: AppDeps,
  { host, link, hasCalendars }: BookingView,
  values: FormValues,
  errors: FieldErrors,
  banner?: string,
  status: ContentfulStatusCode = 200,
) {
  const now = deps.clock();
  const timeZone = viewerZone(c, link);
  const week = weekWindow(c.req.query("week"), timeZone, now, link.horizonDays);
  // The link was read with its host (load): only the busy time is read here, and a host without
  // calendar connections (as that read said) has none of theirs to read.
  const slots = await listLinkSlots(hasCalendars ? deps : { store: deps.store }, link, { from: week.weekStart, to: week.weekEnd, timeZone }, now);
  c.header("Cache-Control", "no-store");
  return c.html(
    <LocaleContext.Provider value={viewerLocale(c.req.header("accept-language"))}>
      <BookingPage
        host={host}
        link={link}
        timeZone={timeZone}
        weekStart={week.weekStart}
        slots={slots}
        canGoBack={week.canGoBack}
        canGoForward={week.canGoForward}
        values={{ ...values, submission: values.submission || randomBytes(18).toString("base64url") }}
        errors={errors}
        {...(banner ? { banner } : {})}
      />
    </LocaleContext.Provider>,
    status,
  );
}
