import { createDynamoClients, type TableContext } from "@coffeechat/aws";

/**
 * What every one-off backfill script shares: the table from TABLE_NAME, a DynamoDB client (AWS, or
 * DYNAMODB_ENDPOINT locally), the backfill, and its one-line report.
 */
export async function runBackfill(backfill: (ctx: TableContext) => Promise<string>): Promise<void> {
  const tableName = process.env["TABLE_NAME"];
  if (!tableName) {
    console.error("TABLE_NAME is required: the table the stack created (stack output TableName), or coffeechat locally.");
    process.exit(2);
  }
  // The project stays on Node 20 (see the README); the SDK's notice about 2027 would bury the report.
  process.env["AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED"] ??= "true";
  const { doc } = createDynamoClients({ endpoint: process.env["DYNAMODB_ENDPOINT"], region: process.env["AWS_REGION"] ?? "us-east-1" });
  try {
    console.log(await backfill({ doc, tableName }));
  } finally {
    doc.destroy();
  }
}
