import { conflict, notFound } from "./errors.ts";
import { dueAfter } from "./due.ts";
import { listSchedules } from "./list.ts";
import type { ScheduleStore } from "./store.ts";
import { groupArn, scheduleArn, type ScheduleSpec, type StoredSchedule } from "./types.ts";
import { checkName, parseScheduleBody } from "./validate.ts";

const seconds = (ms: number | undefined) => (ms === undefined ? undefined : ms / 1000);

/** The first time a schedule made or changed at `now` is due. */
function firstDue(spec: ScheduleSpec, now: number): { dueAt?: number; anchor: number } {
  const due = dueAfter(spec, now, now);
  return { anchor: now, ...(due !== undefined ? { dueAt: due } : {}) };
}

/** GetSchedule's output shape: dates in epoch seconds, internal bookkeeping left out. */
export function describe(s: StoredSchedule) {
  const { CreationDate, LastModificationDate, StartDate, EndDate, ClientToken, revision, dueAt, anchor, completed, ...rest } = s;
  return {
    ...rest,
    Arn: scheduleArn(s.GroupName, s.Name),
    CreationDate: seconds(CreationDate),
    LastModificationDate: seconds(LastModificationDate),
    StartDate: seconds(StartDate),
    EndDate: seconds(EndDate),
  };
}

/** The five schedule operations and the two group ones, over the store, as AWS answers them. */
export class SchedulerApi {
  constructor(
    private readonly store: ScheduleStore,
    private readonly now: () => number,
  ) {}

  create(name: string, body: unknown) {
    checkName(name, "name");
    const { spec, groupName, clientToken } = parseScheduleBody(body);
    const existing = this.store.get(groupName, name);
    // The SDK resends the same ClientToken when it retries a call, so a retried create is not a conflict.
    if (existing && !(clientToken && existing.ClientToken === clientToken)) throw conflict(`Schedule ${name} already exists.`);
    if (!existing) {
      const now = this.now();
      const schedule: StoredSchedule = { ...spec, Name: name, GroupName: groupName, CreationDate: now, LastModificationDate: now, revision: 1 };
      this.store.put({ ...schedule, ...firstDue(spec, now), ...(clientToken ? { ClientToken: clientToken } : {}) });
    }
    return { ScheduleArn: scheduleArn(groupName, name) };
  }

  update(name: string, body: unknown) {
    checkName(name, "name");
    const { spec, groupName } = parseScheduleBody(body);
    const existing = this.require(groupName, name);
    const now = this.now();
    this.store.put({
      ...spec,
      Name: name,
      GroupName: groupName,
      CreationDate: existing.CreationDate,
      LastModificationDate: now,
      revision: existing.revision + 1,
      ...firstDue(spec, now),
    });
    return { ScheduleArn: scheduleArn(groupName, name) };
  }

  get(name: string, groupName: string | undefined) {
    return describe(this.require(checkName(groupName ?? "default", "groupName"), name));
  }

  delete(name: string, groupName: string | undefined) {
    const group = checkName(groupName ?? "default", "groupName");
    if (!this.store.delete(group, name)) throw notFound(`Schedule ${name} does not exist.`);
    return {};
  }

  list(query: URLSearchParams) {
    return listSchedules(this.store, query);
  }

  createGroup(name: string) {
    checkName(name, "name");
    if (this.groupExists(name)) throw conflict(`Schedule group ${name} already exists.`);
    this.store.addGroup(name, this.now());
    return { ScheduleGroupArn: groupArn(name) };
  }

  getGroup(name: string) {
    if (!this.groupExists(name)) throw notFound(`Schedule group ${name} does not exist.`);
    const created = this.store.groups.get(name) ?? 0;
    return { Arn: groupArn(name), Name: name, State: "ACTIVE", CreationDate: created / 1000, LastModificationDate: created / 1000 };
  }

  /** Groups need no CreateScheduleGroup here: "default" and any group a schedule names exist. */
  private groupExists(name: string): boolean {
    return name === "default" || this.store.groups.has(name) || this.store.sorted().some((s) => s.GroupName === name);
  }

  private require(group: string, name: string): StoredSchedule {
    const schedule = this.store.get(group, name);
    if (!schedule) throw notFound(`Schedule ${name} does not exist.`);
    return schedule;
  }
}

