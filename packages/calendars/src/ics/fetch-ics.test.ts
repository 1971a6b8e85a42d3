import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startIcsServer, type IcsServer } from "../../../../infra/local/ics-server.ts";
import { LIMITS } from "../net/guarded-request.ts";
import { fetchIcs } from "./fetch-ics.ts";

let server: IcsServer;
beforeAll(async () => {
  server = await startIcsServer();
});
afterAll(() => server.stop());

const local = { allowLoopback: true };
const strict = { allowLoopback: false };

describe("fetchIcs", () => {
  it("fetches a feed with its validators, and sends them back for a 304", async () => {
    const first = await fetchIcs(`${server.url}/outlook.ics`, local);
    expect(first).toMatchObject({ status: "ok", lastModified: "Sun, 01 Mar 2026 12:00:00 GMT" });
    if (first.status !== "ok") throw new Error("expected a feed");
    expect(first.text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(first.etag).toMatch(/^".+"$/);
    expect(await fetchIcs(`${server.url}/outlook.ics`, local, { etag: first.etag })).toEqual({ status: "not-modified" });
    expect(await fetchIcs(`${server.url}/outlook.ics`, local, { lastModified: first.lastModified })).toEqual({ status: "not-modified" });
    expect(server.requests.at(-2)).toMatchObject({ path: "/outlook.ics", ifNoneMatch: first.etag });
    expect(server.requests.at(-1)).toMatchObject({ path: "/outlook.ics", ifModifiedSince: first.lastModified });
  });

  it("follows up to three redirects and no more", async () => {
    const hop = (to: string) => `${server.url}/_test/redirect/302?to=${encodeURIComponent(to)}`;
    expect(await fetchIcs(hop(hop(hop(`${server.url}/google.ics`))), local)).toMatchObject({ status: "ok" });
    await expect(fetchIcs(hop(hop(hop(hop(`${server.url}/google.ics`)))), local)).rejects.toMatchObject({ code: "CALENDAR_UNREACHABLE" });
  });

  it("names what failed: not a calendar, too large, timeout, refused, unreachable", async () => {
    await expect(fetchIcs(`${server.url}/_test/html`, local)).rejects.toMatchObject({ code: "CALENDAR_INVALID" });
    await expect(fetchIcs(`${server.url}/_test/big?mb=11`, local)).rejects.toMatchObject({ code: "CALENDAR_TOO_LARGE" });
    expect(LIMITS).toEqual({ timeoutMs: 10_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 3 });
    await expect(fetchIcs(`${server.url}/_test/slow`, local, {}, { timeoutMs: 300 })).rejects.toMatchObject({ code: "CALENDAR_TIMEOUT" });
    await expect(fetchIcs(`${server.url}/_test/status/401`, local)).rejects.toMatchObject({ code: "CALENDAR_AUTH_FAILED" });
    await expect(fetchIcs(`${server.url}/_test/status/404`, local)).rejects.toMatchObject({ code: "CALENDAR_UNREACHABLE" });
    await expect(fetchIcs("ftp://example.com/cal.ics", local)).rejects.toMatchObject({ code: "CALENDAR_INVALID" });
    await expect(fetchIcs("file:///etc/passwd", local)).rejects.toMatchObject({ code: "CALENDAR_INVALID" });
    await expect(fetchIcs("not a url", local)).rejects.toMatchObject({ code: "CALENDAR_INVALID" });
    // A port nothing listens on.
    await expect(fetchIcs("http://127.0.0.1:9/cal.ics", local)).rejects.toMatchObject({ code: "CALENDAR_UNREACHABLE" });
  });
});

describe("the SSRF guard", () => {
  it("refuses loopback, by literal and by name, without the local switch, and never connects", async () => {
    const before = server.requests.length;
    await expect(fetchIcs(`${server.url}/google.ics`, strict)).rejects.toMatchObject({ code: "CALENDAR_ADDRESS_REFUSED" });
    await expect(fetchIcs(`${server.url.replace("127.0.0.1", "localhost")}/google.ics`, strict)).rejects.toMatchObject({ code: "CALENDAR_ADDRESS_REFUSED" });
    await expect(fetchIcs(`${server.url.replace("127.0.0.1", "[::1]")}/google.ics`, strict)).rejects.toMatchObject({ code: "CALENDAR_ADDRESS_REFUSED" });
    // WHATWG URL reads 2130706433 and 0x7f.1 as 127.0.0.1 before the guard sees the host.
    await expect(fetchIcs(`${server.url.replace("127.0.0.1", "2130706433")}/google.ics`, strict)).rejects.toMatchObject({ code: "CALENDAR_ADDRESS_REFUSED" });
    await expect(fetchIcs(`${server.url.replace("127.0.0.1", "0x7f.1")}/google.ics`, strict)).rejects.toMatchObject({ code: "CALENDAR_ADDRESS_REFUSED" });
    expect(server.requests.length).toBe(before);
  });

  it.each([
    ["the metadata service", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"],
    ["the v6 metadata service", "http://[fd00:ec2::254]/latest/meta-data/"],
    ["a private address", "http://10.0.0.5/cal.ics"],
    ["a 192.168 address", "https://192.168.1.1/cal.ics"],
    ["CGNAT", "http://100.64.0.1/cal.ics"],
    ["link-local v6", "http://[fe80::1]/cal.ics"],
    ["IPv4-mapped loopback", "http://[::ffff:127.0.0.1]/cal.ics"],
    ["IPv4-mapped metadata", "http://[::ffff:a9fe:a9fe]/cal.ics"],
    ["the unspecified address", "http://0.0.0.0/cal.ics"],
  ])("refuses %s, even with loopback allowed", async (_what, url) => {
    await expect(fetchIcs(url, local)).rejects.toMatchObject({ code: "CALENDAR_ADDRESS_REFUSED" });
  });

  it("re-checks each redirect: a feed that redirects to a private or metadata address is refused", async () => {
    for (const target of ["http://169.254.169.254/latest/meta-data/", "http://10.1.2.3/cal.ics", "http://[fd00:ec2::254]/"]) {
      await expect(fetchIcs(`${server.url}/_test/redirect/301?to=${encodeURIComponent(target)}`, local)).rejects.toMatchObject({
        code: "CALENDAR_ADDRESS_REFUSED",
      });
    }
  });
});
