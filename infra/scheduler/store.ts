import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { DeadLetter, StoredSchedule } from "./types.ts";

interface Snapshot {
  schedules: StoredSchedule[];
  groups: { name: string; creationDate: number }[];
  deadLetters: DeadLetter[];
}

export const scheduleKey = (group: string, name: string) => `${group}/${name}`;

/**
 * Schedules, created groups and dead letters, in memory and (with a data file) on disk after every change.
 * Writes are synchronous tmp-then-rename, so a crash leaves the old file or the new one, never half of one.
 */
export class ScheduleStore {
  readonly schedules = new Map<string, StoredSchedule>();
  readonly groups = new Map<string, number>();
  readonly deadLetters: DeadLetter[] = [];

  constructor(private readonly dataFile?: string) {
    if (dataFile && existsSync(dataFile)) this.load(dataFile);
  }

  get(group: string, name: string): StoredSchedule | undefined {
    return this.schedules.get(scheduleKey(group, name));
  }

  put(schedule: StoredSchedule): void {
    this.schedules.set(scheduleKey(schedule.GroupName, schedule.Name), schedule);
    this.save();
  }

  delete(group: string, name: string): boolean {
    const existed = this.schedules.delete(scheduleKey(group, name));
    if (existed) this.save();
    return existed;
  }

  addGroup(name: string, creationDate: number): void {
    this.groups.set(name, creationDate);
    this.save();
  }

  addDeadLetter(entry: DeadLetter): void {
    this.deadLetters.push(entry);
    this.save();
  }

  removeDeadLetter(entry: DeadLetter): void {
    const at = this.deadLetters.indexOf(entry);
    if (at === -1) return;
    this.deadLetters.splice(at, 1);
    this.save();
  }

  /** Every schedule, ordered by group then name (the order ListSchedules pages through). */
  sorted(): StoredSchedule[] {
    return [...this.schedules.values()].sort((a, b) =>
      scheduleKey(a.GroupName, a.Name) < scheduleKey(b.GroupName, b.Name) ? -1 : 1,
    );
  }

  private load(file: string): void {
    const snapshot = JSON.parse(readFileSync(file, "utf8")) as Partial<Snapshot>;
    for (const s of snapshot.schedules ?? []) this.schedules.set(scheduleKey(s.GroupName, s.Name), s);
    for (const g of snapshot.groups ?? []) this.groups.set(g.name, g.creationDate);
    this.deadLetters.push(...(snapshot.deadLetters ?? []));
  }

  private save(): void {
    if (!this.dataFile) return;
    const snapshot: Snapshot = {
      schedules: this.sorted(),
      groups: [...this.groups].map(([name, creationDate]) => ({ name, creationDate })),
      deadLetters: this.deadLetters,
    };
    mkdirSync(dirname(this.dataFile), { recursive: true });
    const tmp = `${this.dataFile}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(snapshot, null, 2));
    renameSync(tmp, this.dataFile);
  }
}
