import { DeleteCommand, GetCommand, PutCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import {
  DomainError,
  type DigestSettings,
  type Goal,
  type JournalStore,
  type LocalDate,
  type LoggedChat,
  type Millis,
  type OutreachEntry,
  type Person,
  type StoredJournal,
} from "@coffeechat/core";
import { batchWrite } from "../batch-write.ts";
import { cancellationCodes } from "../cancellation.ts";
import type { TableContext } from "../context.ts";
import { dynamoCall, isConditionFailed, toDomainError } from "../errors.ts";
import { JOURNAL_SK, journalKeys, withoutKeys } from "../keys.ts";
import { claimDigest, finishDigest, releaseDigest } from "./digest-claims.ts";
import { importPeople } from "./import.ts";
import { journalOf, loggedChatItem, outreachItem, personItem, readPartition, type Item } from "./items.ts";

type Moved = { person: Person; from: Person["status"] };

/** JournalStore over the single table; keys in keys.ts ("The seeker's journal"). */
export class DynamoJournalStore implements JournalStore {
  private readonly ctx: TableContext;

  constructor(options: { client: DynamoDBDocumentClient; tableName: string }) {
    this.ctx = { doc: options.client, tableName: options.tableName };
  }

  async load(accountId: string): Promise<StoredJournal> {
    const { imports: _i, hiddenPeople: _h, ...journal } = journalOf(await readPartition(this.ctx, accountId));
    return journal;
  }

  async getPerson(accountId: string, id: string): Promise<Person | undefined> {
    const item = await this.get("read person", journalKeys.person(accountId, id));
    if (!item) return undefined;
    const importId = item["importId"];
    if (typeof importId === "string") {
      const marker = await this.get("read import", journalKeys.importMarker(accountId, importId));
      if (marker?.["state"] !== "committed") return undefined;
    }
    return withoutKeys<Person>(item, ["importId"]);
  }

  async createPerson(accountId: string, person: Person): Promise<void> {
    await dynamoCall(
      "add person",
      () => this.ctx.doc.send(new PutCommand({ TableName: this.ctx.tableName, Item: personItem(accountId, person), ConditionExpression: "attribute_not_exists(pk)" })),
      () => new DomainError("CONFLICT", `a person with id ${person.id} already exists`),
    );
  }

  async updatePerson(accountId: string, person: Person): Promise<void> {
    await dynamoCall(
      "save person",
      () => this.ctx.doc.send(new PutCommand({ TableName: this.ctx.tableName, Item: personItem(accountId, person), ConditionExpression: "attribute_exists(pk)" })),
      () => notFound(person.id),
    );
  }

  /** The person first: once it is gone, its entries are left out of every read, so a stop half-way shows nothing. */
  async deletePerson(accountId: string, id: string): Promise<boolean> {
    try {
      await this.ctx.doc.send(new DeleteCommand({ TableName: this.ctx.tableName, Key: journalKeys.person(accountId, id), ConditionExpression: "attribute_exists(pk)" }));
    } catch (e) {
      if (isConditionFailed(e)) return false;
      throw toDomainError(e, "delete person");
    }
    const theirs = (await readPartition(this.ctx, accountId, "pk, sk, personId")).filter(
      (i) => i["personId"] === id && (i.sk.startsWith(JOURNAL_SK.outreach) || i.sk.startsWith(JOURNAL_SK.loggedChat)),
    );
    await batchWrite(this.ctx, "delete person's entries", theirs.map(deleteOf));
    return true;
  }

  async saveStatuses(accountId: string, people: Person[]): Promise<void> {
    for (const person of people) {
      if (person.statusAt === undefined) continue;
      try {
        await this.ctx.doc.send(
          new UpdateCommand({
            TableName: this.ctx.tableName,
            Key: journalKeys.person(accountId, person.id),
            UpdateExpression: "SET #status = :status, statusAt = :at",
            // Gone, or changed later (by hand, or by a newer fact): leave it.
            ConditionExpression: "attribute_exists(pk) AND (attribute_not_exists(statusAt) OR statusAt < :at)",
            ExpressionAttributeNames: { "#status": "status" },
            ExpressionAttributeValues: { ":status": person.status, ":at": person.statusAt },
          }),
        );
      } catch (e) {
        if (!isConditionFailed(e)) throw toDomainError(e, "save status");
      }
    }
  }

  addOutreach(accountId: string, entry: OutreachEntry, moved?: Moved): Promise<void> {
    return this.addEntry(accountId, "log outreach", outreachItem(accountId, entry), entry.personId, moved);
  }

  addLoggedChat(accountId: string, chat: LoggedChat, moved?: Moved): Promise<void> {
    return this.addEntry(accountId, "log chat", loggedChatItem(accountId, chat), chat.personId, moved);
  }

  async putGoal(accountId: string, goal: Goal): Promise<void> {
    await this.put("save goal", { ...goal, ...journalKeys.goal(accountId) });
  }

  async putDigest(accountId: string, digest: DigestSettings): Promise<void> {
    await this.put("save digest", { ...digest, ...journalKeys.digest(accountId) });
  }

  importPeople(accountId: string, importId: string, people: Person[], now: Millis): Promise<void> {
    return importPeople(this.ctx, accountId, importId, people, now);
  }

  claimDigest(accountId: string, week: LocalDate, claim: { id: string; at: Millis }, staleBefore: Millis): Promise<boolean> {
    return claimDigest(this.ctx, accountId, week, claim, staleBefore);
  }

  finishDigest(accountId: string, week: LocalDate, claimId: string, messageId: string | undefined): Promise<void> {
    return finishDigest(this.ctx, accountId, week, claimId, messageId);
  }

  releaseDigest(accountId: string, week: LocalDate, claimId: string): Promise<void> {
    return releaseDigest(this.ctx, accountId, week, claimId);
  }

  async deleteJournal(accountId: string): Promise<void> {
    await batchWrite(this.ctx, "delete journal", (await readPartition(this.ctx, accountId, "pk, sk")).map(deleteOf));
  }

  /** The entry and the person's status move in one transaction; without a move, the person must still exist. */
  private async addEntry(accountId: string, what: string, item: Item, personId: string, moved?: Moved): Promise<void> {
    const TableName = this.ctx.tableName;
    const Key = journalKeys.person(accountId, personId);
    const person = moved
      ? {
          Update: {
            TableName,
            Key,
            UpdateExpression: moved.person.statusAt === undefined ? "SET #status = :status" : "SET #status = :status, statusAt = :at",
            ConditionExpression: "attribute_exists(pk) AND #status = :from",
            ExpressionAttributeNames: { "#status": "status" },
            ExpressionAttributeValues: {
              ":status": moved.person.status,
              ":from": moved.from,
              ...(moved.person.statusAt === undefined ? {} : { ":at": moved.person.statusAt }),
            },
          },
        }
      : { ConditionCheck: { TableName, Key, ConditionExpression: "attribute_exists(pk)" } };
    try {
      await this.ctx.doc.send(
        new TransactWriteCommand({ TransactItems: [{ Put: { TableName, Item: item, ConditionExpression: "attribute_not_exists(pk)" } }, person] }),
      );
    } catch (e) {
      const codes = cancellationCodes(e);
      if (codes?.[0] === "ConditionalCheckFailed") throw new DomainError("CONFLICT", `${what}: an entry with this id already exists`);
      if (codes?.[1] === "ConditionalCheckFailed") {
        if (!(await this.get("read person", Key))) throw notFound(personId);
        throw new DomainError("CONFLICT", `${what}: the person changed meanwhile; try again`);
      }
      throw toDomainError(e, what);
    }
  }

  private async get(what: string, key: { pk: string; sk: string }): Promise<Record<string, unknown> | undefined> {
    const { Item } = await dynamoCall(what, () => this.ctx.doc.send(new GetCommand({ TableName: this.ctx.tableName, Key: key, ConsistentRead: true })));
    return Item;
  }

  private async put(what: string, item: Record<string, unknown>): Promise<void> {
    await dynamoCall(what, () => this.ctx.doc.send(new PutCommand({ TableName: this.ctx.tableName, Item: item })));
  }
}

const deleteOf = (item: Item) => ({ DeleteRequest: { Key: { pk: item.pk, sk: item.sk } } });
const notFound = (id: string) => new DomainError("NOT_FOUND", `person ${id} not found`);
