import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["packages/*/src/**/*.test.{ts,tsx}", "infra/**/*.test.ts", "test/**/*.test.{ts,tsx}"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Servers started by tests bind fixed-free ports; two cores run two files at a time.
    pool: "forks",
    maxWorkers: 2,
  },
});
