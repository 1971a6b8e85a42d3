/**
 * `npm run bench`: every benchmark, one process each so none warms or loads another, then the
 * figures that have a goal, together. Prints figures; asserts nothing, fails only if a benchmark
 * cannot run.
 */
import { spawn } from "node:child_process";
import path from "node:path";

const BENCHES = ["slots", "calendars", "calendar-slots", "bundle", "booking-page", "requests", "start"].map((name) => `${name}.bench.ts`);

function run(file: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, file)], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    const lines: string[] = [];
    let context = "";
    let pending = "";
    child.stdout.on("data", (chunk: Buffer) => {
      process.stdout.write(chunk);
      pending += chunk.toString();
      const complete = pending.split("\n");
      pending = complete.pop() ?? "";
      for (const line of complete) {
        // A goal line reads best under the heading it belongs to (an unindented line).
        if (line && !line.startsWith(" ")) context = line.replace(/[:;].*$/, "");
        if (line.includes("(goal ")) lines.push(`${context} — ${line.trim()}`);
      }
    });
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve(lines) : reject(new Error(`${file} exited with ${code}`))));
  });
}

const goals: string[] = [];
for (const file of BENCHES) {
  console.log(`\n━━ ${file}`);
  goals.push(...(await run(file)));
}
console.log(`\n━━ Goals (issue #10)\n${goals.map((g) => `  ${g}`).join("\n")}`);
