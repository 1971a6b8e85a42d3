import { whenLoaded, type AppDeps } from "@coffeechat/functions";

/** One AWS call as the SDK made it: which client and command, and when it ran (ms, performance.now()). */
export interface AwsCall {
  client: string;
  command: string;
  start: number;
  end: number;
  /** With BENCH_TRACE=1: the app's functions that made the call, innermost first. */
  site?: string;
}

const TRACE = process.env["BENCH_TRACE"] === "1";

/** The frames of our own packages that led to a call ("drainOutbox < submitRequest"). */
function siteOf(stack: string | undefined): string {
  const frames = (stack ?? "").split("\n").filter((line) => line.includes("/packages/") && !line.includes("node_modules"));
  return frames
    .slice(0, 3)
    .map((line) => /at (?:async )?([\w.<>]+) /.exec(line)?.[1] ?? "?")
    .join(" < ");
}

interface SdkClient {
  send: unknown;
  middlewareStack: {
    add(middleware: unknown, options: { step: string; name: string; override?: boolean }): void;
  };
}

const isSdkClient = (value: unknown): value is SdkClient =>
  typeof value === "object" && value !== null && "middlewareStack" in value && typeof (value as SdkClient).send === "function";

/**
 * Calls `found` with every AWS SDK client held by the adapters in `deps` (the doc client shares its
 * stack with the raw one): at once for adapters already built, and for the lazy ports of compose.ts
 * when their adapter loads, before its first call. Returns how many adapters it found either way.
 */
function onClientsIn(deps: AppDeps, found: (client: SdkClient) => void): number {
  const seen = new Set<unknown>();
  let adapters = 0;
  const visit = (value: unknown, depth: number) => {
    if (typeof value !== "object" || value === null || seen.has(value) || depth > 3) return;
    seen.add(value);
    if (isSdkClient(value)) {
      adapters++;
      found(value);
      return;
    }
    if (whenLoaded(value, (adapter) => visit(adapter, 1))) {
      adapters++;
      return;
    }
    for (const child of Object.values(value)) visit(child, depth + 1);
  };
  for (const adapter of Object.values(deps)) visit(adapter, 0);
  return adapters;
}

/**
 * Counts every AWS call the app makes with a middleware on each SDK client, at the initialize step
 * (once per command, however many times the SDK retries it). For the `wrap` hook of startLocalStack.
 */
export function awsCallRecorder() {
  const calls: AwsCall[] = [];
  const recorded = new Set<unknown>();
  const record = (client: SdkClient) => {
    if (recorded.has(client.middlewareStack)) return;
    recorded.add(client.middlewareStack);
    client.middlewareStack.add(
      (next: (args: unknown) => Promise<unknown>, context: { clientName?: string; commandName?: string }) =>
        async (args: unknown) => {
          const call: AwsCall = { client: context.clientName ?? "?", command: context.commandName ?? "?", start: performance.now(), end: Number.NaN };
          if (TRACE) call.site = siteOf(new Error().stack);
          calls.push(call);
          try {
            return await next(args);
          } finally {
            call.end = performance.now();
          }
        },
      { step: "initialize", name: "benchAwsCallRecorder", override: true },
    );
  };
  const wrap = (deps: AppDeps): AppDeps => {
    if (onClientsIn(deps, record) === 0) throw new Error("no AWS SDK client found in the app's adapters");
    return deps;
  };
  return { wrap, calls };
}

/**
 * The longest chain of calls that ran one after another (each starting after the previous ended):
 * what a request waits for, however many calls run beside it.
 */
export function criticalPath(calls: readonly AwsCall[]): number {
  const byEnd = [...calls].sort((a, b) => a.end - b.end);
  const longest: number[] = [];
  byEnd.forEach((call, i) => {
    let best = 0;
    for (let j = 0; j < i; j++) if (byEnd[j]!.end <= call.start) best = Math.max(best, longest[j]!);
    longest.push(best + 1);
  });
  return Math.max(0, ...longest);
}
