import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";

export interface RunningChild {
  process: ChildProcess;
  /** The last few KB of stderr and stdout, for error messages when start-up fails. */
  output(): string;
  exited(): boolean;
  stop(): Promise<void>;
}

const KEEP = 8_000;

/** Spawns a server process, keeps the tail of its output, and stops exactly this process. */
export function startChild(command: string, args: string[], options: SpawnOptions = {}): RunningChild {
  const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
  let tail = "";
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString("utf8")).slice(-KEEP);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  let exited = false;
  // If this process dies without calling stop(), take the server down with it rather than orphan it.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  const exit = new Promise<void>((resolve) => {
    child.once("exit", () => {
      exited = true;
      process.removeListener("exit", killOnExit);
      resolve();
    });
    child.once("error", (e) => {
      keep(Buffer.from(`\n${e.message}`));
      exited = true;
      resolve();
    });
  });
  return {
    process: child,
    output: () => tail,
    exited: () => exited,
    async stop() {
      if (exited) return;
      child.kill("SIGTERM");
      // The JVM normally exits on SIGTERM within a second; never leave it behind.
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exit;
      clearTimeout(timer);
    },
  };
}

/** Polls `ready` until it resolves true, the child dies, or the timeout passes. */
export async function waitUntilReady(
  child: RunningChild,
  name: string,
  ready: () => Promise<boolean>,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = "";
  while (Date.now() < deadline) {
    if (child.exited()) throw new Error(`${name} exited during start-up:\n${child.output()}`);
    try {
      if (await ready()) return;
    } catch (e) {
      lastError = e instanceof Error ? e.message : String(e);
    }
    // Every poll saved is start-up time saved; a refused connection costs next to nothing.
    await new Promise((r) => setTimeout(r, 50));
  }
  await child.stop();
  throw new Error(`${name} did not become ready within ${timeoutMs} ms (last error: ${lastError || "none"}):\n${child.output()}`);
}
