import type { DigestSettings } from "@coffeechat/core";
import type { JournalView } from "./journal-view.ts";
import { journalPaths } from "./paths.ts";

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** The opt-in weekly email, at a day and time of the seeker's week. */
export function DigestForm({ view }: { view: JournalView }) {
  const digest: DigestSettings = view.digest ?? { enabled: false, weekday: 1, time: "08:00", timeZone: view.timeZone };
  return (
    <section class="card" aria-labelledby="digest-title" id="digest">
      <h2 id="digest-title">Weekly email</h2>
      <form method="post" action={journalPaths(view.base).digest}>
        <label class="q" style="font-weight:normal">
          <input type="checkbox" name="enabled" value="on" checked={digest.enabled} /> Email me the week's progress, who to
          thank and whom to reach next
        </label>
        <div class="fields">
          <div>
            <label for="digest-weekday">On</label>
            <select id="digest-weekday" name="weekday">
              {WEEKDAYS.map((d, i) => (
                <option value={String(i + 1)} selected={digest.weekday === i + 1}>{d}</option>
              ))}
            </select>
          </div>
          <div>
            <label for="digest-time">At</label>
            <input id="digest-time" name="time" type="time" value={digest.time} required />
          </div>
        </div>
        <input type="hidden" name="timeZone" value={digest.timeZone} />
        <p class="muted">Times are in {digest.timeZone.replaceAll("_", " ")}.</p>
        <p>
          <button class="btn secondary" type="submit">Save</button>
        </p>
      </form>
    </section>
  );
}
