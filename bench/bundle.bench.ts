/**
 * Each Lambda bundled as `sst deploy` bundles it (the options of stacks/bundling, which
 * test/stacks/bundling.test.ts checks byte for byte against SST's own build), then for each: the
 * size deployed, the part a cold start parses (the entry and its static imports; the rest is
 * loaded by `import()` on first use), and the time to import it against a bare `node -e 0`, in
 * alternating runs (medians). Prints figures; asserts nothing.
 * Run: npx tsx bench/bundle.bench.ts   (BENCH_RUNS=41 for steadier medians)
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import esbuild, { type Metafile } from "esbuild";
import { esbuildOptionsAsSstDeploys, lambdaBundling } from "../stacks/bundling/index.ts";
import { againstGoal, machine, median } from "./support/stats.ts";

const HANDLERS = "packages/functions/src/lambda";
const RUNS = Number(process.env["BENCH_RUNS"] ?? 21);
const GOALS = { http: { kb: 300, importMs: 80 } } as Record<string, { kb: number; importMs: number } | undefined>;

// What the functions read at a cold start on AWS (values are placeholders; nothing is called).
const LAMBDA_ENV = {
  TABLE_NAME: "coffeechat-bench",
  APP_URL: "https://coffeechat.example",
  SENDER_EMAIL: "chats@coffeechat.example",
  SST_Secret_value_TOKEN_SECRET: "bench-secret-".padEnd(48, "x"),
  AWS_REGION: "us-east-1",
  SCHEDULE_GROUP: "coffeechat-bench",
  SCHEDULER_ROLE_ARN: "arn:aws:iam::000000000000:role/bench",
  FOLLOWUP_TARGET_ARN: "arn:aws:lambda:us-east-1:000000000000:function:bench",
  DLQ_ARN: "arn:aws:sqs:us-east-1:000000000000:bench",
  AWS_NODEJS_CONNECTION_REUSE_ENABLED: "1",
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
};

/** The Lambda entry points: files of the handlers folder that export a handler. */
function lambdaEntries(): string[] {
  return readdirSync(HANDLERS)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .filter((f) => /export const handler\b/.test(readFileSync(path.join(HANDLERS, f), "utf8")))
    .map((f) => f.replace(/\.ts$/, ""));
}

interface BundleFigures {
  deployedKb: number;
  atStartKb: number;
  files: number;
  filesAtStart: number;
  heaviestAtStart: string;
  zodLocales: string[];
}

function figuresOf(metafile: Metafile, entry: string): BundleFigures {
  const outputs = metafile.outputs;
  const code = Object.keys(outputs).filter((f) => f.endsWith(".mjs"));
  const entryFile = code.find((f) => outputs[f]!.entryPoint === entry);
  if (!entryFile) throw new Error(`no output for ${entry}`);
  const atStart = new Set<string>();
  const visit = (file: string) => {
    if (atStart.has(file)) return;
    atStart.add(file);
    for (const i of outputs[file]!.imports) if (i.kind === "import-statement" && outputs[i.path]) visit(i.path);
  };
  visit(entryFile);
  const kb = (files: Iterable<string>) => [...files].reduce((n, f) => n + outputs[f]!.bytes, 0) / 1024;
  const byPackage = new Map<string, number>();
  for (const file of atStart) {
    for (const [input, { bytesInOutput }] of Object.entries(outputs[file]!.inputs)) {
      const name = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1] ?? input.split("/").slice(0, 2).join("/");
      byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
    }
  }
  const heaviest = [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 8);
  return {
    deployedKb: kb(code),
    atStartKb: kb(atStart),
    files: code.length,
    filesAtStart: atStart.size,
    heaviestAtStart: heaviest.map(([name, bytes]) => `${name} ${(bytes / 1024).toFixed(0)}`).join(", "),
    zodLocales: Object.keys(metafile.inputs)
      .filter((f) => /node_modules\/zod\/v4\/locales\/[^/]+$/.test(f) && !f.includes(":"))
      .map((f) => path.basename(f)),
  };
}

/**
 * CPU time (user + system) of this process's finished children, in ms, from /proc/self/stat
 * (cutime + cstime, in USER_HZ = 100 ticks a second). Less moved by a busy machine than wall time.
 */
function childrenCpuMs(): number | undefined {
  try {
    const fields = readFileSync("/proc/self/stat", "utf8").replace(/^.*\) /s, "").split(" ");
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
}

/** Whole-process wall time and CPU time of `node <args>`, in ms. */
function timeNode(args: string[], cwd: string): { wall: number; cpu: number | undefined } {
  const cpuBefore = childrenCpuMs();
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { cwd, env: { ...process.env, ...LAMBDA_ENV }, stdio: ["ignore", "ignore", "pipe"] });
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0) throw new Error(`node ${args.join(" ")} failed:\n${run.stderr}`);
  const cpuAfter = childrenCpuMs();
  return { wall, cpu: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore };
}

/**
 * Alternates bare node and the import so both see the same machine: medians of wall time, and
 * mean CPU time (a child's CPU is counted in 10 ms ticks, so only a sum over runs is precise).
 */
function importTime(dir: string, file: string) {
  const bare: ReturnType<typeof timeNode>[] = [];
  const loaded: ReturnType<typeof timeNode>[] = [];
  timeNode(["-e", "0"], dir);
  timeNode([file], dir);
  for (let i = 0; i < RUNS; i++) {
    bare.push(timeNode(["-e", "0"], dir));
    loaded.push(timeNode([file], dir));
  }
  const wall = (runs: typeof bare) => median(runs.map((r) => r.wall));
  const cpu = (runs: typeof bare) => runs.reduce((n, r) => n + (r.cpu ?? Number.NaN), 0) / runs.length;
  return { bare: wall(bare), loaded: wall(loaded), over: wall(loaded) - wall(bare), cpuOver: cpu(loaded) - cpu(bare) };
}

async function main() {
  console.log(`Lambda bundles as deployed (minified split ESM, SDK clients bundled); ${RUNS} paired runs; ${machine()}`);
  const root = mkdtempSync(path.join(tmpdir(), "coffeechat-bundle-bench-"));
  try {
    for (const name of lambdaEntries()) {
      const entry = `${HANDLERS}/${name}.ts`;
      const outdir = path.join(root, name);
      const { metafile } = await esbuild.build(esbuildOptionsAsSstDeploys(lambdaBundling, entry, outdir));
      const f = figuresOf(metafile!, entry);
      const t = importTime(outdir, `${name}.mjs`);
      const goal = GOALS[name];
      console.log(`\n${name}`);
      console.log(`  deployed        ${goal ? againstGoal(f.deployedKb, goal.kb, "KB") : `${f.deployedKb.toFixed(0)} KB`} in ${f.files} files`);
      console.log(`  at cold start   ${f.atStartKb.toFixed(0)} KB in ${f.filesAtStart} files (the rest loads on first use)`);
      console.log(`  heaviest then   ${f.heaviestAtStart} (KB)`);
      console.log(`  zod locales     ${f.zodLocales.join(", ") || "none"}`);
      console.log(
        `  import          +${goal ? againstGoal(t.over, goal.importMs, "ms") : `${t.over.toFixed(0)} ms`} over bare node (${t.loaded.toFixed(0)} vs ${t.bare.toFixed(0)} ms)`,
      );
      if (!Number.isNaN(t.cpuOver)) console.log(`  import CPU      +${t.cpuOver.toFixed(0)} ms over bare node (user + system, mean)`);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
