/**
 * Each Lambda bundled as `sst deploy` bundles it (the options of stacks/bundling, which
 * test/stacks/bundling.test.ts checks byte for byte against SST's own build), then for each: the
 * size deployed, the part a cold start parses (the entry and its static imports; the rest is
 * loaded by `import()` on first use), and the time to import it against a bare `node -e 0`; then
 * what its first typical event loads on top (the chunks of the route group or job and the
 * adapters it calls, from the metafile) and the time of a process that imports the bundle and
 * hands it that event, against bare node. AWS is unreachable there (a closed port on 127.0.0.1,
 * one attempt), so that time is loading and our code, not AWS. Alternating runs, medians.
 * Prints figures; asserts nothing.
 * Run: npx tsx bench/bundle.bench.ts   (BENCH_RUNS=41 for steadier medians)
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import esbuild, { type Metafile } from "esbuild";
import { esbuildOptionsAsSstDeploys, lambdaBundling } from "../stacks/bundling/index.ts";
import { compose, parseConfig } from "../packages/functions/src/index.ts";
import { routeGroups } from "../packages/functions/src/route-groups.ts";
import { freePort } from "../infra/local/free-port.ts";
import { apiEvent } from "../test/support/lambda-events.ts";
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

/**
 * The first typical event of each Lambda, and the modules it loads through `import()`: matched
 * against the metafile's entry points (each dynamic import is one), their static imports follow.
 */
const FIRST_EVENT: Record<string, { what: string; event: unknown; loads: string[]; lazy: string } | undefined> = {
  http: {
    what: "GET /demo/coffee (the booking page)",
    event: apiEvent("GET", "/demo/coffee"),
    loads: ["packages/functions/src/pages/booking/routes.tsx", "packages/aws/src/dynamo/index.ts"],
    lazy: "route groups (each on the first request under its paths), DynamoDB/SES/Scheduler/KMS clients and calendar adapters (each on its first call)",
  },
  followup: {
    what: "a follow-up (reads the chat, sends its email)",
    event: { requestId: "0".repeat(32), kind: "reminder", version: 1 },
    loads: ["packages/functions/src/jobs/run-follow-up-job.ts", "packages/aws/src/dynamo/index.ts", "packages/aws/src/ses/index.ts", "nodemailer/lib/mail-composer/index.js"],
    lazy: "each job (follow-up, digest, calendar refresh) on its first event; AWS clients on their first call; the ICS reader when a calendar is read",
  },
  "ses-events": {
    what: "an SNS batch with one bounce",
    event: { Records: [{ Sns: { Message: JSON.stringify({ notificationType: "Bounce", bounce: { bounceType: "Permanent", bouncedRecipients: [{ emailAddress: "gone@example.com" }] } }) } }] },
    loads: [],
    lazy: "nothing of its own: every event needs the store it builds at start",
  },
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
  firstEventKb: number;
  filesFirstEvent: number;
  /** The files the first event's `import()`s name, in the bundle's folder. */
  firstEventRoots: string[];
  heaviestFirstEvent: string;
  zodLocales: string[];
}

function figuresOf(metafile: Metafile, entry: string, firstEventLoads: readonly string[]): BundleFigures {
  const outputs = metafile.outputs;
  const code = Object.keys(outputs).filter((f) => f.endsWith(".mjs"));
  const chunkOf = (input: string) => {
    const file = code.find((f) => outputs[f]!.entryPoint?.endsWith(input));
    if (!file) throw new Error(`no chunk is loaded by import() of ${input}`);
    return file;
  };
  /** The files that importing `roots` parses: them and their static imports, minus `known`. */
  const closure = (roots: string[], known = new Set<string>()) => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file) || known.has(file)) return;
      seen.add(file);
      for (const i of outputs[file]!.imports) if (i.kind === "import-statement" && outputs[i.path]) visit(i.path);
    };
    roots.forEach(visit);
    return seen;
  };
  const atStart = closure([chunkOf(entry)]);
  const roots = firstEventLoads.map(chunkOf);
  const firstEvent = closure(roots, atStart);
  const kb = (files: Iterable<string>) => [...files].reduce((n, f) => n + outputs[f]!.bytes, 0) / 1024;
  const heaviest = (files: Iterable<string>) => {
    const byPackage = new Map<string, number>();
    for (const file of files) {
      for (const [input, { bytesInOutput }] of Object.entries(outputs[file]!.inputs)) {
        const name = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1] ?? input.split("/").slice(0, 2).join("/");
        byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
      }
    }
    return [...byPackage]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([name, bytes]) => `${name} ${(bytes / 1024).toFixed(0)}`)
      .join(", ");
  };
  return {
    deployedKb: kb(code),
    atStartKb: kb(atStart),
    files: code.length,
    filesAtStart: atStart.size,
    heaviestAtStart: heaviest(atStart),
    firstEventKb: kb(firstEvent),
    filesFirstEvent: firstEvent.size,
    firstEventRoots: roots.map((f) => path.basename(f)),
    heaviestFirstEvent: heaviest(firstEvent),
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
function timeNode(args: string[], cwd: string, env: Record<string, string> = {}): { wall: number; cpu: number | undefined } {
  const cpuBefore = childrenCpuMs();
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { cwd, env: { ...process.env, ...LAMBDA_ENV, ...env }, stdio: ["ignore", "ignore", "pipe"] });
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0) throw new Error(`node ${args.join(" ")} failed:\n${run.stderr}`);
  const cpuAfter = childrenCpuMs();
  return { wall, cpu: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore };
}

