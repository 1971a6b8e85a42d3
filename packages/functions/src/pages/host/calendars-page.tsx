import type { Account, CalendarConnection } from "@coffeechat/core";
import { formatDateTime } from "../dates.ts";
import { Err, FormBanner, Hint, invalid, type Errors } from "../form-fields.tsx";
import { HostLayout } from "./host-layout.tsx";

export interface ConnectValues {
  icsUrl: string;
  davUrl: string;
  username: string;
}

export interface CalendarsProps {
  account: Account;
  connections: CalendarConnection[];
  values: ConnectValues;
  errors: Errors;
  banner?: { kind: "ok" | "error" | "warn"; text: string } | undefined;
  /** Calendars are not set up on this server (no key to seal secrets with). */
  unavailable: boolean;
}

/** Connected calendars: their health, what counts as busy, where chats go; connect forms below. */
export function CalendarsPage(p: CalendarsProps) {
  const e = p.errors;
  return (
    <HostLayout title="Calendars" account={p.account} active="calendars">
      <h1>Calendars</h1>
      <p class="muted">
        Busy times in your calendars keep those times off your booking pages. We read them every 10 minutes, and again when someone asks for a
        time or you accept. Nothing is written into an ICS calendar; a CalDAV calendar you choose gets your accepted chats.
      </p>
      <FormBanner text={p.banner?.text} kind={p.banner?.kind} />
      {p.unavailable ? <FormBanner kind="warn" text="Calendars are not set up on this server." /> : null}

      {p.connections.length ? (
        p.connections.map((c) => <ConnectionCard connection={c} zone={p.account.timeZone} />)
      ) : (
        <p class="card muted">No calendar connected yet: only your chats keep times busy.</p>
      )}

      <form method="post" action="/settings/calendars/ics" class="card" aria-labelledby="add-ics">
        <h2 id="add-ics">Add a calendar address (ICS)</h2>
        <label for="ics-url">Secret or published address</label>
        <input id="ics-url" name="url" type="url" inputmode="url" autocomplete="off" required value={p.values.icsUrl} placeholder="https://calendar.google.com/calendar/ical/…/basic.ics" {...invalid(e, "icsUrl")} />
        <Err errors={e} field="icsUrl" />
        <Hint>
          Google: Settings → your calendar → “Secret address in iCal format”. Outlook: Settings → Calendar → Shared calendars → Publish a
          calendar, then the ICS link. The address is kept encrypted and never shown again.
        </Hint>
        <p>
          <button class="btn" type="submit">Connect</button>
        </p>
      </form>

      <form method="post" action="/settings/calendars/caldav" class="card" aria-labelledby="add-caldav">
        <h2 id="add-caldav">Add a CalDAV account</h2>
        <label for="dav-url">Server</label>
        <input id="dav-url" name="url" type="url" inputmode="url" autocomplete="off" required value={p.values.davUrl} placeholder="https://caldav.icloud.com/" {...invalid(e, "davUrl")} />
        <Err errors={e} field="davUrl" />
        <label for="dav-username">Username</label>
        <input id="dav-username" name="username" type="text" autocapitalize="none" autocomplete="username" required value={p.values.username} {...invalid(e, "username")} />
        <Err errors={e} field="username" />
        <label for="dav-password">App password</label>
        <input id="dav-password" name="password" type="password" autocomplete="off" required {...invalid(e, "password")} />
        <Err errors={e} field="password" />
        <Hint>
          iCloud: caldav.icloud.com with an app-specific password from appleid.apple.com. Fastmail: caldav.fastmail.com with an app password
          (Settings → Privacy &amp; Security). Stored encrypted, never shown again.
        </Hint>
        <p>
          <button class="btn" type="submit">Connect</button>
        </p>
      </form>
    </HostLayout>
  );
}

function ConnectionCard({ connection: c, zone }: { connection: CalendarConnection; zone: string }) {
  const label = `${c.kind === "ics" ? "ICS address" : "CalDAV"} at ${c.host}`;
  const at = (ms: number | undefined) => (ms === undefined ? "never" : formatDateTime(ms, zone));
  return (
    <section class="card" aria-label={label}>
      <h2>
        {c.host} <span class="badge">{c.kind === "ics" ? "ICS" : "CalDAV"}</span>
        {c.lastError ? <span class="badge warn">failing</span> : <span class="badge ok">up to date</span>}
      </h2>
      {c.lastError ? (
        <div class="banner warn" role="status">
          <strong>Failing since {at(c.lastError.since ?? c.lastError.at)}</strong>: {c.lastError.message}. Last good fetch {at(c.lastGoodFetchAt)}; its busy
          times still count.
        </div>
      ) : (
        <p class="muted">Last read {at(c.lastGoodFetchAt)}.</p>
      )}
      <form method="post" action={`/settings/calendars/${c.id}`}>
        <ul class="plain">
          {c.calendars.map((k) => (
            <li class="item">
              <input type="hidden" name="calendar" value={k.id} />
              <h3>{k.name}</h3>
              <label class="check">
                <input type="checkbox" name={`busy.${k.id}`} value="1" checked={k.checkConflicts} /> Its events make me busy
              </label>
              <label class="check">
                <input type="checkbox" name={`allday.${k.id}`} value="1" checked={k.allDayBlocks} /> All-day events block the day
              </label>
              {c.kind === "caldav" ? (
                <label class="check">
                  <input type="radio" name="chats" value={k.id} checked={k.addChats} /> Add my accepted chats here
                </label>
              ) : null}
            </li>
          ))}
          {c.kind === "caldav" ? (
            <li class="item">
              <label class="check">
                <input type="radio" name="chats" value="" checked={!c.calendars.some((k) => k.addChats)} /> Don't add chats to these calendars
              </label>
            </li>
          ) : null}
        </ul>
        <div class="actions">
          <button class="btn small" type="submit">Save choices</button>
        </div>
      </form>
      <div class="actions">
        <form method="post" action={`/settings/calendars/${c.id}/refresh`} class="inline">
          <button class="btn secondary small" type="submit" aria-label={`Refresh now: ${label}`}>Refresh now</button>
        </form>
        <form method="post" action={`/settings/calendars/${c.id}/remove`} class="inline">
          <button class="btn secondary small" type="submit" aria-label={`Remove ${label}`}>Remove</button>
        </form>
      </div>
    </section>
  );
}
