import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { startChild, waitUntilReady } from "./child.ts";
import { freePort } from "./free-port.ts";

/** An email as aws-ses-v2-local keeps it in GET /store: the raw MIME is parsed (mailparser), not kept. */
export interface StoredEmail {
  messageId: string;
  from: string;
  replyTo: string[];
  destination: { to: string[]; cc: string[]; bcc: string[] };
  subject: string;
  body: { html?: string; text?: string };
  /** Non-inline parts, e.g. an invite.ics; content is base64. */
  attachments: { content: string; contentType: string; filename?: string; size: number }[];
  headers?: { name: string; value: string }[];
  /** Epoch seconds. */
  at: number;
}

export interface SesLocal {
  endpoint: string;
  port: number;
  /** JSON of every email received: { emails: StoredEmail[] }. */
  storeUrl: string;
  /** The web inbox a person opens in a browser. */
  inboxUrl: string;
  messages(): Promise<StoredEmail[]>;
  clear(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Runs aws-ses-v2-local in its own process: its store is a module-level singleton, so two servers in
 * one process would share their mail. Bound to 127.0.0.1.
 */
/** What GetAccount answers locally (the /health check reads it): a production account that may send. */
const LOCAL_ACCOUNT = {
  DedicatedIpAutoWarmupEnabled: false,
  Details: {
    AdditionalContactEmailAddresses: [],
    ContactLanguage: "EN",
    MailType: "TRANSACTIONAL",
    ReviewDetails: { CaseId: "local", Status: "GRANTED" },
    UseCaseDescription: "coffeechat local development",
    WebsiteURL: "http://127.0.0.1",
  },
  EnforcementStatus: "HEALTHY",
  ProductionAccessEnabled: true,
  SendingEnabled: true,
  SendQuota: { Max24HourSend: 50000, MaxSendRate: 14, SentLast24Hours: 0 },
  SuppressionAttributes: { SuppressedReasons: [] },
};

export async function startSesLocal(options: { port?: number; startTimeoutMs?: number } = {}): Promise<SesLocal> {
  const port = options.port || (await freePort());
  const cli = join(dirname(createRequire(import.meta.url).resolve("aws-ses-v2-local/package.json")), "dist", "cli.js");
  // Without SMTP_TRANSPORT the server forwards nothing: every email stays in the local store.
  const { SMTP_TRANSPORT: _ignored, ...env } = process.env;
  const child = startChild(process.execPath, [cli, "--host", "127.0.0.1", "--port", String(port)], {
    env: { ...env, AWS_SES_ACCOUNT: JSON.stringify(LOCAL_ACCOUNT) },
  });
  const endpoint = `http://127.0.0.1:${port}`;
  await waitUntilReady(
    child,
    `aws-ses-v2-local on port ${port}`,
    async () => (await fetch(`${endpoint}/health-check`, { signal: AbortSignal.timeout(2_000) })).ok,
    options.startTimeoutMs ?? 20_000,
  );
  const storeUrl = `${endpoint}/store`;
  return {
    endpoint,
    port,
    storeUrl,
    inboxUrl: `${endpoint}/`,
    async messages() {
      const res = await fetch(storeUrl);
      if (!res.ok) throw new Error(`GET ${storeUrl} answered ${res.status}`);
      return ((await res.json()) as { emails: StoredEmail[] }).emails;
    },
    async clear() {
      const res = await fetch(`${endpoint}/clear-store`, { method: "POST" });
      if (!res.ok) throw new Error(`POST /clear-store answered ${res.status}`);
    },
    stop: () => child.stop(),
  };
}
