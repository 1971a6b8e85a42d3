import { backfillLockStarts, createDynamoClients } from "@coffeechat/aws";

/**
 * One-off: slot locks written before they carried blockStart get it, so the booking page reads one
 * lock per chat for them too. Without it they are still read right, only whole; they expire a week
 * after their chat in any case.
 *   TABLE_NAME=<table> [AWS_REGION=…] [DYNAMODB_ENDPOINT=http://127.0.0.1:8000] npx tsx infra/backfill-lock-starts.ts
 */
const tableName = process.env["TABLE_NAME"];
if (!tableName) {
  console.error("TABLE_NAME is required: the table the stack created (stack output TableName), or coffeechat locally.");
  process.exit(2);
}
const { doc } = createDynamoClients({ endpoint: process.env["DYNAMODB_ENDPOINT"], region: process.env["AWS_REGION"] ?? "us-east-1" });
const { scanned, added } = await backfillLockStarts({ doc, tableName });
console.log(`Locks without blockStart: ${scanned}; given it: ${added}.`);
doc.destroy();
