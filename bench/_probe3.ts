import { startLocalStack } from "../infra/local-stack.ts";
process.env["AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED"] = "true";
const stack = await startLocalStack({ ports: { app: 0, dynamodb: 0, ses: 0, scheduler: 0 }, env: { TABLE_NAME: "coffeechat-bench", LOG_LEVEL: "SILENT" }, clock: () => 0 });
try {
  const d = stack.deps;
  for (let i = 0; i < 300; i++) await d.store.getHost("demo");
  let c0 = process.cpuUsage(); await new Promise((r) => setTimeout(r, 3000)); let u = process.cpuUsage(c0);
  console.log("idle 3s cpu ms", (u.user + u.system) / 1000);
  c0 = process.cpuUsage(); const t0 = performance.now();
  for (let i = 0; i < 2000; i++) await d.store.getHost("demo");
  u = process.cpuUsage(c0);
  console.log("getHost cpu/call", (u.user + u.system) / 1000 / 2000, "wall/call", (performance.now() - t0) / 2000);
} finally { await stack.stop(); }
