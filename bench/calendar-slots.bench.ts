/**
 * A guest's slots read with two calendars connected to the demo host (an ICS feed from the fixture
 * server and a Radicale CalDAV account, connected through the API), against the local stack in
 * memory. Prints the DynamoDB calls of one read, counted by a middleware on the app's SDK clients
 * (goal ≤ 3 for the slots themselves; resolving the public handle is one more), the requests sent to
 * calendar servers while reading (must be none: a read never waits on them), and the latency.
 * Asserts nothing. Run: npx tsx bench/calendar-slots.bench.ts
 */
import { startLocalStack } from "../infra/local-stack.ts";
import { startIcsServer } from "../infra/local/ics-server.ts";
import { startRadicale } from "../infra/local/radicale.ts";
import { HOST_EMAIL } from "../test/support/chat.ts";
import { signInMail } from "../test/support/accounts.ts";
import { pythonCaldav } from "../test/support/python-caldav.ts";
import { recordingMailer } from "../test/support/recording-mailer.ts";
import { awsCallRecorder } from "./support/aws-calls.ts";
import { againstGoal, machine, median, quantile } from "./support/stats.ts";

process.env["AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED"] ??= "true";
const READS = 30;

async function main() {
  const mail = recordingMailer();
  const aws = awsCallRecorder();
  const [stack, ics, radicale] = await Promise.all([
    startLocalStack({
      ports: { app: 0, dynamodb: 0, ses: 0, scheduler: 0 },
      env: { TABLE_NAME: "coffeechat-bench", LOG_LEVEL: "SILENT", RATE_LIMIT_REQUESTS_PER_MINUTE: "100000", RATE_LIMIT_PER_EMAIL_PER_HOUR: "100000" },
      wrap: (deps) => mail.wrap(aws.wrap(deps)),
    }),
    startIcsServer(),
    startRadicale(),
  ]);
  try {
    pythonCaldav(radicale).makeCalendar("work", "Work");
    const post = (path: string, body: unknown, cookie?: string) =>
      fetch(`${stack.appUrl}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: stack.appUrl, ...(cookie ? { cookie } : {}) },
        body: JSON.stringify(body),
      });
    await post("/api/v1/auth/start", { email: HOST_EMAIL });
    const { code } = await signInMail(mail, HOST_EMAIL);
    const verified = await post("/api/v1/auth/verify", { email: HOST_EMAIL, code });
    const cookie = verified.headers.getSetCookie()[0]!.split(";")[0]!;
    for (const body of [
      { kind: "ics", url: `${ics.url}/google.ics` },
      { kind: "caldav", url: radicale.url, username: radicale.username, password: radicale.password },
    ]) {
      const res = await post("/api/v1/me/calendars", body, cookie);
      if (res.status !== 201) throw new Error(`connect: ${res.status} ${await res.text()}`);
    }

    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const url = `${stack.appUrl}/api/v1/links/demo/coffee/slots?${new URLSearchParams({ from: day(1), to: day(31), timeZone: "UTC" })}`;
    const calls: number[] = [];
    const ms: number[] = [];
    let kinds = "";
    const calendarRequests = ics.requests.length;
    for (let i = 0; i < READS + 5; i++) {
      const first = aws.calls.length;
      const t0 = performance.now();
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`slots: ${res.status}`);
      if (i < 5) continue;
      ms.push(performance.now() - t0);
      const made = aws.calls.slice(first).filter((c) => c.client.startsWith("DynamoDB"));
      calls.push(made.length);
      kinds = made.map((c) => c.command.replace(/Command$/, "")).join(", ");
    }
    console.log(`Slots read (31 days) with two calendars connected (ICS + CalDAV), ${READS} reads; ${machine()}`);
    console.log(`  DynamoDB calls   ${median(calls)} per read: ${kinds}`);
    console.log(`  slots themselves ${againstGoal(median(calls) - 1, 3, "calls")} (the first call resolves the public handle /demo)`);
    console.log(`  calendar servers ${ics.requests.length - calendarRequests} requests during the reads (a read never waits on one)`);
    console.log(`  latency          median ${median(ms).toFixed(1)} ms, p99 ${quantile(ms, 0.99).toFixed(1)} ms`);
  } finally {
    await Promise.all([stack.stop(), ics.stop(), radicale.stop()]);
  }
}

await main();
