import { Hono, type Context } from "hono";
import {
  createHostLink,
  DomainError,
  getHostLink,
  handleIssues,
  hostOf,
  linkIssues,
  newLink,
  previewLinkTimes,
  updateProfile,
  type Account,
  type LinkInput,
} from "@coffeechat/core";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { AppDeps } from "../../deps.ts";
import { ProfileBody } from "../../api/accounts/host-schemas.ts";
import { hostLinkJson } from "../../api/accounts/link-json.ts";
import type { AccountEnv } from "../../http/auth.ts";
import { addDays, localDateOf } from "../dates.ts";
import { errorsFrom, type Errors } from "../form-fields.tsx";
import { OnboardingPage, ReadyPage, type OnboardingValues } from "./onboarding-page.tsx";
import { page } from "./page.ts";
import { qrSvg } from "./share-link.tsx";
import { isTemplate, TEMPLATES } from "./templates.ts";

const str = (v: unknown) => (typeof v === "string" ? v : "");

/** A handle to suggest: the address's name part, when it makes a valid one. */
const suggestHandle = (email: string) => {
  const guess = email.split("@")[0]!.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 30);
  return handleIssues(guess).length ? "" : guess;
};

export function onboardingRoutes(deps: AppDeps) {
  const pages = new Hono<AccountEnv>();

  pages.get("/onboarding", (c) => {
    const account = c.get("account");
    if (account.handle) return c.redirect("/dashboard", 303);
    const values: OnboardingValues = {
      name: account.name,
      headline: account.headline,
      timeZone: account.timeZone,
      handle: suggestHandle(account.email),
      template: "coffee",
      format: "video",
      details: "",
    };
    return render(c, values, {});
  });

  pages.post("/onboarding", async (c) => {
    const account = c.get("account");
    if (account.handle) return c.redirect("/dashboard", 303);
    const form = await c.req.parseBody();
    const format = str(form["format"]);
    const values: OnboardingValues = {
      name: str(form["name"]),
      headline: str(form["headline"]),
      timeZone: str(form["timeZone"]),
      handle: str(form["handle"]).trim().toLowerCase(),
      template: isTemplate(form["template"]) ? form["template"] : "coffee",
      format: format === "phone" || format === "in_person" ? format : "video",
      details: str(form["details"]),
    };
    // Everything is checked before the first write: the profile, the handle's shape and the link.
    const errors: Errors = {};
    const profile = ProfileBody.safeParse({ name: values.name, headline: values.headline, timeZone: values.timeZone, handle: values.handle });
    if (!profile.success) Object.assign(errors, errorsFrom(profile.error.issues.map((i) => ({ path: String(i.path[0] ?? "name"), message: i.message }))));
    for (const issue of handleIssues(values.handle)) errors[issue.path] ??= issue.message;
    if (!values.name.trim()) errors["name"] ??= "is required: guests see it on your page and in every email";
    if (values.details.length > 500) errors["details"] = "must be at most 500 characters";
    const input: LinkInput = { ...TEMPLATES[values.template].input, formats: [{ kind: values.format, details: values.details.trim() }] };
    const zone = profile.success && profile.data.timeZone ? profile.data.timeZone : account.timeZone;
    const issues = linkIssues(newLink(account.id, zone, input));
    if (issues.length) errors["link"] = issues.map((i) => `${i.path}: ${i.message}`).join("; ");
    if (Object.keys(errors).length || !profile.success) return render(c, values, errors, "Please check the fields marked below.", 400);

    let saved: Account;
    try {
      saved = await updateProfile(deps, account, profile.data, deps.clock());
    } catch (e) {
      if (!(e instanceof DomainError) || !["HANDLE_TAKEN", "INVALID_INPUT", "CONFLICT"].includes(e.code)) throw e;
      return render(c, values, errorsFrom(e.details.issues), e.message.replace(/^handle: /, ""), e.code === "INVALID_INPUT" ? 400 : 409);
    }
    const link = await createHostLink(deps, saved.id, saved.timeZone, input);
    return c.redirect(`/onboarding/ready?link=${link.slug}`, 303);
  });

  pages.get("/onboarding/ready", async (c) => {
    const account = c.get("account");
    const host = hostOf(account);
    if (!host) return c.redirect("/onboarding", 303);
    const slug = c.req.query("link") ?? "";
    if (!/^[a-z0-9-]{1,40}$/.test(slug)) return c.redirect("/dashboard", 303);
    const link = await getHostLink(deps, account.id, slug);
    const url = hostLinkJson(deps.settings.appUrl, account, link).url;
    const now = deps.clock();
    const from = localDateOf(now, link.timeZone);
    const slots = await previewLinkTimes(deps, link, from, addDays(from, 6), now);
    return page(c, <ReadyPage account={account} host={host} link={link} url={url} qr={await qrSvg(url)} preview={{ slots, from }} />);
  });

  function render(c: Context<AccountEnv>, values: OnboardingValues, errors: Errors, banner?: string, status: ContentfulStatusCode = 200) {
    return page(c, <OnboardingPage account={c.get("account")} appUrl={deps.settings.appUrl} values={values} errors={errors} banner={banner} />, status);
  }

  return pages;
}
