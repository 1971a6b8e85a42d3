/**
 * Reading one calendar feed: 2,000 events, 200 of them recurring (daily, weekly on two days,
 * monthly; some with EXDATEs and moved or cancelled instances), zones named by IANA and Windows
 * names and one VTIMEZONE, expanded over 60 days into merged busy time. Goal: ≤ 50 ms.
 * Prints figures; asserts nothing. Run: npx tsx bench/calendars.bench.ts
 */
import { readBusy } from "../packages/core/src/calendars/index.ts";

const DAY = 86_400_000;
const range = { start: Date.UTC(2026, 2, 1), end: Date.UTC(2026, 2, 1) + 60 * DAY };
const options = { hostZone: "America/New_York", allDayBlocks: true, hostAddresses: ["dana@example.com"] };

let seed = 7;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
const pad = (n: number) => String(n).padStart(2, "0");
const wall = (t: number) => {
  const d = new Date(t);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}00`;
};
const ZONES = ["America/New_York", "Europe/Berlin", "Pacific Standard Time", "W. Europe Standard Time", "Asia/Kolkata"];

function feed(): string {
  const lines = [
    "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//bench//EN",
    "BEGIN:VTIMEZONE", "TZID:America/New_York",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "DTSTART:20070311T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "DTSTART:20071104T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
    "END:VTIMEZONE",
  ];
  for (let i = 0; i < 2000; i++) {
    const recurring = i < 200;
    // Singles spread over a year around the range (most fall outside it, as in a real feed's history).
    const day = recurring ? range.start - Math.floor(random() * 120) * DAY : range.start - 240 * DAY + Math.floor(random() * 365) * DAY;
    const start = day + (8 + Math.floor(random() * 10)) * 3_600_000 + pick([0, 15, 30, 45]) * 60_000;
    const zone = pick(ZONES);
    lines.push("BEGIN:VEVENT", `UID:bench-${i}@example.com`, "DTSTAMP:20260101T000000Z", `SUMMARY:Event ${i}`,
      `DTSTART;TZID=${zone}:${wall(start)}`, `DTEND;TZID=${zone}:${wall(start + pick([30, 45, 60, 90]) * 60_000)}`);
    if (random() < 0.05) lines.push("STATUS:CANCELLED");
    if (random() < 0.1) lines.push("TRANSP:TRANSPARENT");
    if (recurring) {
      lines.push(pick(["RRULE:FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR", "RRULE:FREQ=WEEKLY;BYDAY=TU,TH", "RRULE:FREQ=WEEKLY", "RRULE:FREQ=MONTHLY;BYDAY=2WE"]));
      if (i % 3 === 0) lines.push(`EXDATE;TZID=${zone}:${wall(start + 28 * DAY)}`);
    }
    lines.push("END:VEVENT");
    if (recurring && i % 4 === 0) {
      const instance = start + 7 * DAY;
      lines.push("BEGIN:VEVENT", `UID:bench-${i}@example.com`, "DTSTAMP:20260101T000000Z", `RECURRENCE-ID;TZID=${zone}:${wall(instance)}`,
        `DTSTART;TZID=${zone}:${wall(instance + 3_600_000)}`, `DTEND;TZID=${zone}:${wall(instance + 2 * 3_600_000)}`,
        ...(i % 8 === 0 ? ["STATUS:CANCELLED"] : []), "END:VEVENT");
    }
  }
  lines.push("END:VCALENDAR", "");
  return lines.join("\r\n");
}

const text = feed();
const run = () => readBusy(text, range, options);
for (let i = 0; i < 5; i++) run();
const RUNS = 30;
const times: number[] = [];
const cpu: number[] = [];
let intervals = 0;
for (let i = 0; i < RUNS; i++) {
  const [t0, c0] = [performance.now(), process.cpuUsage()];
  intervals = run().busy.length;
  const used = process.cpuUsage(c0);
  times.push(performance.now() - t0);
  cpu.push((used.user + used.system) / 1000);
}
const at = (list: number[], q: number) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(q * list.length))]!.toFixed(1);
console.log(`Feed: 2,000 events (200 recurring), ${(text.length / 1024).toFixed(0)} KB, expanded over 60 days into ${intervals} busy intervals.`);
console.log(`readBusy wall time: median ${at(times, 0.5)} ms, p90 ${at(times, 0.9)} ms, fastest ${at(times, 0)} ms over ${RUNS} runs (goal ≤ 50 ms).`);
// On a shared machine wall time includes waiting for a core; CPU time is what the expansion itself costs.
console.log(`readBusy CPU time:  median ${at(cpu, 0.5)} ms, fastest ${at(cpu, 0)} ms (machine load ${(await import("node:os")).loadavg()[0]!.toFixed(1)} on ${(await import("node:os")).cpus().length} cores).`);
