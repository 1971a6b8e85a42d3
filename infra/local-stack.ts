import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import { serve, type ServerType } from "@hono/node-server";
import type { AppDeps } from "@coffeechat/functions";
import { startDynamoDbLocal, type DynamoDbLocal } from "./local/dynamodb.ts";
import { startSesLocal } from "./local/ses.ts";
import { startSchedulerEmulator } from "./scheduler/index.ts";
import { localAppEnv, localDynamoOptions, localSecret } from "./local-env.ts";

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
  /**
   * DynamoDB Local already starting on ports.dynamodb (and dataDir/dynamodb): `npm start` spawns the
   * JVM, the slowest part, before it loads this module.
   */
  dynamo?: Promise<DynamoDbLocal>;
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

/** The app and what it needs beside the servers: loaded while the servers start (see startLocalStack). */
async function loadApp() {
  const [functions, aws, table, demo] = await Promise.all([
    import("@coffeechat/functions"),
    import("@coffeechat/aws"),
    import("./local/table.ts"),
    import("./demo.ts"),
  ]);
  return { ...functions, createDynamoClients: aws.createDynamoClients, ensureTable: table.ensureTable, seedDemo: demo.seedDemo };
}

/**
 * DynamoDB Local, SES v2 local and the Scheduler emulator, wired to the same app that runs on Lambda.
 * The three servers start at once, and the app's modules load while they do: the JVM takes longest,
 * so it is spawned before anything else is imported.
 */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
  };
  try {
    if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
    // The emulator needs the follow-up job, which needs the app's config: bind it late.
    let runJob: ((input: string | undefined) => Promise<void>) | undefined;
    const clock = options.clock ?? (() => Date.now());
    const [dynamo, ses, scheduler, app] = await allStarted(stops, [
      options.dynamo ?? startDynamoDbLocal(localDynamoOptions(options)),
      startSesLocal({ port: options.ports.ses }),
      startSchedulerEmulator({
        port: options.ports.scheduler,
        ...(options.dataDir ? { dataFile: join(options.dataDir, "schedules.json") } : {}),
        now: clock,
        ...(options.schedulerRetryDelayMs !== undefined ? { retryDelayMs: () => options.schedulerRetryDelayMs! } : {}),
        invoke: async (_arn, input) => {
          if (!runJob) throw new Error("follow-up job not ready");
          await runJob(input);
        },
      }),
      loadApp(),
    ] as const);

    const server = await listen(options.ports.app);
    stops.push(server.close);
    const appUrl = `http://127.0.0.1:${server.port}`;
    const env = localAppEnv(
      options.env ?? process.env,
      { app: appUrl, dynamodb: dynamo.endpoint, ses: ses.endpoint, scheduler: scheduler.url },
      options.dataDir ? localSecret(options.dataDir) : "local-test-secret-".padEnd(48, "x"),
      // Calendar passwords are sealed under a local key: kept with the data, or thrown away with an in-memory stack.
      join(options.dataDir ?? inMemoryKeyDir(stops), "calendar-secrets.key"),
    );
    const config = app.parseConfig(env);
    const clients = app.createDynamoClients({ endpoint: dynamo.endpoint, region: config.AWS_REGION });
    await app.ensureTable(clients.client, config.TABLE_NAME);

    const composed = app.compose(config);
    const deps = (options.wrap ?? ((d) => d))({ ...composed, clock });
    await app.seedDemo(deps);
    const job = app.createFollowUpJob(deps);
    runJob = async (input) => job(JSON.parse(input ?? "{}"));
    server.attach(app.createApp(deps).fetch);

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

/**
 * Waits for every start; what started is registered for stopping even when another one failed,
 * then the first failure is thrown.
 */
async function allStarted<T extends readonly unknown[]>(
  stops: (() => Promise<void>)[],
  starting: { [K in keyof T]: Promise<T[K]> },
): Promise<T> {
  const settled = await Promise.allSettled(starting);
  for (const result of settled) {
    const value = result.status === "fulfilled" ? (result.value as { stop?: unknown }) : undefined;
    if (value && typeof value.stop === "function") stops.push(value.stop as () => Promise<void>);
  }
  const failed = settled.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failed) throw failed.reason;
  return settled.map((r) => (r as PromiseFulfilledResult<unknown>).value) as unknown as T;
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
  // Clients keep connections open between requests. With Node's 5 s default the server may close
  // one just as a busy machine's client reuses it (ECONNRESET in loaded test runs); a client's
  // own idle timeout must be the one that ends a connection.
  if (server && "keepAliveTimeout" in server) server.keepAliveTimeout = 65_000;
  return {
    port: bound,
    attach(fetch: (req: Request, env: unknown) => Response | Promise<Response>) {
      handler = fetch as typeof handler;
    },
    // Stopping ends every connection, not only idle ones: a client still sending a body the app
    // refused early (413) would otherwise hold the stop for the whole keep-alive.
    close: () =>
      new Promise<void>((resolve) => {
        if (!server) return resolve();
        server.close(() => resolve());
        if ("closeAllConnections" in server) server.closeAllConnections();
      }),
  };
}

/** In memory (tests): the calendar secrets' key in a temporary folder, removed with the stack like the data it sealed. */
function inMemoryKeyDir(stops: (() => Promise<void>)[]): string {
  const dir = mkdtempSync(join(tmpdir(), "coffeechat-keys-"));
  stops.push(async () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
