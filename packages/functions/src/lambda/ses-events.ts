import type { SNSEvent } from "aws-lambda";
import { createDynamoClients, DynamoChatStore } from "@coffeechat/aws";
import { createLogger } from "../http/logger.ts";
import { createSesEventsJob } from "../jobs/ses-events-job.ts";

// This function is given only TABLE_NAME (and may only write to the table), so it builds just the store.
const tableName = process.env["TABLE_NAME"];
if (!tableName) throw new Error("Invalid configuration: TABLE_NAME is required");
const { doc } = createDynamoClients({
  region: process.env["AWS_REGION"] ?? "us-east-1",
  endpoint: process.env["DYNAMODB_ENDPOINT"],
});
const job = createSesEventsJob(new DynamoChatStore({ client: doc, tableName }), createLogger(), () => Date.now());

/** SES bounce and complaint events, published by the configuration set to SNS. */
export const handler = async (event: SNSEvent) => job(event);
