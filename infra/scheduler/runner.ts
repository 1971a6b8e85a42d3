import { deliver, type DeliveryDeps } from "./delivery.ts";
import { scheduleKey, type ScheduleStore } from "./store.ts";
import type { FireResult, SchedulerEmulatorOptions, StoredSchedule } from "./types.ts";

/** One occurrence of one version of a schedule: a recurring one fires again at its next dueAt. */
const occurrenceKey = (s: StoredSchedule) => `${scheduleKey(s.GroupName, s.Name)}#${s.revision}#${s.dueAt}`;

/** From 1 s, doubling, capped at a minute: close to AWS's backoff without stalling a local run. */
export const defaultRetryDelayMs = (attempt: number) => Math.min(1000 * 2 ** (attempt - 1), 60_000);

/**
 * Finds due schedules and delivers each, never twice at once: a tick skips a schedule whose delivery
 * is still running, and fireUntil waits for that delivery instead of starting another.
 */
export class Runner {
  private readonly inFlight = new Map<string, Promise<FireResult>>();
  private readonly wakers = new Set<() => void>();
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private readonly deps: DeliveryDeps;

  constructor(
    private readonly store: ScheduleStore,
    private readonly options: SchedulerEmulatorOptions,
  ) {
    this.deps = {
      store,
      invoke: options.invoke,
      now: options.now ?? Date.now,
      retryDelayMs: options.retryDelayMs ?? defaultRetryDelayMs,
      onDeadLetter: options.onDeadLetter,
      sleep: (ms) => this.sleep(ms),
      stopped: () => this.stopped,
    };
  }

  start(): void {
    this.timer = setInterval(() => this.tick(), this.options.tickMs ?? 1000);
    this.timer.unref();
  }

  /**
   * Runs the future in order: one occurrence at a time by due instant (every occurrence of a
   * recurring schedule), re-reading the store after each, since a delivery may move or add others
   * (a thank-you re-plans the keep-in-touch).
   */
  async fireUntil(instant: number): Promise<FireResult[]> {
    const results: FireResult[] = [];
    const done = new Set<string>();
    for (;;) {
      const next = this.due(instant)
        .sort((a, b) => (a.dueAt ?? 0) - (b.dueAt ?? 0) || a.Name.localeCompare(b.Name))
        .find((s) => !done.has(occurrenceKey(s)));
      if (!next) return results;
      const key = scheduleKey(next.GroupName, next.Name);
      done.add(occurrenceKey(next));
      results.push(await (this.inFlight.get(key) ?? this.run(next, true)));
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    for (const wake of this.wakers) wake();
    await Promise.allSettled(this.inFlight.values());
  }

  private tick(): void {
    if (this.stopped) return;
    for (const schedule of this.due(this.deps.now())) {
      if (!this.inFlight.has(scheduleKey(schedule.GroupName, schedule.Name))) void this.run(schedule);
    }
  }

  private due(instant: number): StoredSchedule[] {
    return this.store
      .sorted()
      .filter((s) => s.State === "ENABLED" && !s.completed && s.dueAt !== undefined && s.dueAt <= instant);
  }

  private run(schedule: StoredSchedule, replay = false): Promise<FireResult> {
    const key = scheduleKey(schedule.GroupName, schedule.Name);
    const running = deliver(schedule, this.deps, replay)
      .catch((e: unknown) => ({
        name: schedule.Name,
        group: schedule.GroupName,
        at: new Date(schedule.dueAt ?? 0).toISOString(),
        ok: false,
        attempts: 0,
        error: `emulator failure: ${e instanceof Error ? e.message : String(e)}`,
      }))
      .finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, running);
    return running;
  }

  private sleep(ms: number): Promise<void> {
    if (this.stopped) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.wakers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, Math.max(0, ms));
      timer.unref();
      this.wakers.add(wake);
    });
  }
}
