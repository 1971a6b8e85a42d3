import { DEFAULT_QUESTION_BANK, DURATIONS, type Interval } from "@coffeechat/core";
import { FORMAT_LABEL } from "../booking/host-card.tsx";
import { Err, FormBanner, Hint, invalid, type Errors } from "../form-fields.tsx";
import { ZoneSelect } from "./zone-select.tsx";
import { FORMAT_KINDS } from "@coffeechat/core";
import { DAY_NAMES, RANGES_PER_DAY, SWITCHABLE, WEEKDAYS, type LinkFormValues, type Switchable } from "./link-form.ts";
import { TimesPreview } from "./times-preview.tsx";

const SWITCH_LABEL: Record<Switchable, string> = {
  prep_pack: "The day before: the guest's background and questions, to you",
  guest_confirm: "The day before: a confirming note with their questions and the etiquette, to the guest",
  reminder: "An hour before: a short reminder, to you both",
  host_nudge: "A day after a request arrives: a nudge if you haven't answered",
  thank_you: "Two hours after: a drafted thank-you note, to the guest",
  keep_in_touch: "A month after: a drafted keep-in-touch update, to the guest",
};

export interface LinkEditorProps {
  action: string;
  isNew: boolean;
  values: LinkFormValues;
  errors: Errors;
  banner?: { kind: "error" | "ok" | "warn"; text: string } | undefined;
  preview?: { slots: Interval[]; from: string; timeZone: string } | undefined;
  shareUrl?: string | undefined;
}

