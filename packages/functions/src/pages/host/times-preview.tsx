import type { Interval } from "@coffeechat/core";
import { addDays, formatDay, formatTime, localDateOf } from "../dates.ts";

/** The times a link offers over a week, read-only: what a guest would see, in the host's zone. */
export function TimesPreview(p: { slots: Interval[]; from: string; days: number; timeZone: string; title?: string }) {
  const days = Array.from({ length: p.days }, (_, i) => addDays(p.from, i));
  const byDay = new Map<string, Interval[]>(days.map((d) => [d, []]));
  for (const s of p.slots) byDay.get(localDateOf(s.start, p.timeZone))?.push(s);
  return (
    <section class="card" id="preview" aria-labelledby="preview-title" aria-live="polite">
      <h2 id="preview-title">{p.title ?? "Times guests will see"}</h2>
      <p class="muted">
        The next {p.days} days, in {p.timeZone.replaceAll("_", " ")}, after your notice and buffers and around chats already booked.
      </p>
      {p.slots.length === 0 ? <p class="banner warn">No times offered in these days. Check the hours, the notice and the dates off.</p> : null}
      <ul class="preview-days">
        {days.map((d) => {
          const slots = byDay.get(d) ?? [];
          return (
            <li>
              <strong>{formatDay(d)}</strong>{" "}
              {slots.length === 0 ? (
                <span class="muted">—</span>
              ) : (
                <span class="chips">
                  {slots.map((s) => (
                    <span class="chip">{formatTime(s.start, p.timeZone)}</span>
                  ))}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
