import { backfillGuestChats } from "@coffeechat/aws";
import { runBackfill } from "./backfill-run.ts";

/**
 * One-off: requests stored before gsi2 existed come into their guests' journals.
 *   TABLE_NAME=<table> [AWS_REGION=…] [DYNAMODB_ENDPOINT=http://127.0.0.1:8000] npx tsx infra/backfill-guest-chats.ts
 */
await runBackfill(async (ctx) => {
  const { scanned, added } = await backfillGuestChats(ctx);
  return `Requests without the journal's key: ${scanned}; given it (their guests confirmed their address): ${added}.`;
});
