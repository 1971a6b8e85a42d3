import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "./local/free-port.ts";

let taken: Server;
let takenPort: number;
let scratch: string;

beforeAll(async () => {
  taken = createServer();
  await new Promise<void>((resolve) => taken.listen({ port: 0, host: "127.0.0.1" }, resolve));
  takenPort = (taken.address() as { port: number }).port;
  scratch = mkdtempSync(path.join(tmpdir(), "coffeechat-start-"));
});
afterAll(async () => {
  await new Promise((r) => taken.close(r));
  rmSync(scratch, { recursive: true, force: true });
});

/** `npm start` as a person runs it (tsx infra/start.ts), with the ports and data folder given. */
function start(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "start.ts")], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr.on("data", (c: Buffer) => (output += c.toString()));
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, output })));
}

describe("npm start on a port that is taken", () => {
  it("refuses before starting anything, naming the port and the variable that moves it", async () => {
    const dataDir = path.join(scratch, "data");
    const ports = { PORT: await freePort(), DYNAMODB_PORT: takenPort, SES_PORT: await freePort(), SCHEDULER_PORT: await freePort() };
    const { code, output } = await start({ ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])), DATA_DIR: dataDir });
    expect(code).toBe(1);
    expect(output).toContain(`Port ${takenPort} is already in use, so DynamoDB Local cannot listen there`);
    expect(output).toContain(`DYNAMODB_PORT=${takenPort + 1} npm start`);
    expect(output).not.toContain("coffeechat is running");
    // Nothing was started or written: no data folder, and the other ports are still free.
    expect(existsSync(dataDir)).toBe(false);
    for (const port of [ports.PORT, ports.SES_PORT, ports.SCHEDULER_PORT]) {
      await new Promise<void>((resolve, reject) => {
        const probe = createServer().once("error", reject);
        probe.listen({ port, host: "127.0.0.1" }, () => probe.close(() => resolve()));
      });
    }
  });
});
