/**
 * The booking page, rendered by the app as Lambda runs it (createApp(deps).request, no HTTP server)
 * against the local stack in memory (DynamoDB Local, so reading the busy time and unmarshalling
 * it is in the figure, as it is on AWS). The demo link holds 300 bookings across March 2026 (DST
 * starts in New York on the 8th); each render shows the week of March 9 and reads that week's busy
 * time (the link has no caps: with them, the days or weeks they count). Prints CPU ms of this process per render
 * (process.cpuUsage: app, SDK, rendering; DynamoDB Local runs in its own JVM). Asserts nothing.
 * Run: npx tsx bench/booking-page.bench.ts
 */
import { getBookingView, listLinkSlots, MINUTE, type ChatRequest } from "@coffeechat/core";
import { createApp } from "@coffeechat/functions";
import { addDays } from "../packages/functions/src/pages/dates.ts";
import { demoLink } from "../infra/demo.ts";
import { startLocalStack } from "../infra/local-stack.ts";
import { aRequest } from "../test/support/fixtures.ts";
import { awsCallRecorder, criticalPath } from "./support/aws-calls.ts";
import { againstGoal, machine, median, quantile } from "./support/stats.ts";

const NOW = Date.parse("2026-03-02T12:00:00Z");
const WEEK = "2026-03-09";
const BOOKINGS = 300;
const RENDERS = Number(process.env["BENCH_RENDERS"] ?? 300);
const GOAL_CPU_MS = 3;
/** Renders of each locale before any is measured. */
const WARM_UP = 100;

process.env["AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED"] ??= "true";

/** 300 of the month's weekday half-hours, 09:00–16:30 New York time, picked by a fixed sequence. */
function bookings(): ChatRequest[] {
  const starts: number[] = [];
  for (let day = 1; day <= 31; day++) {
    const date = `2026-03-${String(day).padStart(2, "0")}`;
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    // New York is UTC-5 before March 8 and UTC-4 from then on.
    const nineAm = Date.parse(`${date}T09:00:00${day < 8 ? "-05:00" : "-04:00"}`);
    for (let i = 0; i < 16; i++) starts.push(nineAm + i * 30 * MINUTE);
  }
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = starts.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [starts[i], starts[j]] = [starts[j]!, starts[i]!];
  }
  return starts.slice(0, BOOKINGS).map((start, i) =>
    aRequest({ id: `bench${String(i).padStart(27, "0")}`, handle: demoLink.handle, status: "accepted", start, end: start + 20 * MINUTE }),
  );
}

/** CPU (this process: app, SDK, rendering) and wall time of each run, after a warm-up. */
async function measure(run: () => Promise<void>) {
  for (let i = 0; i < 30; i++) await run();
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < RENDERS; i++) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    await run();
    wall.push(performance.now() - t0);
    const used = process.cpuUsage(cpu0);
    cpu.push((used.user + used.system) / 1000);
  }
  return { cpu, wall };
}

async function main() {
  const recorder = awsCallRecorder();
  const stack = await startLocalStack({
    ports: { app: 0, dynamodb: 0, ses: 0, scheduler: 0 },
    env: { TABLE_NAME: "coffeechat-bench", LOG_LEVEL: "SILENT" },
    clock: () => NOW,
    wrap: recorder.wrap,
  });
  try {
    const all = bookings();
    for (const r of all) await stack.deps.store.createRequest(r, { start: r.start, end: r.end + 10 * MINUTE });
    const app = createApp(stack.deps);
    const weekStart = Date.parse(`${WEEK}T00:00:00-04:00`);
    const inWeek = all.filter((r) => r.start >= weekStart && r.start < weekStart + 7 * 24 * 60 * MINUTE).length;

    console.log(`Booking page, week of ${WEEK}, ${BOOKINGS} bookings in March 2026 (${inWeek} that week); ${machine()}`);
    const path = `/demo/coffee?tz=America/New_York&week=${WEEK}`;
    const locales = [
      ["en-US (12-hour)", { "accept-language": "en-US,en;q=0.9" }],
      ["de-DE (24-hour)", { "accept-language": "de-DE,de;q=0.9,en;q=0.5" }],
    ] as const;
    let html = "";
    const renderer = (headers: Record<string, string>) => async () => {
      const res = await app.request(path, { headers });
      html = await res.text();
      if (res.status !== 200) throw new Error(`the page answered ${res.status}`);
    };
    // Both locales rendered before either is measured, so the first measured does not carry the
    // JIT's warming alone (it read about 0.4 ms higher, whichever locale came first).
    for (let i = 0; i < WARM_UP; i++) for (const [, headers] of locales) await renderer(headers)();
    for (const [label, headers] of locales) {
      const render = renderer(headers);
      const page = await measure(render);
      recorder.calls.length = 0;
      await render();
      const calls = recorder.calls.splice(0);
      console.log(`\n${label}: ${RENDERS} renders, ${(html.match(/name="start"/g) ?? []).length} times offered, ${(html.length / 1024).toFixed(0)} KB of HTML`);
      console.log(`  AWS calls        ${calls.length} per render, ${criticalPath(calls)} one after another (${calls.map((c) => c.command.replace(/Command$/, "")).join(", ")})`);
      console.log(`  CPU per render   median ${againstGoal(median(page.cpu), GOAL_CPU_MS, "ms", 2)}, p99 ${quantile(page.cpu, 0.99).toFixed(2)} ms`);
      console.log(`  wall per render  median ${median(page.wall).toFixed(2)} ms, p99 ${quantile(page.wall, 0.99).toFixed(2)} ms (DynamoDB Local's time included)`);
    }
    // The same reads the page makes, without routing or rendering: the host, link and calendar
    // connections (one BatchGet; the handle's key is kept per process), then the week's locks (and
    // the calendars' busy time beside them, for a host who has calendars; the demo host has none).
    const reads = await measure(async () => {
      const view = await getBookingView(stack.deps, demoLink.handle, demoLink.slug);
      const deps = view.hasCalendars ? stack.deps : { store: stack.deps.store };
      await listLinkSlots(deps, view.link, { from: WEEK, to: addDays(WEEK, 6), timeZone: "America/New_York" }, NOW);
    });
    console.log(`\nof which the DynamoDB reads (SDK and unmarshalling): median ${median(reads.cpu).toFixed(2)} ms CPU`);
  } finally {
    await stack.stop();
  }
}

await main();
