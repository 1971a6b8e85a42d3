import { createHash } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import PostalMime from "postal-mime";
import { json, requestBody } from "../support/stack.ts";
import { HOST_EMAIL, lastLinks } from "../support/chat.ts";
import { press } from "../support/links.ts";
import { useTestStack } from "../support/use-test-stack.ts";

const t = useTestStack({ now: "2026-12-01T12:00:00Z", env: { RATE_LIMIT_PER_EMAIL_PER_HOUR: "2" } });
const mail = t.mail;

const post = (body: unknown) => fetch(t.stack.url("/api/v1/links/demo/coffee/requests"), json(body));
const invitePart = (raw: string) => Buffer.from(/filename=invite\.ics[\s\S]*?\r\n\r\n([A-Za-z0-9+/=\r\n]+)/.exec(raw)![1]!, "base64").toString("utf8");

describe("the access log", () => {
  it("writes the action and the chat, never the link's token or signature", async () => {
    const guest = "logged@example.com";
    const info = vi.spyOn(t.stack.deps.logger, "info");
    try {
      expect((await post(requestBody("2026-12-08T15:00:00.000Z", { email: guest }))).status).toBe(202);
      const confirm = (await lastLinks(mail, guest))["confirm_email"]!;
      const token = confirm.split("/a/")[1]!;
      await fetch(confirm);
      await press(confirm);
      await fetch(`${confirm}x`);
      const lines = info.mock.calls.filter(([message]) => message === "request").map(([, fields]) => JSON.stringify(fields));
      expect(lines.length).toBeGreaterThanOrEqual(4);
      for (const line of lines) {
        expect(line).not.toContain(token.split(".")[0]!);
        expect(line).not.toContain(token.split(".")[1]!);
      }
      const id = Buffer.from(token.split(".")[0]!, "base64url").toString().split(".")[2]!;
      expect(lines).toContainEqual(expect.stringContaining(`"path":"/a/:token","action":"confirm_email","chatId":"${id}"`));
    } finally {
      info.mockRestore();
    }
  });
});

describe("pages", () => {
  it("send a Content-Security-Policy that runs no inline script but ours, by its hash", async () => {
    const res = await fetch(t.stack.url("/demo/coffee?tz=Europe/London"));
    const csp = res.headers.get("content-security-policy")!;
    const script = /<script>([\s\S]*?)<\/script>/.exec(await res.text())![1]!;
    const scriptSrc = /script-src ([^;]*)/.exec(csp)![1]!;
    const sources = scriptSrc.trim().split(/\s+/);
    expect(sources).toContain(`'sha256-${createHash("sha256").update(script).digest("base64")}'`);
    // Only hashes: no 'unsafe-inline', no host, so a script injected into a page cannot run.
    for (const source of sources) expect(source).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it("refuse a form posted from another site, even with a good token, and change nothing", async () => {
    const guest = "csrf@example.com";
    expect((await post(requestBody("2026-12-08T16:00:00.000Z", { email: guest }))).status).toBe(202);
    const confirm = (await lastLinks(mail, guest))["confirm_email"]!;
    const toHost = () => mail.sent.filter((m) => m.to === HOST_EMAIL).length;
    const before = toHost();
    const form = { method: "POST", body: new URLSearchParams(), redirect: "manual" as const };
    expect((await fetch(confirm, { ...form, headers: { origin: "https://evil.example" } })).status).toBe(403);
    expect((await fetch(confirm, form)).status).toBe(403);
    expect(toHost()).toBe(before);
    expect((await press(confirm)).status).toBe(303);
    expect(toHost()).toBe(before + 1);
  });

  it("'?done=1' on a link nobody used shows the chat as it is, not 'Done'", async () => {
    const accept = (await lastLinks(mail, HOST_EMAIL))["accept"]!;
    const page = await (await fetch(`${accept}?done=1`)).text();
    expect(page).not.toContain("Done.");
    expect(page).toContain("Accept</button>");
    const pressed = await press(accept);
    expect(await (await fetch(new URL(pressed.headers.get("location")!, accept))).text()).toContain("Done.");
  });
});

describe("names with bidi controls", () => {
  it("reach From, Subject and the invite without them", async () => {
    const guest = "bidi@example.com";
    const name = "Eve\u202Egnp.exe\u2066";
    expect((await post(requestBody("2026-12-09T15:00:00.000Z", { email: guest, name }))).status).toBe(202);
    await press((await lastLinks(mail, guest))["confirm_email"]!);
    const request = mail.sent.filter((m) => m.to === HOST_EMAIL).at(-1)!.raw;
    const parsed = await PostalMime.parse(request);
    expect(parsed.from?.name).toBe("Evegnp.exe via coffeechat");
    expect(parsed.subject).toContain("Evegnp.exe would like");
    await press((await lastLinks(mail, HOST_EMAIL))["accept"]!);
    const invite = invitePart(mail.sent.filter((m) => m.to === HOST_EMAIL).at(-1)!.raw);
    expect(invite).toContain("Evegnp.exe");
    expect(`${parsed.from?.name}${parsed.subject}${invite}`).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F]/);
  });
});

describe("the booking form and API", () => {
  it("refuse a filled honeypot without naming the field", async () => {
    const res = await post(requestBody("2026-12-09T16:00:00.000Z", { email: "bot@example.com", website: "http://spam.example" }));
    expect(res.status).toBe(400);
    expect(await res.text()).not.toMatch(/website/i);
    const form = await fetch(t.stack.url("/demo/coffee?tz=Europe/London"), {
      method: "POST",
      headers: { origin: t.stack.appUrl, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        ...requestBody("2026-12-09T16:00:00.000Z", { email: "bot@example.com" }),
        questions: "",
        links: "",
        ownQuestions: "What's a typical week like?",
        notAJob: "yes",
        website: "http://spam.example",
      } as Record<string, string>),
    });
    expect(form.status).toBe(400);
    const said = (await form.text()).match(/class="error"[^>]*>[^<]*|role="alert">[^<]*/g) ?? [];
    expect(said).toEqual(['role="alert">This request could not be accepted.']);
  });

  it("count +tags and Gmail's dots as one address in the per-email limit", async () => {
    const statuses: number[] = [];
    for (const [i, email] of ["kim.lee+a@gmail.com", "kimlee+b@googlemail.com", "k.i.m.l.e.e@gmail.com"].entries()) {
      statuses.push((await post(requestBody(`2026-12-1${i}T17:00:00.000Z`, { email }))).status);
    }
    expect(statuses.slice(0, 2)).toEqual([202, 202]);
    expect(statuses[2]).toBe(429);
  });
});
