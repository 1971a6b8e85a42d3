/**
 * `npm start` as a person runs it, timed from the command to the first 200 from /health: once on an
 * empty data folder (the table is created), then again on the data it left. Free ports and a
 * scratch DATA_DIR, so a running `npm start` is not disturbed. Prints figures; asserts nothing.
 * Run: npx tsx bench/start.bench.ts   (BENCH_STARTS=9 for a steadier median)
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "../infra/local/free-port.ts";
import { againstGoal, machine, median } from "./support/stats.ts";

const STARTS = Number(process.env["BENCH_STARTS"] ?? 5);
const GOAL_MS = 4_000;

/** Runs `npm start` until /health answers 200, then stops it with Ctrl-C; returns the time to healthy. */
async function timedStart(dataDir: string): Promise<number> {
  const ports = { PORT: await freePort(), DYNAMODB_PORT: await freePort(), SES_PORT: await freePort(), SCHEDULER_PORT: await freePort() };
  const started = performance.now();
  const child = spawn("npm", ["start", "--silent"], {
    env: { ...process.env, ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])), DATA_DIR: dataDir, LOG_LEVEL: "WARN" },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group, so Ctrl-C reaches npm, tsx and the servers as it does in a terminal.
    detached: true,
  });
  let output = "";
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let exitedEarly = false;
  void exited.then(() => (exitedEarly = true));
  try {
    for (;;) {
      if (exitedEarly) throw new Error(`npm start exited:\n${output}`);
      if (performance.now() - started > 120_000) throw new Error(`not healthy after 2 minutes:\n${output}`);
      const healthy = await fetch(`http://127.0.0.1:${ports.PORT}/health`, { signal: AbortSignal.timeout(2_000) })
        .then((res) => res.status === 200)
        .catch(() => false);
      if (healthy) return performance.now() - started;
      await new Promise((r) => setTimeout(r, 25));
    }
  } finally {
    if (!exitedEarly) process.kill(-child.pid!, "SIGINT");
    await exited;
  }
}

async function main() {
  const dataDir = path.join(mkdtempSync(path.join(tmpdir(), "coffeechat-start-bench-")), "data");
  try {
    console.log(`npm start until /health answers 200; ${machine()}`);
    const fresh = await timedStart(dataDir);
    const again: number[] = [];
    for (let i = 0; i < STARTS; i++) again.push(await timedStart(dataDir));
    console.log(`  empty data folder     ${(fresh / 1000).toFixed(2)} s (creates the table)`);
    console.log(`  with its data         median ${againstGoal(median(again) / 1000, GOAL_MS / 1000, "s", 2)} over ${STARTS} starts (${again.map((ms) => (ms / 1000).toFixed(2)).join(", ")})`);
  } finally {
    rmSync(path.dirname(dataDir), { recursive: true, force: true });
  }
}

await main();
