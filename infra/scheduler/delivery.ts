import type { ScheduleStore } from "./store.ts";
import { scheduleArn, type DeadLetter, type FireResult, type StoredSchedule } from "./types.ts";
import { withContextAttributes } from "./context-attributes.ts";
import { dueAfter, isRecurring } from "./due.ts";

export interface DeliveryDeps {
  store: ScheduleStore;
  invoke: (targetArn: string, input: string | undefined) => Promise<void>;
  now: () => number;
  retryDelayMs: (attempt: number) => number;
  onDeadLetter?: ((entry: DeadLetter) => void | Promise<void>) | undefined;
  /** Waits between attempts; resolves early when the emulator stops. */
  sleep: (ms: number) => Promise<void>;
  stopped: () => boolean;
}

const message = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

/**
 * One event of a due schedule: invoke, retry per the RetryPolicy (attempts and event age since the due
 * time), then dead-letter. Either way the schedule has completed, and ActionAfterCompletion applies.
 */
export async function deliver(schedule: StoredSchedule, deps: DeliveryDeps, replay = false): Promise<FireResult> {
  const due = schedule.dueAt ?? deps.now();
  const base = { name: schedule.Name, group: schedule.GroupName, at: new Date(due).toISOString() };
  const { MaximumRetryAttempts, MaximumEventAgeInSeconds } = schedule.Target.RetryPolicy;
  const tooOld = () => deps.now() - due > MaximumEventAgeInSeconds * 1000;
  let attempts = 0;
  let error = "";
  for (;;) {
    attempts += 1;
    try {
      await deps.invoke(schedule.Target.Arn, withContextAttributes(schedule.Target.Input, schedule, due, attempts));
      complete(schedule, deps, replay);
      return { ...base, ok: true, attempts };
    } catch (e) {
      error = message(e);
    }
    if (attempts > MaximumRetryAttempts || tooOld()) break;
    await deps.sleep(deps.retryDelayMs(attempts));
    // Stopping leaves the schedule due, so it fires again after a restart: at least once, as AWS promises.
    if (deps.stopped()) return { ...base, ok: false, attempts, error: `${error} (emulator stopped before the next retry)` };
    if (!isCurrent(schedule, deps.store)) return { ...base, ok: false, attempts, error: `${error} (schedule changed; its new version takes over)` };
    if (tooOld()) break;
  }
  await deadLetter(schedule, deps, { dueAt: base.at, attempts, error });
  complete(schedule, deps, replay);
  return { ...base, ok: false, attempts, error };
}

function isCurrent(schedule: StoredSchedule, store: ScheduleStore): boolean {
  return store.get(schedule.GroupName, schedule.Name)?.revision === schedule.revision;
}

/**
 * A recurring schedule moves on to its next occurrence: the very next one when replaying the future
 * (fireUntil), else the next one still ahead, as AWS does not replay what passed while it was down.
 * A schedule with no occurrence left has completed: DELETE removes it; NONE keeps it, never to fire
 * again. An update made meanwhile wins.
 */
function complete(schedule: StoredSchedule, deps: DeliveryDeps, replay: boolean): void {
  const { store } = deps;
  const current = store.get(schedule.GroupName, schedule.Name);
  if (!current || current.revision !== schedule.revision) return;
  if (isRecurring(current) && current.dueAt !== undefined) {
    const after = replay ? current.dueAt : Math.max(current.dueAt, deps.now());
    const next = dueAfter(current, current.anchor ?? current.CreationDate, after);
    if (next !== undefined) return store.put({ ...current, dueAt: next });
  }
  if (current.ActionAfterCompletion === "DELETE") store.delete(current.GroupName, current.Name);
  else store.put({ ...current, completed: true });
}

async function deadLetter(schedule: StoredSchedule, deps: DeliveryDeps, failure: { dueAt: string; attempts: number; error: string }) {
  const deadLetterArn = schedule.Target.DeadLetterConfig?.Arn;
  const entry: DeadLetter = {
    scheduleArn: scheduleArn(schedule.GroupName, schedule.Name),
    name: schedule.Name,
    group: schedule.GroupName,
    targetArn: schedule.Target.Arn,
    ...(deadLetterArn !== undefined ? { deadLetterArn } : {}),
    ...(schedule.Target.Input !== undefined ? { input: schedule.Target.Input } : {}),
    dueAt: failure.dueAt,
    failedAt: new Date(deps.now()).toISOString(),
    attempts: failure.attempts,
    error: failure.error,
  };
  deps.store.addDeadLetter(entry);
  try {
    await deps.onDeadLetter?.(entry);
  } catch {
    // The entry is already kept in the dead-letter list; a failing observer must not lose or repeat it.
  }
}
