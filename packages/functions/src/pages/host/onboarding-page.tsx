import { FORMAT_KINDS, type Account, type FormatKind, type Host, type Interval, type Link } from "@coffeechat/core";
import { FORMAT_LABEL, HostCard } from "../booking/host-card.tsx";
import { Err, FormBanner, Hint, invalid, type Errors } from "../form-fields.tsx";
import { HostLayout } from "./host-layout.tsx";
import { ShareLink } from "./share-link.tsx";
import { COPY_SCRIPT, DETECT_ZONE_SCRIPT } from "./scripts.ts";
import { TEMPLATES, type TemplateName } from "./templates.ts";
import { TimesPreview } from "./times-preview.tsx";
import { ZoneSelect } from "./zone-select.tsx";

export interface OnboardingValues {
  name: string;
  headline: string;
  timeZone: string;
  handle: string;
  template: TemplateName;
  format: FormatKind;
  details: string;
}

/** One form from a new account to a link worth sharing: who you are, your address, and a first link. */
export function OnboardingPage(p: { account: Account; appUrl: string; values: OnboardingValues; errors: Errors; banner?: string | undefined }) {
  const v = p.values;
  const e = p.errors;
  return (
    <HostLayout title="Set up your link" account={p.account} script={DETECT_ZONE_SCRIPT}>
      <h1>Set up your coffee chat link</h1>
      <p>A few minutes, then a link to share. You can change everything later.</p>
      <FormBanner text={p.banner} />
      <form method="post" action="/onboarding">
        <section class="card" aria-labelledby="you">
          <h2 id="you">1. About you</h2>
          <label for="name">Your name</label>
          <input id="name" name="name" type="text" required maxlength={100} autocomplete="name" value={v.name} {...invalid(e, "name")} />
          <Err errors={e} field="name" />
          <label for="headline">What you do</label>
          <input id="headline" name="headline" type="text" maxlength={200} value={v.headline} placeholder="Data engineer at a climate start-up, formerly a teacher" {...invalid(e, "headline")} />
          <Err errors={e} field="headline" />
          <label for="timeZone">Your time zone</label>
          <ZoneSelect id="timeZone" name="timeZone" value={v.timeZone} errors={e} detect={v.timeZone === "UTC"} />
          <Err errors={e} field="timeZone" />
        </section>

        <section class="card" aria-labelledby="address">
          <h2 id="address">2. Your address</h2>
          <label for="handle">Handle</label>
          <div class="share-url">
            <span class="muted" aria-hidden="true" style="align-self:center">{p.appUrl.replace(/^https?:\/\//, "")}/</span>
            <input id="handle" name="handle" type="text" required minlength={3} maxlength={30} autocapitalize="none" value={v.handle} aria-describedby="handle-hint" {...invalid(e, "handle")} />
          </div>
          <Hint>
            <span id="handle-hint">3 to 30 lowercase letters, digits or dashes. You can change it later; the old one keeps working for 30 days.</span>
          </Hint>
          <Err errors={e} field="handle" />
        </section>

        <section class="card" aria-labelledby="first">
          <h2 id="first">3. Your first link</h2>
          <fieldset>
            <legend class="sr-only">Start from</legend>
            {(Object.keys(TEMPLATES) as TemplateName[]).map((name) => (
              <label class="check">
                <input type="radio" name="template" value={name} checked={v.template === name} />
                <span>
                  <strong>{TEMPLATES[name].label}</strong>
                  <br />
                  <span class="muted">{TEMPLATES[name].summary}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>
              <strong>How you'll meet</strong>
            </legend>
            {FORMAT_KINDS.map((k) => (
              <label class="check">
                <input type="radio" name="format" value={k} checked={v.format === k} /> <span>{FORMAT_LABEL[k]}</span>
              </label>
            ))}
          </fieldset>
          <label for="details">Call link, phone arrangement or place (optional)</label>
          <input id="details" name="details" type="text" maxlength={500} value={v.details} placeholder="https://meet.example.com/you" {...invalid(e, "details")} />
          <Err errors={e} field="details" />
          <Err errors={e} field="link" />
        </section>
        <p>
          <button class="btn" type="submit">Create my link</button>
        </p>
      </form>
    </HostLayout>
  );
}

/** The step after: the link, ready to copy, and what a guest will see. */
export function ReadyPage(p: { account: Account; host: Host; link: Link; url: string; qr: string; preview: { slots: Interval[]; from: string } }) {
  return (
    <HostLayout title="Your link is ready" account={p.account} script={COPY_SCRIPT}>
      <h1>Your link is ready</h1>
      <section class="card" aria-labelledby="share">
        <h2 id="share">Copy your link</h2>
        <p>Put it in your email signature, your profile, or the end of a talk.</p>
        <ShareLink url={p.url} qr={p.qr} id="ready" />
      </section>
      <h2>What guests will see</h2>
      <HostCard host={p.host} link={p.link} />
      <TimesPreview slots={p.preview.slots} from={p.preview.from} days={7} timeZone={p.link.timeZone} />
      <p class="actions">
        <a class="btn" href="/dashboard">Go to your dashboard</a>
        <a class="btn secondary" href={`/dashboard/links/${p.link.slug}`}>Adjust hours and questions</a>
      </p>
    </HostLayout>
  );
}
