import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import { serve, type ServerType } from "@hono/node-server";
import { createDynamoClients } from "@coffeechat/aws";
import { compose, createApp, createFollowUpJob, parseConfig, type AppDeps } from "@coffeechat/functions";
import { startDynamoDbLocal } from "./local/dynamodb.ts";
import { startSesLocal } from "./local/ses.ts";
import { ensureTable } from "./local/table.ts";
import { startSchedulerEmulator } from "./scheduler/index.ts";
import { seedDemo } from "./demo.ts";
import { localAppEnv, localSecret } from "./local-env.ts";

export interface LocalStackOptions {
  /** Where data lives across restarts; undefined keeps everything in memory (tests). */
  dataDir?: string;
  ports: { app: number; dynamodb: number; ses: number; scheduler: number };
  env?: NodeJS.ProcessEnv;
  /** The clock the app and the scheduler emulator share; tests move it forward. */
  clock?: () => number;
  /** Pause between a failed follow-up delivery and its retry (tests make it short). */
  schedulerRetryDelayMs?: number;
  /** Overrides applied to the composed adapters, e.g. a mailer that fails on purpose. */
  wrap?: (deps: AppDeps) => AppDeps;
}

export interface LocalStack {
  appUrl: string;
  inboxUrl: string;
  storeUrl: string;
  schedulerUrl: string;
  dynamoEndpoint: string;
  /** The environment the app was configured from: what the Lambda functions read on AWS. */
  env: Record<string, string>;
  deps: AppDeps;
  stop(): Promise<void>;
}

/** DynamoDB Local, SES v2 local and the Scheduler emulator, wired to the same app that runs on Lambda. */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
  };
  try {
    if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
    const dynamo = await startDynamoDbLocal({
      port: options.ports.dynamodb,
      ...(options.dataDir ? { dataDir: join(options.dataDir, "dynamodb") } : {}),
    });
    stops.push(dynamo.stop);
    const ses = await startSesLocal({ port: options.ports.ses });
    stops.push(ses.stop);

    // The emulator needs the follow-up job, which needs the app's config: bind it late.
    let runJob: ((input: string | undefined) => Promise<void>) | undefined;
    const clock = options.clock ?? (() => Date.now());
    const scheduler = await startSchedulerEmulator({
      port: options.ports.scheduler,
      ...(options.dataDir ? { dataFile: join(options.dataDir, "schedules.json") } : {}),
      now: clock,
      ...(options.schedulerRetryDelayMs !== undefined ? { retryDelayMs: () => options.schedulerRetryDelayMs! } : {}),
      invoke: async (_arn, input) => {
        if (!runJob) throw new Error("follow-up job not ready");
        await runJob(input);
      },
    });
    stops.push(scheduler.stop);

    const server = await listen(options.ports.app);
    const appUrl = `http://127.0.0.1:${server.port}`;
    const env = localAppEnv(
      options.env ?? process.env,
      { app: appUrl, dynamodb: dynamo.endpoint, ses: ses.endpoint, scheduler: scheduler.url },
      options.dataDir ? localSecret(options.dataDir) : "local-test-secret-".padEnd(48, "x"),
    );
    const config = parseConfig(env);
    const clients = createDynamoClients({ endpoint: dynamo.endpoint, region: config.AWS_REGION });
    await ensureTable(clients.client, config.TABLE_NAME);

    const composed = compose(config);
    const deps = (options.wrap ?? ((d) => d))({ ...composed, clock });
    await seedDemo(deps);
    const job = createFollowUpJob(deps);
    runJob = async (input) => job(JSON.parse(input ?? "{}"));
    server.attach(createApp(deps).fetch);
    stops.push(server.close);

    return {
      appUrl,
      inboxUrl: ses.inboxUrl,
      storeUrl: ses.storeUrl,
      schedulerUrl: scheduler.url,
      dynamoEndpoint: dynamo.endpoint,
      env,
      deps,
      stop: stopAll,
    };
  } catch (e) {
    await stopAll();
    throw e;
  }
}

/** Binds the port first so APP_URL is known before the app is built. */
async function listen(port: number) {
  let handler: ((req: Request, env: unknown) => Response | Promise<Response>) | undefined;
  let server: ServerType | undefined;
  const bound = await new Promise<number>((resolve, reject) => {
    server = serve(
      {
        port,
        hostname: "127.0.0.1",
        fetch: (req, env) => (handler ? handler(req, env) : new Response("starting", { status: 503 })),
      },
      (info: AddressInfo) => resolve(info.port),
    );
    server.once("error", reject);
  });
  return {
    port: bound,
    attach(fetch: (req: Request, env: unknown) => Response | Promise<Response>) {
      handler = fetch as typeof handler;
    },
    close: () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
  };
}
