import { startLocalStack } from "../infra/local-stack.ts";
process.env["AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED"] = "true";
const stack = await startLocalStack({ ports: { app: 0, dynamodb: 0, ses: 0, scheduler: 0 }, env: { TABLE_NAME: "coffeechat-bench", LOG_LEVEL: "SILENT" }, clock: () => 0 });
try {
  const d = stack.deps;
  for (let i = 0; i < 300; i++) await d.store.getHost("demo");
  const { Session } = await import("node:inspector/promises");
  const s = new Session(); s.connect(); await s.post("Profiler.enable"); await s.post("Profiler.start");
  const c0 = process.cpuUsage();
  for (let i = 0; i < 2000; i++) await d.store.getHost("demo");
  const u = process.cpuUsage(c0);
  const { profile } = await s.post("Profiler.stop");
  (await import("node:fs")).writeFileSync("/tmp/pp/gethost.cpuprofile", JSON.stringify(profile));
  console.log("cpu per call ms", (u.user + u.system) / 1000 / 2000, "user", u.user/2000000, "sys", u.system/2000000);
} finally { await stack.stop(); }
