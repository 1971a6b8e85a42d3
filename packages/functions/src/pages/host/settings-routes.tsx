import { Hono, type Context } from "hono";
import {
  createApiToken,
  credentialId,
  deleteAccount,
  endSession,
  hashInput,
  listApiTokens,
  listSessions,
  parseCredential,
  revokeApiToken,
  signOutEverywhere,
  updateProfile,
} from "@coffeechat/core";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { AppDeps } from "../../deps.ts";
import { ProfileBody } from "../../api/accounts/host-schemas.ts";
import { NewTokenBody } from "../../api/accounts/schemas.ts";
import type { AccountEnv } from "../../http/auth.ts";
import { sessionCookie } from "../../http/session-cookie.ts";
import { Layout } from "../layout.tsx";
import { errorsFrom, type Errors } from "../form-fields.tsx";
import { formError, notice, page } from "./page.ts";
import { SettingsPage, type ProfileValues, type SettingsProps } from "./settings-page.tsx";

const str = (v: unknown) => (typeof v === "string" ? v : "");

export function settingsRoutes(deps: AppDeps) {
  const pages = new Hono<AccountEnv>();
  const cookie = sessionCookie(deps.settings.appUrl);

  pages.get("/settings", (c) => {
    const text = notice(c);
    return render(c, { ...(text ? { banner: { kind: "ok", text } } : {}) });
  });

  pages.post("/settings/profile", async (c) => {
    const form = await c.req.parseBody();
    const profile: ProfileValues = {
      name: str(form["name"]),
      headline: str(form["headline"]),
      about: str(form["about"]),
      timeZone: str(form["timeZone"]),
      handle: str(form["handle"]),
    };
    const { handle, ...rest } = profile;
    const parsed = ProfileBody.safeParse({ ...rest, ...(handle.trim() ? { handle } : {}) });
    if (!parsed.success) {
      return render(c, { profile, errors: issuesOf(parsed.error.issues), banner: bad }, 400);
    }
    try {
      await updateProfile(deps, c.get("account"), parsed.data, deps.clock());
    } catch (e) {
      const { status, error } = formError(e);
      return render(c, { profile, errors: errorsFrom(error.details.issues), banner: { kind: "error", text: error.message } }, status);
    }
    return c.redirect("/settings?done=profile", 303);
  });

  pages.post("/settings/sessions/everywhere", async (c) => {
    await signOutEverywhere(deps, c.get("account").id);
    cookie.clear(c);
    return c.redirect("/signin", 303);
  });

  pages.post("/settings/sessions/:id/end", async (c) => {
    const id = c.req.param("id");
    const mine = currentSessionId(c);
    await endSession(deps, c.get("account").id, id);
    if (id === mine) {
      cookie.clear(c);
      return c.redirect("/signin", 303);
    }
    return c.redirect("/settings?done=session", 303);
  });

  pages.post("/settings/tokens", async (c) => {
    const name = str((await c.req.parseBody())["name"]);
    const parsed = NewTokenBody.safeParse({ name });
    if (!parsed.success) return render(c, { tokenName: name, errors: { tokenName: parsed.error.issues[0]?.message ?? "is not valid" }, banner: bad }, 400);
    try {
      const created = await createApiToken(deps, c.get("account").id, parsed.data.name, deps.clock());
      return render(c, { newToken: { name: parsed.data.name, token: created.token } }, 201);
    } catch (e) {
      const { status, error } = formError(e);
      return render(c, { tokenName: name, errors: { tokenName: error.details.issues?.[0]?.message ?? error.message }, banner: bad }, status);
    }
  });

  pages.post("/settings/tokens/:id/revoke", async (c) => {
    await revokeApiToken(deps, c.get("account").id, c.req.param("id"));
    return c.redirect("/settings?done=token", 303);
  });

  pages.post("/settings/delete", async (c) => {
    const account = c.get("account");
    const confirm = str((await c.req.parseBody())["confirm"]);
    if (confirm.trim().toLowerCase() !== account.email) {
      return render(c, { deleteConfirm: confirm, errors: { confirm: `type ${account.email} to confirm` }, banner: bad }, 400);
    }
    const { cancelled } = await deleteAccount(deps, account, deps.clock());
    cookie.clear(c);
    return page(
      c,
      <Layout title="Account closed · coffeechat">
        <div class="card narrow">
          <h1>Your account is closed</h1>
          <p>
            {cancelled
              ? `${cancelled} ${cancelled === 1 ? "chat or request was" : "chats or requests were"} cancelled; each guest got a note and the calendar update.`
              : "Nothing was still ahead."}{" "}
            Your data is deleted. Thank you for the time you gave.
          </p>
          <p>
            <a href="/signin">Sign in again</a> any time to start afresh.
          </p>
        </div>
      </Layout>,
    );
  });

  function currentSessionId(c: Context<AccountEnv>): string | undefined {
    const value = cookie.read(c);
    const presented = value ? parseCredential("session", value) : undefined;
    return presented ? credentialId(deps.secrets.hash(hashInput.credential("session", presented.secret))) : undefined;
  }

  async function render(c: Context<AccountEnv>, over: Partial<SettingsProps>, status: ContentfulStatusCode = 200) {
    const account = c.get("account");
    const [sessions, tokens] = await Promise.all([listSessions(deps, account.id, deps.clock()), listApiTokens(deps, account.id)]);
    const props: SettingsProps = {
      account,
      appUrl: deps.settings.appUrl,
      profile: { name: account.name, headline: account.headline, about: account.about, timeZone: account.timeZone, handle: account.handle ?? "" },
      errors: {},
      sessions,
      currentSessionId: currentSessionId(c),
      tokens,
      ...over,
    };
    return page(c, <SettingsPage {...props} />, status);
  }

  return pages;
}

const bad = { kind: "error" as const, text: "Please check the fields marked below." };

function issuesOf(issues: { path: PropertyKey[]; message: string }[]): Errors {
  return errorsFrom(issues.map((i) => ({ path: String(i.path[0] ?? "body"), message: i.message })));
}
