import type { Account, Credential } from "@coffeechat/core";
import { formatDateTime } from "../dates.ts";
import { Err, FormBanner, Hint, invalid, type Errors } from "../form-fields.tsx";
import { HostLayout } from "./host-layout.tsx";
import { ZoneSelect } from "./zone-select.tsx";

export interface ProfileValues {
  name: string;
  headline: string;
  about: string;
  timeZone: string;
  handle: string;
}

export interface SettingsProps {
  account: Account;
  appUrl: string;
  profile: ProfileValues;
  errors: Errors;
  sessions: Credential[];
  currentSessionId: string | undefined;
  tokens: Credential[];
  newToken?: { name: string; token: string } | undefined;
  tokenName?: string | undefined;
  banner?: { kind: "ok" | "error" | "warn"; text: string } | undefined;
  deleteConfirm?: string | undefined;
}

export function SettingsPage(p: SettingsProps) {
  const zone = p.account.timeZone;
  const e = p.errors;
  const v = p.profile;
  return (
    <HostLayout title="Settings" account={p.account} active="settings">
      <h1>Settings</h1>
      <FormBanner text={p.banner?.text} kind={p.banner?.kind} />

      <form method="post" action="/settings/profile" class="card" aria-labelledby="profile">
        <h2 id="profile">Profile</h2>
        <p class="muted">Signed in as {p.account.email}.</p>
        <label for="name">Name</label>
        <input id="name" name="name" type="text" maxlength={100} value={v.name} {...invalid(e, "name")} />
        <Err errors={e} field="name" />
        <label for="headline">What you do</label>
        <input id="headline" name="headline" type="text" maxlength={200} value={v.headline} {...invalid(e, "headline")} />
        <Err errors={e} field="headline" />
        <label for="about">About you (optional)</label>
        <textarea id="about" name="about" maxlength={2000} {...invalid(e, "about")}>{v.about}</textarea>
        <Err errors={e} field="about" />
        <label for="timeZone">Time zone</label>
        <ZoneSelect id="timeZone" name="timeZone" value={v.timeZone} errors={e} />
        <Err errors={e} field="timeZone" />
        <label for="handle">Handle</label>
        <input id="handle" name="handle" type="text" maxlength={30} autocapitalize="none" value={v.handle} aria-describedby="handle-hint" {...invalid(e, "handle")} />
        <Hint>
          <span id="handle-hint">
            Your links live at {p.appUrl.replace(/^https?:\/\//, "")}/<strong>{v.handle || "handle"}</strong>/…; after a change the old
            address keeps working for 30 days.
          </span>
        </Hint>
        <Err errors={e} field="handle" />
        <p>
          <button class="btn" type="submit">Save profile</button>
        </p>
      </form>

      <section class="card" aria-labelledby="sessions">
        <h2 id="sessions">Where you're signed in</h2>
        <ul class="plain">
          {p.sessions.map((s) => (
            <li class="item">
              {s.label} <span class="muted">· since {formatDateTime(s.createdAt, zone)}</span>
              {s.id === p.currentSessionId ? (
                <span class="badge ok">this device</span>
              ) : (
                <form method="post" action={`/settings/sessions/${s.id}/end`} class="inline">
                  {" "}
                  <button class="linklike" type="submit" aria-label={`Sign out ${s.label}, signed in since ${formatDateTime(s.createdAt, zone)}`}>
                    Sign out
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
        <form method="post" action="/settings/sessions/everywhere">
          <button class="btn secondary" type="submit">Sign out everywhere</button>
        </form>
      </section>

      <section class="card" aria-labelledby="tokens">
        <h2 id="tokens">API tokens</h2>
        <p class="muted">
          For your own scripts: send <code>Authorization: Bearer &lt;token&gt;</code> to the <a href="/api/v1/openapi.json">API</a>.
        </p>
        {p.newToken ? (
          <div class="banner ok" role="status">
            <p>
              Your token “{p.newToken.name}”. Copy it now: it is shown only once.
            </p>
            <label for="new-token" class="sr-only">New token</label>
            <input id="new-token" type="text" readonly value={p.newToken.token} class="url" />
          </div>
        ) : null}
        {p.tokens.length ? (
          <ul class="plain">
            {p.tokens.map((t) => (
              <li class="item">
                {t.label} <span class="muted">· created {formatDateTime(t.createdAt, zone)}</span>{" "}
                <form method="post" action={`/settings/tokens/${t.id}/revoke`} class="inline">
                  <button class="linklike" type="submit" aria-label={`Revoke the token ${t.label}`}>Revoke</button>
                </form>
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">No tokens.</p>
        )}
        <form method="post" action="/settings/tokens">
          <label for="token-name">New token's name</label>
          <div class="share-url">
            <input id="token-name" name="name" type="text" maxlength={100} required value={p.tokenName ?? ""} placeholder="My calendar script" {...invalid(e, "tokenName")} />
            <button class="btn secondary" type="submit">Create</button>
          </div>
          <Err errors={e} field="tokenName" />
        </form>
      </section>

      <section class="card" aria-labelledby="data">
        <h2 id="data">Your data</h2>
        <p>
          <a class="btn secondary" href="/api/v1/me/export">Download everything (JSON)</a>
        </p>
        <form method="post" action="/settings/delete">
          <h3>Close your account</h3>
          <p class="muted">
            Chats still ahead are cancelled, and each guest gets a note and the calendar update. Your links, sessions and tokens
            are deleted; your handle stays reserved for 30 days, then anyone may take it.
          </p>
          <label for="confirm">Type your email address to confirm</label>
          <input id="confirm" name="confirm" type="email" required value={p.deleteConfirm ?? ""} autocomplete="off" {...invalid(e, "confirm")} />
          <Err errors={e} field="confirm" />
          <p>
            <button class="btn danger" type="submit">Close my account</button>
          </p>
        </form>
      </section>
    </HostLayout>
  );
}
