import { backfillGuestChats, createDynamoClients } from "@coffeechat/aws";

/**
 * One-off: requests stored before gsi2 existed come into their guests' journals.
 *   TABLE_NAME=<table> [AWS_REGION=…] [DYNAMODB_ENDPOINT=http://127.0.0.1:8000] npx tsx infra/backfill-guest-chats.ts
 */
const tableName = process.env["TABLE_NAME"];
if (!tableName) {
  console.error("TABLE_NAME is required: the table the stack created (stack output TableName), or coffeechat locally.");
  process.exit(2);
}
const { doc } = createDynamoClients({ endpoint: process.env["DYNAMODB_ENDPOINT"], region: process.env["AWS_REGION"] ?? "us-east-1" });
const { scanned, added } = await backfillGuestChats({ doc, tableName });
console.log(`Requests without the journal's key: ${scanned}; given it (their guests confirmed their address): ${added}.`);
doc.destroy();
