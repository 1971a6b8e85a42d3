import { join, relative } from "node:path";
import { localDynamoOptions, localPorts } from "./local-env.ts";
import { startDynamoDbLocal } from "./local/dynamodb.ts";
import { assertPortsFree } from "./local/ports.ts";

const dataDir = process.env["DATA_DIR"] ?? join(import.meta.dirname, "..", ".data");
const shownDataDir = `${relative(process.cwd(), dataDir) || "."}/`;

// The SDK warns on every start that Node 20 support ends in 2027; the project pins Node 20 knowingly.
process.env["AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED"] ??= "true";

async function main() {
  const ports = localPorts(process.env);
  await assertPortsFree(ports);
  console.log("Starting DynamoDB Local, SES v2 local and the Scheduler emulator…");
  // The JVM takes longest: it is spawned before the rest of the stack, and the app, are even loaded.
  const dynamo = startDynamoDbLocal(localDynamoOptions({ ports, dataDir }));
  dynamo.catch(() => undefined); // its failure is reported by startLocalStack, which awaits it
  const { startLocalStack } = await import("./local-stack.ts");
  const stack = await startLocalStack({ dataDir, ports, dynamo });
  // Loaded with the app by now; a static import would load all of core before DynamoDB Local is spawned.
  const { demoHost } = await import("./demo.ts");
  console.log(`
coffeechat is running.

  Booking link   ${stack.appUrl}/demo/coffee
  Sign in        ${stack.appUrl}/signin   as the demo host with ${demoHost.email}, or as yourself with any address:
                 the link and the code arrive in the local inbox
  Local inbox    ${stack.inboxUrl}   (every email the service sends lands here)
  Calendars      ${stack.appUrl}/settings/calendars   (ICS and CalDAV on 127.0.0.1 allowed here: ALLOW_PRIVATE_CALENDAR_HOSTS=1)
  Health         ${stack.appUrl}/health
  API docs       ${stack.appUrl}/api/v1/openapi.json
  Schedules      ${stack.schedulerUrl}/_local/schedules
  Run the future curl -X POST '${stack.schedulerUrl}/_local/fire?until=2030-01-01T00:00:00Z'

Data lives in ${shownDataDir} and survives a restart. Press Ctrl-C to stop.`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping…`);
    await stack.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
