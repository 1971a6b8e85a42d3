import { OUTREACH_CHANNELS, type Person } from "@coffeechat/core";
import { Err, invalid } from "../form-errors.tsx";
import type { JournalView } from "./journal-view.ts";
import { CHANNEL_LABEL } from "./labels.ts";
import { journalPaths } from "./paths.ts";

/** Today's outreach against the daily sub-goal, and the form to log one. */
export function TodayCard({ view }: { view: JournalView }) {
  const { progress, goal, today } = view.summary;
  const target = goal?.outreachPerDay;
  const share = target ? Math.min(100, Math.round((progress.outreachToday / target) * 100)) : 0;
  const left = target ? Math.max(0, target - progress.outreachToday) : undefined;
  const { values, errors } = view.outreachForm;
  const chosen = values["personId"] ?? view.logPersonId;
  return (
    <section class="card" aria-labelledby="today" id="log">
      <h2 id="today">Today's outreach</h2>
      <p class="big">
        {progress.outreachToday}
        {target ? <span class="muted" style="font-size:1.1rem;font-weight:400"> of {target}</span> : null}
      </p>
      {target ? (
        <div class={`bar${left === 0 ? " done" : ""}`} aria-hidden="true">
          <span style={`width:${share}%`}></span>
        </div>
      ) : null}
      <p class="muted">
        {left === undefined ? "" : left === 0 ? "Done for today. " : `${left} to go today. `}
        {target ? `${progress.outreachThisWeek} of ${target * 7} this week.` : `${progress.outreachThisWeek} this week.`}
      </p>
      <form method="post" action={journalPaths(view.base).outreach}>
        <div class="fields">
          <div>
            <label for="log-person">Who</label>
            <select id="log-person" name="personId" required {...invalid(errors, "personId")}>
              <option value="">Choose a person…</option>
              {reachable(view.people).map((p) => (
                <option value={p.id} selected={p.id === chosen}>{p.name}</option>
              ))}
            </select>
            <Err errors={errors} field="personId" />
          </div>
          <div>
            <label for="log-channel">How</label>
            <select id="log-channel" name="channel">
              {OUTREACH_CHANNELS.map((c) => (
                <option value={c} selected={c === (values["channel"] ?? "email")}>{CHANNEL_LABEL[c]}</option>
              ))}
            </select>
          </div>
          <div>
            <label for="log-on">When</label>
            <input id="log-on" name="on" type="date" max={today} value={values["on"] ?? today} required {...invalid(errors, "on")} />
            <Err errors={errors} field="on" />
          </div>
          <div>
            <label for="log-note">Note (optional)</label>
            <input id="log-note" name="note" type="text" maxlength={500} value={values["note"] ?? ""} placeholder="e.g. asked for 20 minutes" />
          </div>
        </div>
        <p>
          <button class="btn" type="submit">Log outreach</button>
        </p>
      </form>
    </section>
  );
}

/** Whom one reaches out to: anyone but those set aside, first those not yet in a chat. */
function reachable(people: readonly Person[]): Person[] {
  const early = (p: Person) => (p.status === "to_contact" || p.status === "reached_out" ? 0 : 1);
  return people.filter((p) => p.status !== "not_now").sort((a, b) => early(a) - early(b) || a.name.localeCompare(b.name));
}
