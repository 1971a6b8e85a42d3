import { questionsThatFit, type Link } from "@coffeechat/core";
import { FORMAT_LABEL } from "./host-card.tsx";
import { Err, invalid } from "../form-errors.tsx";
import type { FieldErrors, FormValues } from "./form-values.ts";

/** Step 2: who you are, why you ask, and the questions you will bring — the practice, taught by the form. */
export function RequestForm({ link, values, errors }: { link: Link; values: FormValues; errors: FieldErrors }) {
  const fit = questionsThatFit(link.durationMinutes);
  return (
    <section class="card" aria-labelledby="about">
      <h2 id="about">2. Introduce yourself</h2>
      <label for="name">Your name</label>
      <input id="name" name="name" {...invalid(errors, "name")} type="text" required maxlength={100} value={values.name ?? ""} autocomplete="name" />
      <Err errors={errors} field="name" />

      <label for="email">Your email</label>
      <input id="email" name="email" {...invalid(errors, "email")} type="email" required maxlength={254} value={values.email ?? ""} autocomplete="email" />
      <p class="muted">We send a link to confirm it; the request reaches the host only after that.</p>
      <Err errors={errors} field="email" />

      <label for="background">Your background</label>
      <textarea id="background" name="background" {...invalid(errors, "background")} required minlength={10} maxlength={2000} placeholder="Where you are now, and where you're hoping to go">
        {values.background ?? ""}
      </textarea>
      <Err errors={errors} field="background" />

      <label for="purpose">Why you'd like to talk with this host</label>
      <textarea id="purpose" name="purpose" {...invalid(errors, "purpose")} required minlength={10} maxlength={1000} placeholder="What you hope to learn from their experience">
        {values.purpose ?? ""}
      </textarea>
      <Err errors={errors} field="purpose" />

      <label for="foundVia">How you found them (optional)</label>
      <input id="foundVia" name="foundVia" {...invalid(errors, "foundVia")} type="text" maxlength={300} value={values.foundVia ?? ""} placeholder="A talk, an article, a friend who suggested it…" />
      <Err errors={errors} field="foundVia" />

      <label for="links">Links about you (optional, one per line)</label>
      <textarea id="links" name="links" {...invalid(errors, "links")} maxlength={2600} placeholder="https://…">{values.links ?? ""}</textarea>
      <Err errors={errors} field="links" />

      <fieldset>
        <legend><strong>How would you like to meet?</strong></legend>
        {link.formats.map((f, i) => (
          <label style="font-weight:normal">
            <input type="radio" name="format" value={f.kind} required checked={values.format ? values.format === f.kind : i === 0} />{" "}
            {FORMAT_LABEL[f.kind]}
            {f.kind === "in_person" ? <span class="muted"> — {f.details} (offer to pay for the coffee)</span> : null}
          </label>
        ))}
      </fieldset>
      <Err errors={errors} field="format" />

      <h2>3. The questions you'll bring</h2>
      <p class="muted">
        Pick or write the questions you plan to ask; the host receives them ahead of time. About {fit} fit in{" "}
        {link.durationMinutes} minutes.
      </p>
      <div id="bank" data-fit={fit}>
        {link.questionBank.map((q) => (
          <label class="q" style="font-weight:normal">
            <input type="checkbox" name="bankQuestions" value={q} checked={values.bankQuestions.includes(q)} /> <span>{q}</span>
          </label>
        ))}
      </div>
      <label for="ownQuestions">Your own questions (one per line)</label>
      <textarea id="ownQuestions" name="ownQuestions" maxlength={3000}>{values.ownQuestions ?? ""}</textarea>
      <p class="banner warn" id="too-many" hidden>
        That's more questions than fit in {link.durationMinutes} minutes. Consider keeping the ones that matter most.
      </p>
      <Err errors={errors} field="questions" />

      <label class="q" style="font-weight:normal;margin-top:14px">
        <input type="checkbox" name="notAJob" value="yes" required checked={values.notAJob === true} />
        <span>I'm looking for information and advice, not a job.</span>
      </label>
      <Err errors={errors} field="notAJob" />

      <div class="hp" aria-hidden="true">
        <label for="website">Leave this empty</label>
        <input id="website" name="website" type="text" tabindex={-1} autocomplete="off" value={values.website ?? ""} />
      </div>
      {/* One key per filled-in form: pressing the button twice, or again after a lost answer, is the same request. */}
      <input type="hidden" name="submission" value={values.submission ?? ""} />

      <p style="margin-top:18px">
        <button class="btn" type="submit">Ask for a {link.durationMinutes}-minute chat</button>
      </p>
    </section>
  );
}
