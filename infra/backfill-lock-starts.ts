import { backfillLockStarts } from "@coffeechat/aws";
import { runBackfill } from "./backfill-run.ts";

/**
 * One-off: slot locks written before they carried blockStart get it, so the booking page reads one
 * lock per chat for them too. Without it they are still read right, only whole; they expire a week
 * after their chat in any case.
 *   TABLE_NAME=<table> [AWS_REGION=…] [DYNAMODB_ENDPOINT=http://127.0.0.1:8000] npx tsx infra/backfill-lock-starts.ts
 */
await runBackfill(async (ctx) => {
  const { scanned, added } = await backfillLockStarts(ctx);
  return `Locks without blockStart: ${scanned}; given it: ${added}.`;
});
