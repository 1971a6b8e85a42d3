import { describeMomentum, describeProjection, describeRate, type JournalSummary } from "@coffeechat/core";
import { WeekChart } from "./week-chart.tsx";

/** Chats held against the goal, where the pace leads, and the chart of the weeks behind. */
export function ProgressCard({ summary }: { summary: JournalSummary }) {
  const { goal, progress, projection } = summary;
  const share = goal ? Math.min(100, Math.round((progress.held / goal.targetChats) * 100)) : 0;
  const momentum = describeMomentum(summary.weeks, progress.held);
  const rate = describeRate(summary.rate, goal);
  return (
    <section class="card split" aria-labelledby="progress">
      <div>
      <h2 id="progress">Progress</h2>
      <p class="big">
        {progress.held}
        {goal ? <span class="muted" style="font-size:1.1rem;font-weight:400"> of {goal.targetChats} chats held</span> : <span class="muted" style="font-size:1.1rem;font-weight:400"> chats held</span>}
      </p>
      {goal ? (
        <div class={`bar${projection?.met ? " done" : ""}`} aria-hidden="true">
          <span style={`width:${share}%`}></span>
        </div>
      ) : null}
      <p class="muted">
        {progress.chatsThisWeek} this week{goal ? ` (your pace: ${goal.chatsPerWeek})` : ""} · {progress.booked} booked
      </p>
      {goal ? (
        <p>
          <strong>{describeProjection(summary)}</strong>
        </p>
      ) : (
        <p>
          Set a goal below — say 50 chats by a date, a few a week — and this page shows when you'll get there and what it
          takes.
        </p>
      )}
      {momentum ? <p>{momentum}</p> : null}
      {rate ? <p class="muted">{rate}</p> : null}
      </div>
      <WeekChart
        weeks={summary.weeks}
        {...(goal ? { pace: goal.chatsPerWeek } : {})}
        {...(projection && !projection.met ? { needed: projection.neededPerWeek } : {})}
      />
    </section>
  );
}
