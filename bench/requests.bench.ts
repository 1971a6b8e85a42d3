/**
 * A guest's POST of a request and a host's Accept, against the local stack in memory (DynamoDB
 * Local, SES v2 local, the Scheduler emulator; the app over HTTP on 127.0.0.1), one after another.
 * Prints the median and p99 of each, and the AWS calls each makes, counted by a middleware on every
 * SDK client of the app: all of them, and the longest chain of calls made one after another (the
 * critical path). Asserts nothing.
 * Run: npx tsx bench/requests.bench.ts   (BENCH_REQUESTS=100 for a steadier p99; BENCH_TRACE=1 lists
 * the last run's calls, in order, with the functions that made them)
 */
import { startLocalStack } from "../infra/local-stack.ts";
import { HOST_EMAIL, lastLinks } from "../test/support/chat.ts";
import { press } from "../test/support/links.ts";
import { recordingMailer } from "../test/support/recording-mailer.ts";
import { json, requestBody } from "../test/support/stack.ts";
import { awsCallRecorder, criticalPath, type AwsCall } from "./support/aws-calls.ts";
import { againstGoal, machine, median, quantile } from "./support/stats.ts";

const REQUESTS = Number(process.env["BENCH_REQUESTS"] ?? 40);
// The first chats warm the JIT, the SDK's connections and DynamoDB Local; they are not counted.
const WARM_UP = 5;
const GOALS = { submitCalls: 8, submitP50Ms: 60 };

process.env["AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED"] ??= "true";

interface Sample {
  ms: number;
  calls: AwsCall[];
  /** Calls still made after the response went out (work the request left running). */
  after: number;
}

/** Times one HTTP exchange and collects the AWS calls made while it ran, and shortly after. */
async function observe(recorded: AwsCall[], exchange: () => Promise<Response>, expect: number): Promise<Sample> {
  const first = recorded.length;
  const t0 = performance.now();
  const res = await exchange();
  await res.arrayBuffer();
  const ms = performance.now() - t0;
  if (res.status !== expect) throw new Error(`expected ${expect}, got ${res.status}`);
  const during = recorded.length;
  await new Promise((r) => setTimeout(r, 50));
  return { ms, calls: recorded.slice(first, during), after: recorded.length - during };
}

function report(name: string, samples: Sample[], goals?: { calls: number; p50: number }) {
  const ms = samples.map((s) => s.ms);
  const total = median(samples.map((s) => s.calls.length));
  const chain = median(samples.map((s) => criticalPath(s.calls)));
  const after = median(samples.map((s) => s.after));
  const kinds = new Map<string, number>();
  for (const call of samples[samples.length - 1]!.calls) {
    const key = `${call.client.replace(/Client$/, "")}.${call.command.replace(/Command$/, "")}`;
    kinds.set(key, (kinds.get(key) ?? 0) + 1);
  }
  console.log(`\n${name}: ${samples.length} runs`);
  console.log(`  latency      median ${goals ? againstGoal(median(ms), goals.p50, "ms", 1) : `${median(ms).toFixed(1)} ms`}, p99 ${quantile(ms, 0.99).toFixed(1)} ms`);
  console.log(`  AWS calls    ${total} before the response, ${after} after it`);
  console.log(`  critical     ${goals ? againstGoal(chain, goals.calls, "calls") : `${chain} calls`} one after another`);
  console.log(`  which        ${[...kinds].map(([k, n]) => (n > 1 ? `${k} ×${n}` : k)).join(", ")}`);
  if (process.env["BENCH_TRACE"] === "1") trace(samples[samples.length - 1]!.calls);
}

/** The last run's calls in the order they started, with their times and who made them (BENCH_TRACE=1). */
function trace(calls: readonly AwsCall[]) {
  const t0 = calls[0]?.start ?? 0;
  for (const call of calls) {
    const name = `${call.client.replace(/Client$/, "")}.${call.command.replace(/Command$/, "")}`;
    console.log(`    ${(call.start - t0).toFixed(1).padStart(7)} → ${(call.end - t0).toFixed(1).padStart(7)} ms  ${name.padEnd(34)} ${call.site ?? ""}`);
  }
}

async function main() {
  const mail = recordingMailer();
  const aws = awsCallRecorder();
  const stack = await startLocalStack({
    ports: { app: 0, dynamodb: 0, ses: 0, scheduler: 0 },
    env: { TABLE_NAME: "coffeechat-bench", LOG_LEVEL: "SILENT", RATE_LIMIT_REQUESTS_PER_MINUTE: "100000", RATE_LIMIT_PER_EMAIL_PER_HOUR: "100000" },
    // The recorder first: the recording mailer hides the SES adapter inside a closure.
    wrap: (deps) => mail.wrap(aws.wrap(deps)),
  });
  try {
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const query = new URLSearchParams({ from: day(1), to: day(45), timeZone: "UTC" });
    const { slots } = (await (await fetch(`${stack.appUrl}/api/v1/links/demo/coffee/slots?${query}`)).json()) as { slots: { start: string }[] };
    if (slots.length < (WARM_UP + REQUESTS) * 2) throw new Error(`only ${slots.length} free slots for ${REQUESTS} requests`);

    const submits: Sample[] = [];
    const accepts: Sample[] = [];
    // Every other slot, so each request's buffer never touches the next one's time.
    for (let i = 0; i < WARM_UP + REQUESTS; i++) {
      const guest = `bench-${i}@example.com`;
      const body = json(requestBody(slots[i * 2]!.start, { email: guest }));
      const submitted = await observe(aws.calls, () => fetch(`${stack.appUrl}/api/v1/links/demo/coffee/requests`, body), 202);
      await press((await lastLinks(mail, guest))["confirm_email"]!);
      const accept = (await lastLinks(mail, HOST_EMAIL))["accept"]!;
      const accepted = await observe(aws.calls, () => press(accept), 303);
      if (i < WARM_UP) continue;
      submits.push(submitted);
      accepts.push(accepted);
    }
    console.log(`Requests against the local stack (in memory), ${REQUESTS} chats one after another; ${machine()}`);
    report("POST /api/v1/links/demo/coffee/requests", submits, { calls: GOALS.submitCalls, p50: GOALS.submitP50Ms });
    report("Accept (POST on the host's action link)", accepts);
  } finally {
    await stack.stop();
  }
}

await main();
