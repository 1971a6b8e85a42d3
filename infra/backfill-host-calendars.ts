import { backfillHostCalendars } from "@coffeechat/aws";
import { runBackfill } from "./backfill-run.ts";

/**
 * One-off: calendar connections made before hosts kept the set of their connection ids join it, so
 * booking pages read their busy time at once. Without it each joins at its next refresh (within 10
 * minutes); until then a booking page may offer a time such a calendar covers, and a request for it
 * is still refused (409), as submissions always read the calendars.
 *   TABLE_NAME=<table> [AWS_REGION=…] [DYNAMODB_ENDPOINT=http://127.0.0.1:8000] npx tsx infra/backfill-host-calendars.ts
 */
await runBackfill(async (ctx) => {
  const { connections, added } = await backfillHostCalendars(ctx);
  return `Calendar connections: ${connections}; added to their host's set: ${added}.`;
});
