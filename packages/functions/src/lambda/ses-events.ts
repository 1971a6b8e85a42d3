// PLACEHOLDER written by the stacks engineer so the SST synthesis tests can bundle this entry point.
// The functions engineer owns this file and replaces it with the real bounce/complaint recorder.
import type { SNSEvent } from "aws-lambda";

export async function handler(event: SNSEvent): Promise<void> {
  for (const record of event.Records) {
    const message = JSON.parse(record.Sns.Message) as { eventType?: string; notificationType?: string };
    console.warn("ses-events placeholder received", message.eventType ?? message.notificationType);
  }
}
