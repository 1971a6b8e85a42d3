import type { Interval } from "@coffeechat/core";
import { addDays, formatDay, formatTime, localDateOf } from "../dates.ts";
import { useLocale } from "../locale.ts";

export interface WeekProps {
  basePath: string;
  timeZone: string;
  weekStart: string;
  slots: Interval[];
  selected?: string;
  canGoBack: boolean;
  canGoForward: boolean;
  error?: string;
}

/** Seven days of slots as radio buttons: choosing a time works without JavaScript. */
export function WeekPicker(p: WeekProps) {
  const locale = useLocale();
  const days = Array.from({ length: 7 }, (_, i) => addDays(p.weekStart, i));
  const byDay = new Map<string, Interval[]>(days.map((d) => [d, []]));
  for (const slot of p.slots) byDay.get(localDateOf(slot.start, p.timeZone))?.push(slot);
  const weekHref = (start: string) => `${p.basePath}?tz=${encodeURIComponent(p.timeZone)}&week=${start}`;
  const empty = p.slots.length === 0;
  return (
    <section class="card" aria-labelledby="pick">
      <div class="nav">
        <h2 id="pick">1. Pick a time</h2>
        <span>
          {p.canGoBack ? <a href={weekHref(addDays(p.weekStart, -7))}>← Earlier</a> : <span class="muted">← Earlier</span>}
          {" · "}
          <strong>Week of {formatDay(p.weekStart, locale)}</strong>
          {" · "}
          {p.canGoForward ? <a href={weekHref(addDays(p.weekStart, 7))}>Later →</a> : <span class="muted">Later →</span>}
        </span>
      </div>
      {p.error ? <p class="error" id="start-error">{p.error}</p> : null}
      {empty ? <p class="muted">No free times this week. Try a later week.</p> : null}
      <div class="days">
        {days.map((day) => {
          const slots = byDay.get(day) ?? [];
          return (
            <div class="day">
              <h3>{formatDay(day, locale)}</h3>
              {slots.length === 0 ? <span class="muted">—</span> : null}
              {slots.map((s) => {
                const value = new Date(s.start).toISOString();
                return (
                  <label class="slot">
                    <input type="radio" name="start" value={value} checked={p.selected === value} required />
                    <span>{formatTime(s.start, p.timeZone, locale)}</span>
                  </label>
                );
              })}
            </div>
          );
        })}
      </div>
    </section>
  );
}
