/**
 * Slot computation for one booking link: the demo rules, a 31-day window holding the March 2026
 * DST change in New York, 300 busy bookings spread across it. Prints figures; asserts nothing.
 * Run: npx tsx bench/slots.bench.ts
 */
import { MINUTE, type AvailabilityRules } from "../packages/core/src/model/index.ts";
import type { BusyBlock } from "../packages/core/src/ports.ts";
import { computeSlots, localDateWindow } from "../packages/core/src/slots/index.ts";
import { demoLink } from "../infra/demo.ts";

// The demo link's rules, with a day off and a short day so overrides are on the path too.
const rules: AvailabilityRules = {
  ...demoLink,
  dateOverrides: [{ date: "2026-03-17", ranges: [] }, { date: "2026-03-20", ranges: [{ start: "12:00", end: "15:00" }] }],
};
const capped: AvailabilityRules = { ...rules, maxPerDay: 12, maxPerWeek: 70 };

const window = localDateWindow("2026-03-01", "2026-03-31", rules.timeZone);
const now = window.start - 2 * 24 * 60 * MINUTE;

// 300 bookings on the 5-minute grid, spread with a fixed pseudo-random sequence.
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const busy: BusyBlock[] = Array.from({ length: 300 }, (_, i) => {
  const chatStart = window.start + Math.floor((random() * (window.end - window.start)) / (5 * MINUTE)) * 5 * MINUTE;
  return { requestId: `r${i}`, chatStart, start: chatStart, end: chatStart + 30 * MINUTE };
});

function measure(name: string, linkRules: AvailabilityRules) {
  const run = () => computeSlots(linkRules, busy, window, now);
  for (let i = 0; i < 500; i++) run();
  const RUNS = 5000;
  const times = new Float64Array(RUNS);
  let slots = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    slots = run().length;
    times[i] = performance.now() - t0;
  }
  times.sort();
  const at = (q: number) => times[Math.min(RUNS - 1, Math.floor(q * RUNS))]!.toFixed(3);
  console.log(`${name}: ${RUNS} runs, ${slots} slots, median ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${times[RUNS - 1]!.toFixed(3)} ms`);
}

console.log(`computeSlots, America/New_York, 2026-03-01..31 (DST starts Mar 8), ${busy.length} busy bookings`);
measure("demo rules", rules);
measure("demo rules + caps 12/day 70/week", capped);
