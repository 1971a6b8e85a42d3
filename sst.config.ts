import type { SSTConfig } from "sst";
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
      nodejs: { format: "esm" },
    });
    app.stack(Coffeechat);
  },
} satisfies SSTConfig;
