import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";

export interface IcsServer {
  url: string;
  /** Requests seen, with the validators they sent, newest last. */
  requests: { path: string; ifNoneMatch?: string; ifModifiedSince?: string }[];
  stop(): Promise<void>;
}

export const FIXTURE_DIR = join(import.meta.dirname, "../../test/fixtures/calendars");
const LAST_MODIFIED = "Sun, 01 Mar 2026 12:00:00 GMT";

/**
 * Serves the ICS fixtures (exports shaped like Google, Outlook, Apple and Proton) on 127.0.0.1 as
 * calendar hosts do: ETag and Last-Modified, 304 to a matching If-None-Match or If-Modified-Since.
 * Under /_test/ it also misbehaves on purpose, for the fetcher's limits: redirects, a feed that
 * never answers, one that is too large, an HTML page and any status.
 */
export async function startIcsServer(options: { port?: number; dir?: string } = {}): Promise<IcsServer> {
  const dir = options.dir ?? FIXTURE_DIR;
  const feeds = new Map(readdirSync(dir).filter((f) => f.endsWith(".ics")).map((f) => [`/${f}`, readFileSync(join(dir, f))]));
  const requests: IcsServer["requests"] = [];
  const hanging = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const ifNoneMatch = req.headers["if-none-match"];
    const ifModifiedSince = req.headers["if-modified-since"];
    requests.push({ path: url.pathname, ...(ifNoneMatch ? { ifNoneMatch } : {}), ...(ifModifiedSince ? { ifModifiedSince } : {}) });
    const feed = feeds.get(url.pathname);
    if (feed) {
      const etag = `"${createHash("sha256").update(feed).digest("base64url").slice(0, 16)}"`;
      const fresh = ifNoneMatch ? ifNoneMatch === etag : ifModifiedSince === LAST_MODIFIED;
      res.writeHead(fresh ? 304 : 200, { etag, "last-modified": LAST_MODIFIED, "content-type": "text/calendar; charset=utf-8", "cache-control": "private, max-age=0" });
      return res.end(fresh ? undefined : feed);
    }
    const test = /^\/_test\/(redirect|slow|big|html|status)(?:\/(\d+))?$/.exec(url.pathname);
    switch (test?.[1]) {
      case "redirect":
        res.writeHead(Number(test[2] ?? 302), { location: url.searchParams.get("to") ?? "/" });
        return res.end();
      case "slow":
        hanging.add(res); // answers never; the client's time limit ends it
        return;
      case "big": {
        res.writeHead(200, { "content-type": "text/calendar" });
        const chunk = Buffer.alloc(1024 * 1024, "X");
        const megabytes = Number(url.searchParams.get("mb") ?? 11);
        let sent = 0;
        const more = () => {
          while (sent < megabytes) {
            sent++;
            if (!res.write(sent === 1 ? Buffer.concat([Buffer.from("BEGIN:VCALENDAR\r\n"), chunk]) : chunk)) return void res.once("drain", more);
          }
          res.end();
        };
        res.on("close", () => (sent = megabytes));
        return more();
      }
      case "html":
        res.writeHead(200, { "content-type": "text/html" });
        return res.end("<!doctype html><title>Sign in</title>");
      case "status":
        res.writeHead(Number(test[2]));
        return res.end();
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