/**
 * Alternates bare node and the import so both see the same machine: medians of wall time, and
 * mean CPU time (a child's CPU is counted in 10 ms ticks, so only a sum over runs is precise).
 */
function importTime(dir: string, args: string[], env: Record<string, string> = {}) {
  const bare: ReturnType<typeof timeNode>[] = [];
  const loaded: ReturnType<typeof timeNode>[] = [];
  timeNode(["-e", "0"], dir);
  timeNode(args, dir, env);
  for (let i = 0; i < RUNS; i++) {
    bare.push(timeNode(["-e", "0"], dir));
    loaded.push(timeNode(args, dir, env));
  }
  const wall = (runs: typeof bare) => median(runs.map((r) => r.wall));
  const cpu = (runs: typeof bare) => runs.reduce((n, r) => n + (r.cpu ?? Number.NaN), 0) / runs.length;
  return { bare: wall(bare), loaded: wall(loaded), over: wall(loaded) - wall(bare), cpuOver: cpu(loaded) - cpu(bare) };
}

/**
 * Imports the bundle and hands its handler one event; a failed AWS call is expected and ignored.
 * Then imports what the event would have loaded had AWS answered (the email composer after a read,
 * say): a module the handler already loaded costs nothing the second time.
 */
const DRIVER = `
const { handler } = await import("./" + process.env.BENCH_BUNDLE);
try { await handler(JSON.parse(process.env.BENCH_EVENT), {}); } catch {}
for (const chunk of JSON.parse(process.env.BENCH_CHUNKS)) await import("./" + chunk);
`;

/** AWS for the first event: a port nothing listens on, fake keys (no credential lookups), one attempt. */
async function unreachableAws(): Promise<Record<string, string>> {
  const closed = `http://127.0.0.1:${await freePort()}`;
  return {
    DYNAMODB_ENDPOINT: closed,
    SES_ENDPOINT: closed,
    SCHEDULER_ENDPOINT: closed,
    AWS_ACCESS_KEY_ID: "bench",
    AWS_SECRET_ACCESS_KEY: "bench",
    AWS_MAX_ATTEMPTS: "1",
    LOG_LEVEL: "SILENT",
  };
}

/** The HTTP app's route groups, as app.ts mounts them. */
function lazyGroups(): string {
  const groups = routeGroups(compose(parseConfig({ ...LAMBDA_ENV, TOKEN_SECRET: LAMBDA_ENV.SST_Secret_value_TOKEN_SECRET })));
  return groups.map((g) => g.paths.join(" ")).join(" | ");
}

async function main() {
  console.log(`Lambda bundles as deployed (minified split ESM, SDK clients bundled); ${RUNS} paired runs; ${machine()}`);
  const root = mkdtempSync(path.join(tmpdir(), "coffeechat-bundle-bench-"));
  try {
    for (const name of lambdaEntries()) {
      const entry = `${HANDLERS}/${name}.ts`;
      const outdir = path.join(root, name);
      const { metafile } = await esbuild.build(esbuildOptionsAsSstDeploys(lambdaBundling, entry, outdir));
      const first = FIRST_EVENT[name];
      const f = figuresOf(metafile!, entry, first?.loads ?? []);
      const t = importTime(outdir, [`${name}.mjs`]);
      const goal = GOALS[name];
      console.log(`\n${name}`);
      console.log(`  deployed        ${f.deployedKb.toFixed(0)} KB in ${f.files} files`);
      console.log(
        `  at cold start   ${goal ? againstGoal(f.atStartKb, goal.kb, "KB") : `${f.atStartKb.toFixed(0)} KB`} in ${f.filesAtStart} files (parsed by the import; the rest loads on first use)`,
      );
      console.log(`  heaviest then   ${f.heaviestAtStart} (KB)`);
      console.log(`  zod locales     ${f.zodLocales.join(", ") || "none"}`);
      console.log(
        `  import          +${goal ? againstGoal(t.over, goal.importMs, "ms") : `${t.over.toFixed(0)} ms`} over bare node (${t.loaded.toFixed(0)} vs ${t.bare.toFixed(0)} ms)`,
      );
      if (!Number.isNaN(t.cpuOver)) console.log(`  import CPU      +${t.cpuOver.toFixed(0)} ms over bare node (user + system, mean)`);
      console.log(`  loaded lazily   ${first?.lazy ?? "?"}`);
      if (name === "http") console.log(`  route groups    ${lazyGroups()}`);
      if (!first) continue;
      writeFileSync(path.join(outdir, "bench-driver.mjs"), DRIVER);
      const e = importTime(outdir, ["bench-driver.mjs"], {
        ...(await unreachableAws()), BENCH_BUNDLE: `${name}.mjs`,
        BENCH_EVENT: JSON.stringify(first.event),
        BENCH_CHUNKS: JSON.stringify(f.firstEventRoots),
      });
      console.log(`  first event     ${first.what}: +${f.firstEventKb.toFixed(0)} KB in ${f.filesFirstEvent} files on top`);
      if (f.filesFirstEvent) console.log(`  heaviest then   ${f.heaviestFirstEvent} (KB)`);
      console.log(
        `  import + event  +${e.over.toFixed(0)} ms over bare node (${e.loaded.toFixed(0)} vs ${e.bare.toFixed(0)} ms; AWS unreachable: loading and our code only)`,
      );
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
