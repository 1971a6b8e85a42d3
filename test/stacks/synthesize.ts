import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Template } from "aws-cdk-lib/assertions";
import { App, getStack } from "sst/constructs";
import { initProject, useProject } from "sst/project.js";
import config from "../../sst.config.ts";
import { Coffeechat } from "../../stacks/Coffeechat.ts";

export const TEST_ACCOUNT = "123456789012";
export const TEST_REGION = "us-east-1";

// Variables a developer's .env.<stage> may set; the tests assert the defaults.
const DEPLOY_TIME_VARIABLES = [
  "SENDER_EMAIL",
  "APP_URL",
  "RATE_LIMIT_REQUESTS_PER_MINUTE",
  "RATE_LIMIT_PER_EMAIL_PER_HOUR",
];

/**
 * Synthesizes the app the way `sst deploy` does (sst.config.ts's stacks, then app.finish(), which
 * bundles the handlers), offline: NODE_ENV=test makes SST skip its bootstrap and AWS lookups.
 */
export async function synthesizeCoffeechat(): Promise<Template> {
  process.env.NODE_ENV = "test";
  await initProject({ stage: "test" });
  for (const name of DEPLOY_TIME_VARIABLES) delete process.env[name];
  isolateBuildOutput();
  const app = new App({
    mode: "deploy",
    stage: "test",
    name: "coffeechat",
    region: TEST_REGION,
    account: TEST_ACCOUNT,
  });
  await config.stacks(app);
  await app.finish();
  return Template.fromStack(getStack(Coffeechat));
}

let buildOutput: string | undefined;

// Each test process bundles into its own directory, so parallel test files never share artifacts.
function isolateBuildOutput(): void {
  const paths = useProject().paths;
  buildOutput = mkdtempSync(path.join(tmpdir(), "coffeechat-sst-"));
  paths.out = buildOutput;
  paths.artifacts = path.join(buildOutput, "artifacts");
}

/** Where SST put each function's bundle: artifacts/<construct address>/<handler path>.mjs and its chunks. */
export function artifactsDir(): string {
  if (!buildOutput) throw new Error("synthesizeCoffeechat() first");
  return useProject().paths.artifacts;
}

export function removeBuildOutput(): void {
  if (buildOutput) rmSync(buildOutput, { recursive: true, force: true });
  buildOutput = undefined;
}