/** Everything a link holds, on one page that works without JavaScript; "Preview times" shows the week without saving. */
export function LinkEditor(p: LinkEditorProps) {
  const v = p.values;
  const e = p.errors;
  return (
    <>
      <h1>{p.isNew ? "New booking link" : `Edit “${v.title || v.slug}”`}</h1>
      {p.shareUrl ? (
        <p class="muted">
          Guests book at <a href={p.shareUrl}>{p.shareUrl}</a>
        </p>
      ) : null}
      <FormBanner text={p.banner?.text} kind={p.banner?.kind} />
      <form method="post" action={p.action} id="link-form">
        <section class="card" aria-labelledby="basics">
          <h2 id="basics">The chat</h2>
          <label for="title">Title</label>
          <input id="title" name="title" type="text" required maxlength={100} value={v.title} {...invalid(e, "title")} />
          <Err errors={e} field="title" />
          {p.isNew ? (
            <>
              <label for="slug">Address</label>
              <input id="slug" name="slug" type="text" required maxlength={40} pattern="[a-z0-9-]+" value={v.slug} {...invalid(e, "slug")} aria-describedby="slug-hint" />
              <Hint>
                <span id="slug-hint">The last part of your link: lowercase letters, digits and dashes, e.g. “coffee”.</span>
              </Hint>
              <Err errors={e} field="slug" />
            </>
          ) : null}
          <label for="description">What guests can ask you about (optional)</label>
          <textarea id="description" name="description" maxlength={1000} {...invalid(e, "description")}>{v.description}</textarea>
          <Err errors={e} field="description" />
          <div class="grid2">
            <div>
              <label for="durationMinutes">Length</label>
              <select id="durationMinutes" name="durationMinutes" {...invalid(e, "durationMinutes")}>
                {DURATIONS.map((d) => (
                  <option value={String(d)} selected={v.durationMinutes === String(d)}>
                    {d} minutes
                  </option>
                ))}
              </select>
              <Err errors={e} field="durationMinutes" />
            </div>
            <div>
              <label for="timeZone">Time zone of these hours</label>
              <ZoneSelect id="timeZone" name="timeZone" value={v.timeZone} errors={e} />
              <Err errors={e} field="timeZone" />
            </div>
          </div>
          <fieldset>
            <legend>
              <strong>Ways to meet</strong>
            </legend>
            {FORMAT_KINDS.map((k) => (
              <div class="format-row">
                <label class="check">
                  <input type="checkbox" name="format" value={k} checked={v.formats[k].on} /> <span>{FORMAT_LABEL[k]}</span>
                </label>
                <label for={`details_${k}`} class="sr-only">{`${FORMAT_LABEL[k]} details`}</label>
                <input
                  id={`details_${k}`}
                  name={`details_${k}`}
                  type="text"
                  maxlength={500}
                  value={v.formats[k].details}
                  placeholder={k === "video" ? "Your call link" : k === "phone" ? "Who calls whom" : "Where: a café, an office"}
                />
              </div>
            ))}
          </fieldset>
          <Err errors={e} field="formats" />
        </section>

        <section class="card" aria-labelledby="week">
          <h2 id="week">Weekly hours</h2>
          <p class="muted">When guests may book, in {v.timeZone.replaceAll("_", " ")}. Leave a day empty to close it.</p>
          <div class="hours">
            {WEEKDAYS.map((d, di) => {
              const dayErrors = Object.entries(e).filter(([k]) => k.startsWith(`h${d}_`));
              return (
                <div class="hours-day" role="group" aria-labelledby={`day-${d}`}>
                  <span id={`day-${d}`}>{DAY_NAMES[di]}</span>
                  <div>
                    <div class="ranges">
                      {Array.from({ length: RANGES_PER_DAY }, (_, i) => {
                        const r = v.hours[String(d)]![i]!;
                        const bad = dayErrors.some(([k]) => k.startsWith(`h${d}_${i}`));
                        return (
                          <span class="range">
                            <label for={`h${d}_${i}_start`} class="sr-only">{`${DAY_NAMES[di]} range ${i + 1} from`}</label>
                            <input id={`h${d}_${i}_start`} name={`h${d}_${i}_start`} type="time" step={300} value={r.start} aria-invalid={bad ? "true" : undefined} />
                            <span aria-hidden="true">–</span>
                            <label for={`h${d}_${i}_end`} class="sr-only">{`${DAY_NAMES[di]} range ${i + 1} until`}</label>
                            <input id={`h${d}_${i}_end`} name={`h${d}_${i}_end`} type="time" step={300} value={r.end} aria-invalid={bad ? "true" : undefined} />
                          </span>
                        );
                      })}
                    </div>
                    {dayErrors.map(([, message]) => (
                      <p class="error">{message}</p>
                    ))}
                  </div>
                </div>
              );
            })}
          </div>
          <Err errors={e} field="hours" />
          <label for="overrides">Dates that differ (one per line)</label>
          <textarea id="overrides" name="overrides" rows={3} placeholder={"2026-12-24 off\n2027-01-05 10:00-12:00, 14:00-16:00"} {...invalid(e, "overrides")}>
            {v.overrides}
          </textarea>
          <Hint>A date, then “off”, or the hours that replace that day's.</Hint>
          <Err errors={e} field="overrides" />
        </section>

        {p.preview ? (
          <TimesPreview slots={p.preview.slots} from={p.preview.from} days={7} timeZone={p.preview.timeZone} />
        ) : (
          <section class="card" id="preview" aria-live="polite">
            <h2>Times guests will see</h2>
            <p class="muted">Fix the fields marked on this page to see them.</p>
          </section>
        )}
        <p>
          <button class="btn secondary" type="submit" name="intent" value="preview" formnovalidate>
            Preview times
          </button>{" "}
          <span class="muted">Shows the week with your changes, without saving them.</span>
        </p>

        <section class="card" aria-labelledby="rules">
          <h2 id="rules">Pace</h2>
          <div class="grid2">
            <NumberField name="minimumNoticeHours" label="Notice needed (hours)" value={v.minimumNoticeHours} errors={e} />
            <NumberField name="horizonDays" label="Bookable up to (days ahead)" value={v.horizonDays} errors={e} />
            <NumberField name="bufferBeforeMinutes" label="Free before each chat (minutes)" value={v.bufferBeforeMinutes} errors={e} />
            <NumberField name="bufferAfterMinutes" label="Free after each chat (minutes)" value={v.bufferAfterMinutes} errors={e} />
            <NumberField name="slotStepMinutes" label="Start times every (minutes)" value={v.slotStepMinutes} errors={e} />
            <NumberField name="requestExpiryDays" label="Unanswered requests lapse after (days)" value={v.requestExpiryDays} errors={e} />
            <NumberField name="maxPerDay" label="At most per day (empty: no limit)" value={v.maxPerDay} errors={e} optional />
            <NumberField name="maxPerWeek" label="At most per week (empty: no limit)" value={v.maxPerWeek} errors={e} optional />
          </div>
          <label class="check">
            <input type="checkbox" name="requiresApproval" value="yes" checked={v.requiresApproval} />
            <span>I accept or decline each request (otherwise a chat is booked as soon as the guest confirms their email)</span>
          </label>
          <label class="check">
            <input type="checkbox" name="paused" value="yes" checked={v.paused} />
            <span>Pause: keep the page up, but take no new requests for now</span>
          </label>
        </section>

        <section class="card" aria-labelledby="questions">
          <h2 id="questions">Question bank</h2>
          <p class="muted">Guests pick from these when they write their request; the seeds' good questions, to start.</p>
          {DEFAULT_QUESTION_BANK.map((q) => (
            <label class="check">
              <input type="checkbox" name="bank" value={q} checked={v.bank.includes(q)} /> <span>{q}</span>
            </label>
          ))}
          <label for="ownQuestions">Your own (one per line)</label>
          <textarea id="ownQuestions" name="ownQuestions" {...invalid(e, "ownQuestions")}>{v.ownQuestions}</textarea>
          <Err errors={e} field="ownQuestions" />
        </section>

        <section class="card" aria-labelledby="followups">
          <h2 id="followups">Follow-ups</h2>
          <p class="muted">What happens by itself around each chat. Switch off what you don't want.</p>
          {SWITCHABLE.map((k) => (
            <label class="check">
              <input type="checkbox" name="followUps" value={k} checked={v.followUps[k]} /> <span>{SWITCH_LABEL[k]}</span>
            </label>
          ))}
          <Err errors={e} field="followUps" />
        </section>

        <p class="actions">
          <button class="btn" type="submit" name="intent" value="save">{p.isNew ? "Create link" : "Save changes"}</button>
          <a class="btn secondary" href="/dashboard">Cancel</a>
        </p>
      </form>
    </>
  );
}

function NumberField(p: { name: string; label: string; value: string; errors: Errors; optional?: boolean }) {
  return (
    <div>
      <label for={p.name}>{p.label}</label>
      <input id={p.name} name={p.name} type="number" min={0} step={1} inputmode="numeric" value={p.value} required={!p.optional} {...invalid(p.errors, p.name)} />
      <Err errors={p.errors} field={p.name} />
    </div>
  );
}
