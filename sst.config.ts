import type { SSTConfig } from "sst";
import { lambdaBundling } from "./stacks/bundling/index.ts";
import { Coffeechat } from "./stacks/Coffeechat.ts";

export default {
  config() {
    return { name: "coffeechat", region: process.env.AWS_REGION ?? "us-east-1" };
  },
  stacks(app) {
    app.setDefaultFunctionProps({
      runtime: "nodejs20.x",
      architecture: "arm_64",
      // SST turns X-Ray on by default, which grants xray:Put* on Resource "*"; we keep IAM exact.
      tracing: "disabled",
      nodejs: lambdaBundling,
    });
    app.stack(Coffeechat);
  },
} satisfies SSTConfig;
