import type { DigestSettings, Goal, LoggedChat, OutreachEntry, Person, StoredJournal } from "@coffeechat/core";
import type { TableContext } from "../context.ts";
import { queryAll } from "../query-all.ts";
import { JOURNAL_SK, journalKeys, withoutKeys } from "../keys.ts";

export type Item = Record<string, unknown> & { pk: string; sk: string };

/** An import's marker: its people are hidden until it is committed. */
export interface ImportMarker {
  importId: string;
  state: "pending" | "committed";
  at: number;
  count: number;
}

export const personItem = (accountId: string, person: Person, importId?: string): Item => ({
  ...person,
  ...journalKeys.person(accountId, person.id),
  ...(importId ? { importId } : {}),
});
export const outreachItem = (accountId: string, entry: OutreachEntry): Item => ({ ...entry, ...journalKeys.outreach(accountId, entry.on, entry.id) });
export const loggedChatItem = (accountId: string, chat: LoggedChat): Item => ({ ...chat, ...journalKeys.loggedChat(accountId, chat.on, chat.id) });

/** Every item of an account's journal, strongly consistent. */
export async function readPartition(ctx: TableContext, accountId: string, projection?: string): Promise<Item[]> {
  return (await queryAll(ctx, "read journal", {
    KeyConditionExpression: "pk = :pk",
    ExpressionAttributeValues: { ":pk": journalKeys.pk(accountId) },
    ConsistentRead: true,
    ...(projection ? { ProjectionExpression: projection } : {}),
  })) as Item[];
}

export interface Partition extends StoredJournal {
  imports: ImportMarker[];
  /** Person items of imports not committed (hidden), by import id. */
  hiddenPeople: Map<string, Item[]>;
}

/**
 * The journal in a partition's items: people of uncommitted imports hidden, and outreach and
 * logged chats of people no longer there (a deletion that stopped half-way) left out.
 */
export function journalOf(items: readonly Item[]): Partition {
  const imports = items.filter((i) => i.sk.startsWith(JOURNAL_SK.importMarker)).map((i) => withoutKeys<ImportMarker>(i));
  const committed = new Set(imports.filter((m) => m.state === "committed").map((m) => m.importId));
  const hiddenPeople = new Map<string, Item[]>();
  const people: Person[] = [];
  for (const item of items.filter((i) => i.sk.startsWith(JOURNAL_SK.person))) {
    const importId = typeof item["importId"] === "string" ? item["importId"] : undefined;
    if (importId === undefined || committed.has(importId)) people.push(withoutKeys<Person>(item, ["importId"]));
    else hiddenPeople.set(importId, [...(hiddenPeople.get(importId) ?? []), item]);
  }
  const present = new Set(people.map((p) => p.id));
  const entries = <T extends { personId: string }>(prefix: string) =>
    items.filter((i) => i.sk.startsWith(prefix)).map((i) => withoutKeys<T>(i)).filter((e) => present.has(e.personId));
  const single = <T>(sk: string) => {
    const item = items.find((i) => i.sk === sk);
    return item ? withoutKeys<T>(item) : undefined;
  };
  const goal = single<Goal>(JOURNAL_SK.goal);
  const digest = single<DigestSettings>(JOURNAL_SK.digest);
  return {
    people,
    outreach: entries<OutreachEntry>(JOURNAL_SK.outreach),
    loggedChats: entries<LoggedChat>(JOURNAL_SK.loggedChat),
    ...(goal ? { goal } : {}),
    ...(digest ? { digest } : {}),
    imports,
    hiddenPeople,
  };
}
