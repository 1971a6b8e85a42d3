import type { ScheduleStore } from "./store.ts";
import type { DeadLetter } from "./types.ts";

export interface Redriven {
  name: string;
  group: string;
  ok: boolean;
  error?: string;
}

/**
 * What `aws lambda invoke` with each dead-lettered message does on AWS (see the README): invokes the
 * target once more with the event's Input, as it was due, and drops the entry once that succeeds.
 * What still fails stays in the list.
 */
export async function redriveDeadLetters(
  store: ScheduleStore,
  invoke: (targetArn: string, input: string | undefined) => Promise<void>,
): Promise<Redriven[]> {
  const results: Redriven[] = [];
  for (const entry of [...store.deadLetters]) {
    const base = { name: entry.name, group: entry.group };
    try {
      await invoke(entry.targetArn, asDelivered(entry));
      store.removeDeadLetter(entry);
      results.push({ ...base, ok: true });
    } catch (e) {
      results.push({ ...base, ok: false, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
    }
  }
  return results;
}

/** The Input with the context attributes filled in as at the event's due time. */
function asDelivered(entry: DeadLetter): string | undefined {
  return entry.input
    ?.replaceAll("<aws.scheduler.schedule-arn>", entry.scheduleArn)
    .replaceAll("<aws.scheduler.scheduled-time>", entry.dueAt.replace(/\.\d{3}Z$/, "Z"))
    .replaceAll("<aws.scheduler.execution-id>", "redrive")
    .replaceAll("<aws.scheduler.attempt-number>", String(entry.attempts + 1));
}
