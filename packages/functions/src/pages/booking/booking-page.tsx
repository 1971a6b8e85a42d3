import { bookingPath, type Host, type Interval, type Link } from "@coffeechat/core";
import { Layout } from "../layout.tsx";
import { HostCard } from "./host-card.tsx";
import { WeekPicker } from "./week-picker.tsx";
import { ZoneOptions } from "./zone-options.tsx";
import { RequestForm } from "./request-form.tsx";
import type { FieldErrors, FormValues } from "./form-values.ts";
import { bookingScript } from "./booking-script.ts";

export interface BookingPageProps {
  host: Host;
  link: Link;
  timeZone: string;
  weekStart: string;
  slots: Interval[];
  canGoBack: boolean;
  canGoForward: boolean;
  values: FormValues;
  errors: FieldErrors;
  banner?: string;
}

export function BookingPage(p: BookingPageProps) {
  const basePath = bookingPath(p.host, p.link);
  if (p.link.paused) return <PausedPage host={p.host} link={p.link} />;
  return (
    <Layout title={`${p.link.title} with ${p.host.name}`} head={<script dangerouslySetInnerHTML={{ __html: bookingScript }} />}>
      <HostCard host={p.host} link={p.link} />
      <form method="get" action={basePath} class="nav">
        <label for="tz" style="margin:0">
          Times shown in
        </label>
        <select id="tz" name="tz" style="flex:1;min-width:200px">
          <ZoneOptions current={p.timeZone} />
        </select>
        <input type="hidden" name="week" value={p.weekStart} />
        <button class="btn secondary" type="submit">Change</button>
      </form>
      {p.banner ? <div class="banner error" role="alert">{p.banner}</div> : null}
      <form method="post" action={`${basePath}?tz=${encodeURIComponent(p.timeZone)}&week=${p.weekStart}`}>
        <WeekPicker
          basePath={basePath}
          timeZone={p.timeZone}
          weekStart={p.weekStart}
          slots={p.slots}
          canGoBack={p.canGoBack}
          canGoForward={p.canGoForward}
          {...(p.values.start ? { selected: p.values.start } : {})}
          {...(p.errors["start"] ? { error: p.errors["start"] } : {})}
        />
        <RequestForm link={p.link} values={p.values} errors={p.errors} />
      </form>
    </Layout>
  );
}

/** A paused link keeps its page: the guest learns the host is not taking requests, rather than a dead end. */
function PausedPage({ host, link }: { host: Host; link: Link }) {
  return (
    <Layout title={`${link.title} with ${host.name}`}>
      <HostCard host={host} link={link} />
      <div class="banner warn" role="status">
        {host.name} isn't taking coffee chat requests through this link right now. Please check back later.
      </div>
    </Layout>
  );
}

export function RequestSentPage({ host, link }: { host: Host; link: Link }) {
  return (
    <Layout title="Check your email · coffeechat">
      <div class="card">
        <h1>Check your email</h1>
        <p>
          We sent you a link to confirm your address.{" "}
          {link.requiresApproval === false
            ? `Once you confirm, the chat is booked and you both get a calendar invite.`
            : `Once you confirm, ${host.name} receives your request and answers from their inbox.`}{" "}
          The link works for 30 minutes.
        </p>
        <p class="muted">Nothing arrived? Look in your spam folder, or send the form again to get a new link.</p>
      </div>
    </Layout>
  );
}
