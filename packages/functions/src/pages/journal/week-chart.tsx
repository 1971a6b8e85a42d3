import type { WeekCount } from "@coffeechat/core";
import { formatDay } from "../dates.ts";

export interface WeekChartProps {
  weeks: readonly WeekCount[];
  /** The seeker's own sub-goal, chats a week. */
  pace?: number;
  /** The pace it takes from now to reach the goal by its date. */
  needed?: number;
}

const W = 400;
const H = 190;
const M = { top: 14, right: 8, bottom: 34, left: 26 };
const PLOT_W = W - M.left - M.right;
const PLOT_H = H - M.top - M.bottom;

/**
 * Chats held per week as bars, against the seeker's pace and the pace the goal needs as lines.
 * Inline SVG, no script; the same numbers follow as a table for screen readers and the curious.
 */
export function WeekChart({ weeks, pace, needed }: WeekChartProps) {
  const top = Math.max(1, pace ?? 0, needed ?? 0, ...weeks.map((w) => w.chats));
  const max = top + (top < 5 ? 1 : Math.ceil(top / 5));
  const y = (n: number) => M.top + PLOT_H - (n / max) * PLOT_H;
  const slot = PLOT_W / Math.max(1, weeks.length);
  const step = max <= 6 ? 1 : Math.ceil(max / 5);
  const ticks = Array.from({ length: Math.floor(max / step) + 1 }, (_, i) => i * step);
  const short = (weekStart: string) => formatDay(weekStart).replace(/^\w+, /, "");
  const summary = weeks.map((w) => `${short(w.weekStart)}: ${w.chats}`).join(", ");
  return (
    <figure style="margin:0">
      <svg class="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="chart-title chart-desc">
        <title id="chart-title">Chats held per week</title>
        <desc id="chart-desc">
          {`Weeks starting ${summary}.`}
          {pace ? ` Your pace: ${pace} a week.` : ""}
          {needed !== undefined ? ` Needed to reach the goal in time: ${needed} a week.` : ""}
        </desc>
        {ticks.map((t) => (
          <g>
            <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} stroke="#eee6da" />
            <text x={M.left - 6} y={y(t) + 4} text-anchor="end" font-size="11" fill="#656d76">{t}</text>
          </g>
        ))}
        {weeks.map((w, i) => {
          const current = i === weeks.length - 1;
          const x = M.left + i * slot + slot * 0.2;
          return (
            <g>
              <rect x={x} y={y(w.chats)} width={slot * 0.6} height={y(0) - y(w.chats)} rx="3" fill={current ? "#c9a27e" : BAR} />
              {w.chats > 0 ? <text x={x + slot * 0.3} y={y(w.chats) - 4} text-anchor="middle" font-size="12" fill="#1f2328">{w.chats}</text> : null}
              <text x={x + slot * 0.3} y={H - M.bottom + 15} text-anchor="middle" font-size="10.5" fill="#656d76">{short(w.weekStart)}</text>
              {current ? <text x={x + slot * 0.3} y={H - M.bottom + 28} text-anchor="middle" font-size="10.5" fill="#656d76">so far</text> : null}
            </g>
          );
        })}
        {pace ? <PaceLine y={y(pace)} color={PACE} /> : null}
        {needed ? <PaceLine y={y(needed)} color={NEEDED} dashed /> : null}
      </svg>
      <p class="legend" aria-hidden="true">
        <span><Swatch color={BAR} />chats held</span>
        {pace ? <span><Swatch color={PACE} line />your pace: {pace} a week</span> : null}
        {needed ? <span><Swatch color={NEEDED} line dashed />needed from now: {needed} a week</span> : null}
      </p>
      <details>
        <summary>The numbers</summary>
        <table>
          <thead>
            <tr><th scope="col">Week of</th><th scope="col">Chats held</th></tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr><td>{formatDay(w.weekStart)}</td><td>{w.chats}</td></tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

const BAR = "#7a3e00";
const PACE = "#2f7d32";
const NEEDED = "#b42318";
const dash = { "stroke-dasharray": "6 4" };

function PaceLine(p: { y: number; color: string; dashed?: boolean }) {
  return <line x1={M.left} x2={W - M.right} y1={p.y} y2={p.y} stroke={p.color} stroke-width="2" {...(p.dashed ? dash : {})} />;
}

/** The legend's key: a bar or a line, drawn as in the chart. */
function Swatch(p: { color: string; line?: boolean; dashed?: boolean }) {
  return (
    <svg width="22" height="12" viewBox="0 0 22 12">
      {p.line ? <line x1="0" x2="22" y1="6" y2="6" stroke={p.color} stroke-width="2" {...(p.dashed ? { "stroke-dasharray": "5 3" } : {})} /> : <rect x="5" y="1" width="12" height="10" rx="2" fill={p.color} />}
    </svg>
  );
}
