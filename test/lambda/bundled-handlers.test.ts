import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import esbuild from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { esbuildOptionsAsSstDeploys, lambdaBundling } from "../../stacks/bundling/index.ts";
import { apiEvent } from "../support/lambda-events.ts";
import { json, requestBody, startTestStack, type TestStack } from "../support/stack.ts";

/**
 * The three Lambdas bundled exactly as deployed (minified, split, zod's English only), each run
 * in a fresh Node process against the local stack: what is left out at start must still load
 * when a request needs it.
 */
let stack: TestStack;
let outdir: string;

beforeAll(async () => {
  stack = await startTestStack();
  outdir = mkdtempSync(path.join(tmpdir(), "coffeechat-bundled-"));
  for (const name of ["http", "followup", "ses-events"]) {
    await esbuild.build(esbuildOptionsAsSstDeploys(lambdaBundling, `packages/functions/src/lambda/${name}.ts`, path.join(outdir, name)));
  }
}, 120_000);
afterAll(async () => {
  await stack?.stop();
  if (outdir) rmSync(outdir, { recursive: true, force: true });
});

// The handlers log to stdout too; the result follows this mark.
const MARK = "@@result@@";
const DRIVER = `
const { handler } = await import(process.env.BUNDLE);
const result = await handler(JSON.parse(process.env.EVENT), {});
process.stdout.write(${JSON.stringify(`\n${MARK}`)} + JSON.stringify(result ?? null));
`;

/** One cold start: a new process imports the bundle and hands it one event. */
async function invoke<T>(name: string, event: unknown): Promise<T> {
  const { TOKEN_SECRET, ...env } = stack.env;
  const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", DRIVER], {
    env: {
      ...process.env,
      ...env,
      SST_Secret_value_TOKEN_SECRET: TOKEN_SECRET,
      LOG_LEVEL: "SILENT",
      BUNDLE: path.join(outdir, name, `${name}.mjs`),
      EVENT: JSON.stringify(event),
    },
  });
  return JSON.parse(stdout.slice(stdout.lastIndexOf(MARK) + MARK.length)) as T;
}

type HttpResult = { statusCode: number; body: string; headers: Record<string, string> };

describe("the bundled HTTP Lambda", () => {
  it("answers the API and the booking page", async () => {
    const link = await invoke<HttpResult>("http", apiEvent("GET", "/api/v1/links/demo/coffee"));
    expect(link.statusCode).toBe(200);
    expect(JSON.parse(link.body).host.name).toBe("Dana Rivera");
    const page = await invoke<HttpResult>("http", apiEvent("GET", "/demo/coffee"));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Dana Rivera");
  });

  it.each([
    ["/signin", 200],
    ["/dashboard", 303],
    ["/journal", 303],
    ["/a/not-a-token", 403],
    ["/ical/not-a-feed.ics", 404],
  ])("loads the group under %s on its own cold start: %i, not a 500", async (route, status) => {
    const res = await invoke<HttpResult>("http", apiEvent("GET", route));
    expect(res.statusCode).toBe(status);
  });

  it("refuses bad input with zod's English messages naming the field", async () => {
    const bad = await invoke<HttpResult>("http", apiEvent("POST", "/api/v1/links/demo/coffee/requests", json(requestBody("soon", { email: "x" })).body));
    expect(bad.statusCode).toBe(400);
    const issues = JSON.parse(bad.body).error.issues as { path: string; message: string }[];
    expect(issues.map((i) => i.path)).toEqual(expect.arrayContaining(["start", "email"]));
    expect(issues.find((i) => i.path === "email")!.message).toMatch(/email/i);
  });

  it("takes a request and sends the guest's email, loading the mail composer on first use", async () => {
    const slots = (await (await fetch(stack.url(`/api/v1/links/demo/coffee/slots?${weekAhead()}`))).json()) as { slots: { start: string }[] };
    const start = slots.slots.at(-1)!.start;
    const body = requestBody(start, { email: "bundled@example.com" });
    const res = await invoke<HttpResult>("http", apiEvent("POST", "/api/v1/links/demo/coffee/requests", json(body).body));
    expect(res.statusCode).toBe(202);
    const mail = (await stack.emails()).filter((e) => e.destination.to.some((to) => to.includes("bundled@example.com")));
    expect(mail).toHaveLength(1);
  });
});

describe("the bundled follow-up and SES-events Lambdas", () => {
  it("drop a malformed follow-up and record a complaint", async () => {
    await expect(invoke("followup", { hello: "world" })).resolves.toBeNull();
    const message = JSON.stringify({ eventType: "Complaint", complaint: { complainedRecipients: [{ emailAddress: "bundled-no@example.com" }] } });
    await expect(invoke("ses-events", { Records: [{ Sns: { Message: message } }] })).resolves.toBeNull();
    expect(await stack.deps.store.isSuppressed("bundled-no@example.com")).toBe(true);
  });
});

/** The slots query for the coming week in UTC, which the real clock of the bundle also sees. */
function weekAhead(): string {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  return new URLSearchParams({ from: day(1), to: day(8), timeZone: "UTC" }).toString();
}
