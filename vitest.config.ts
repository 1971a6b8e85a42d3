import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["packages/*/src/**/*.test.{ts,tsx}", "infra/**/*.test.ts", "test/**/*.test.{ts,tsx}"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Servers started by tests bind fixed-free ports; two cores run two files at a time.
    pool: "forks",
    maxWorkers: 2,
    // The SDK's notice that Node 20 support ends in 2027 would repeat in every test file.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
  },
});
