import { RemovalPolicy } from "aws-cdk-lib";
import { Key } from "aws-cdk-lib/aws-kms";
import type { Construct } from "constructs";

/**
 * The KMS key that wraps the data keys of calendar secrets (CalDAV passwords, secret ICS
 * addresses). Kept when the stack goes: without it every stored secret is unreadable. Only the
 * functions that connect and refresh calendars may use it (permissions.ts: useCalendarKey).
 */
export function createCalendarKey(scope: Construct, stage: string): Key {
  return new Key(scope, "CalendarSecretsKey", {
    description: `coffeechat ${stage}: wraps the data keys of connected calendars' secrets`,
    enableKeyRotation: true,
    removalPolicy: RemovalPolicy.RETAIN,
  });
}
