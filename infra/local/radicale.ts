import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { existsSync } from "node:fs";
import { startChild, waitUntilReady } from "./child.ts";
import { freePort } from "./free-port.ts";

export interface Radicale {
  /** The server's root; a user's calendars live under `${url}/${username}/`. */
  url: string;
  port: number;
  username: string;
  password: string;
  stop(): Promise<void>;
}

// Debian's radicale installs into the system interpreter, which a pyenv shim on PATH may hide.
const PYTHON = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

/**
 * Debian's Radicale (a real CalDAV server) on 127.0.0.1 and a free port, with its collections in a
 * temporary folder and one htpasswd user (plain: the file lives and dies with the test). stop()
 * ends exactly this process and removes the folder.
 */
export async function startRadicale(
  options: { username?: string; password?: string; startTimeoutMs?: number; /** The same port again: a server that was down comes back. */ port?: number } = {},
): Promise<Radicale> {
  const username = options.username ?? "dana";
  const password = options.password ?? "app-password-1234";
  const port = options.port ?? (await freePort());
  const dir = mkdtempSync(join(tmpdir(), "coffeechat-radicale-"));
  writeFileSync(join(dir, "users"), `${username}:${password}\n`, { mode: 0o600 });
  writeFileSync(
    join(dir, "config"),
    [
      "[server]", `hosts = 127.0.0.1:${port}`,
      "[auth]", "type = htpasswd", `htpasswd_filename = ${join(dir, "users")}`, "htpasswd_encryption = plain", "delay = 0",
      "[storage]", `filesystem_folder = ${join(dir, "collections")}`,
      "[rights]", "type = owner_only",
      "[logging]", "level = warning",
      "",
    ].join("\n"),
  );
  const child = startChild(PYTHON, ["-m", "radicale", "--config", join(dir, "config")], { cwd: dir });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await child.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(child, `Radicale on port ${port}`, () => answers(url), options.startTimeoutMs ?? 30_000);
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  return { url, port, username, password, stop };
}

function answers(url: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/.web/`, { timeout: 2_000 }, (res) => {
      res.resume();
      resolve((res.statusCode ?? 0) > 0);
    });
    req.on("error", reject);
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.end();
  });
}
