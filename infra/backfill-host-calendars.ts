import { backfillHostCalendars, createDynamoClients } from "@coffeechat/aws";

/**
 * One-off: calendar connections made before hosts kept the set of their connection ids join it, so
 * booking pages read their busy time at once. Without it each joins at its next refresh (within 10
 * minutes); until then a booking page may offer a time such a calendar covers, and a request for it
 * is still refused (409), as submissions always read the calendars.
 *   TABLE_NAME=<table> [AWS_REGION=…] [DYNAMODB_ENDPOINT=http://127.0.0.1:8000] npx tsx infra/backfill-host-calendars.ts
 */
const tableName = process.env["TABLE_NAME"];
if (!tableName) {
  console.error("TABLE_NAME is required: the table the stack created (stack output TableName), or coffeechat locally.");
  process.exit(2);
}
const { doc } = createDynamoClients({ endpoint: process.env["DYNAMODB_ENDPOINT"], region: process.env["AWS_REGION"] ?? "us-east-1" });
const { connections, added } = await backfillHostCalendars({ doc, tableName });
console.log(`Calendar connections: ${connections}; added to their host's set: ${added}.`);
doc.destroy();
