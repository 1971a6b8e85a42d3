import { PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { DomainError, type Person } from "@coffeechat/core";
import { describe, expect, it } from "vitest";
import { useLocalAws } from "../../../../../test/support/local-aws.ts";
import { journalKeys } from "../keys.ts";
import { ABANDONED_AFTER } from "./import.ts";
import { DynamoJournalStore } from "./journal-store.ts";

const aws = useLocalAws();
const store = () => new DynamoJournalStore({ client: aws.current.dynamo.doc, tableName: aws.current.tableName });
const person = (id: string, overrides: Partial<Person> = {}): Person => ({ id, name: `Person ${id}`, status: "to_contact", ...overrides });
const NOW = Date.parse("2026-03-04T12:00:00Z");

const codeOf = (p: Promise<unknown>) => p.then(() => "ok", (e: unknown) => (e instanceof DomainError ? e.code : String(e)));

/** Every item under the account, hidden ones included, as DynamoDB holds them. */
async function rawItems(accountId: string) {
  const out = await aws.current.dynamo.doc.send(
    new QueryCommand({ TableName: aws.current.tableName, KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": journalKeys.pk(accountId) } }),
  );
  return out.Items ?? [];
}

describe("people", () => {
  it("are created, read, replaced and deleted with their outreach and logged chats", async () => {
    const s = store();
    await s.createPerson("acc-1", person("p1", { email: "ana@x.example", notes: "Met at the meetup" }));
    await s.createPerson("acc-1", person("p2"));
    expect(await codeOf(s.createPerson("acc-1", person("p1")))).toBe("CONFLICT");
    expect(await s.getPerson("acc-1", "p1")).toEqual(person("p1", { email: "ana@x.example", notes: "Met at the meetup" }));

    await s.updatePerson("acc-1", person("p1", { name: "Ana Souza", status: "reached_out", statusAt: NOW }));
    expect((await s.getPerson("acc-1", "p1"))?.name).toBe("Ana Souza");
    expect(await codeOf(s.updatePerson("acc-1", person("nobody")))).toBe("NOT_FOUND");

    await s.addOutreach("acc-1", { id: "o1", personId: "p1", on: "2026-03-02", channel: "email" });
    await s.addLoggedChat("acc-1", { id: "c1", personId: "p1", on: "2026-03-03" });
    await s.addOutreach("acc-1", { id: "o2", personId: "p2", on: "2026-03-02", channel: "phone" });
    expect(await s.deletePerson("acc-1", "p1")).toBe(true);
    expect(await s.deletePerson("acc-1", "p1")).toBe(false);
    const left = await s.load("acc-1");
    expect(left.people.map((p) => p.id)).toEqual(["p2"]);
    expect(left.outreach.map((o) => o.id)).toEqual(["o2"]);
    expect(left.loggedChats).toEqual([]);
    expect((await rawItems("acc-1")).map((i) => i["sk"])).toEqual(["OUTREACH#2026-03-02#o2", "PERSON#p2"]);
  });

  it("of one account are out of reach of another", async () => {
    const s = store();
    await s.createPerson("acc-a", person("shared-id", { notes: "private" }));
    await s.addOutreach("acc-a", { id: "o", personId: "shared-id", on: "2026-03-02", channel: "email" });
    expect(await s.getPerson("acc-b", "shared-id")).toBeUndefined();
    expect(await s.load("acc-b")).toEqual({ people: [], outreach: [], loggedChats: [] });
    expect(await codeOf(s.updatePerson("acc-b", person("shared-id")))).toBe("NOT_FOUND");
    expect(await codeOf(s.addOutreach("acc-b", { id: "o2", personId: "shared-id", on: "2026-03-02", channel: "email" }))).toBe("NOT_FOUND");
    expect(await s.deletePerson("acc-b", "shared-id")).toBe(false);
    expect((await s.load("acc-a")).people).toHaveLength(1);
    await expect(s.load("")).rejects.toThrow(RangeError);
  });
});

describe("outreach and logged chats", () => {
  it("store the entry and the status it moves together, or neither", async () => {
    const s = store();
    await s.createPerson("acc-2", person("p"));
    const moved = person("p", { status: "reached_out", statusAt: NOW });
    await s.addOutreach("acc-2", { id: "o1", personId: "p", on: "2026-03-04", channel: "linkedin", note: "Sent a note" }, { person: moved, from: "to_contact" });
    expect(await s.load("acc-2")).toMatchObject({
      people: [{ id: "p", status: "reached_out", statusAt: NOW }],
      outreach: [{ id: "o1", personId: "p", on: "2026-03-04", channel: "linkedin", note: "Sent a note" }],
    });

    // Read as to_contact, but someone moved them meanwhile: nothing is written.
    const stale = codeOf(s.addOutreach("acc-2", { id: "o2", personId: "p", on: "2026-03-04", channel: "email" }, { person: moved, from: "to_contact" }));
    expect(await stale).toBe("CONFLICT");
    expect(await codeOf(s.addOutreach("acc-2", { id: "o1", personId: "p", on: "2026-03-04", channel: "email" }))).toBe("CONFLICT");
    expect(await codeOf(s.addLoggedChat("acc-2", { id: "c", personId: "gone", on: "2026-03-01" }))).toBe("NOT_FOUND");
    expect((await s.load("acc-2")).outreach.map((o) => o.id)).toEqual(["o1"]);
    expect((await s.load("acc-2")).loggedChats).toEqual([]);
  });
});

describe("saveStatuses", () => {
  it("stores moves that time made, unless the status changed later", async () => {
    const s = store();
    await s.createPerson("acc-3", person("a", { status: "booked" }));
    await s.createPerson("acc-3", person("b", { status: "not_now", statusAt: NOW }));
    await s.saveStatuses("acc-3", [
      person("a", { status: "held", statusAt: NOW - 1000 }),
      person("b", { status: "held", statusAt: NOW - 1000 }),
      person("gone", { status: "held", statusAt: NOW }),
    ]);
    expect((await s.load("acc-3")).people.map((p) => [p.id, p.status])).toEqual([
      ["a", "held"],
      ["b", "not_now"],
    ]);
  });
});

describe("goal and digest", () => {
  it("round-trip", async () => {
    const s = store();
    const goal = { targetChats: 50, byDate: "2026-12-31", chatsPerWeek: 3, outreachPerDay: 5 };
    const digest = { enabled: true, weekday: 1 as const, time: "08:00", timeZone: "Europe/London" };
    await s.putGoal("acc-4", goal);
    await s.putDigest("acc-4", digest);
    expect(await s.load("acc-4")).toEqual({ people: [], outreach: [], loggedChats: [], goal, digest });
  });
});

describe("importPeople", () => {
  const many = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => person(`${prefix}${String(i).padStart(4, "0")}`));

  it("writes hundreds of people in transactions of 100, all visible once committed", async () => {
    const s = store();
    await s.importPeople("acc-5", "imp-1", many("i", 250), NOW);
    const { people } = await s.load("acc-5");
    expect(people).toHaveLength(250);
    expect(people[0]).toEqual(person("i0000"));
    expect(await s.getPerson("acc-5", "i0249")).toEqual(person("i0249"));
  });

  it("shows nothing of an import that stopped half-way, and the next import sweeps it", async () => {
    const s = store();
    await s.createPerson("acc-6", person("x0150"));
    // The second transaction hits a taken id after the first 100 people were written.
    expect(await codeOf(s.importPeople("acc-6", "imp-broken", many("x", 250), NOW))).toBe("CONFLICT");
    const brokenPeople = async () => (await rawItems("acc-6")).filter((i) => String(i["sk"]).startsWith("PERSON#") && i["importId"] === "imp-broken");
    expect(await brokenPeople()).toHaveLength(100);
    expect((await s.load("acc-6")).people.map((p) => p.id)).toEqual(["x0150"]);
    expect(await s.getPerson("acc-6", "x0000")).toBeUndefined();

    // Too soon to call it dead: a new import leaves it be.
    await s.importPeople("acc-6", "imp-2", [person("y1")], NOW + ABANDONED_AFTER - 1);
    expect(await brokenPeople()).toHaveLength(100);
    await s.importPeople("acc-6", "imp-3", [person("y2")], NOW + ABANDONED_AFTER + 1);
    expect((await rawItems("acc-6")).filter((i) => i["importId"] === "imp-broken")).toEqual([]);
    expect((await s.load("acc-6")).people.map((p) => p.id)).toEqual(["x0150", "y1", "y2"]);
  });

  it("hides people whose import is still pending from every read", async () => {
    const s = store();
    const { doc } = aws.current.dynamo;
    const TableName = aws.current.tableName;
    await doc.send(new PutCommand({ TableName, Item: { ...journalKeys.importMarker("acc-7", "running"), importId: "running", state: "pending", at: NOW, count: 2 } }));
    await doc.send(new PutCommand({ TableName, Item: { ...person("r1"), ...journalKeys.person("acc-7", "r1"), importId: "running" } }));
    expect(await s.load("acc-7")).toMatchObject({ people: [] });
    expect(await s.getPerson("acc-7", "r1")).toBeUndefined();
    expect(await codeOf(s.importPeople("acc-7", "running", [person("r2")], NOW))).toBe("CONFLICT");
  });
});

describe("deleteJournal", () => {
  it("deletes every item of the account and nothing of another", async () => {
    const s = store();
    await s.importPeople("acc-8", "imp", [person("a"), person("b")], NOW);
    await s.addOutreach("acc-8", { id: "o", personId: "a", on: "2026-03-02", channel: "email" });
    await s.putGoal("acc-8", { targetChats: 5, byDate: "2026-12-31", chatsPerWeek: 1, outreachPerDay: 1 });
    await s.createPerson("acc-9", person("keep"));
    await s.deleteJournal("acc-8");
    expect(await rawItems("acc-8")).toEqual([]);
    expect((await s.load("acc-9")).people).toHaveLength(1);
  });
});
