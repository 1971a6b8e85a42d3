import { DeleteCommand, GetCommand, PutCommand, QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { DomainError, type CalendarBusyRow, type CalendarConnection, type CalendarStore, type Millis } from "@coffeechat/core";
import type { TableContext } from "../context.ts";
import { cancellationCodes } from "../cancellation.ts";
import { dynamoCall, toDomainError } from "../errors.ts";
import { CALENDAR_BUSY_PREFIX, CALENDAR_CONNECTION_PREFIX, keys, withoutKeys } from "../keys.ts";
import { decodeBusy, encodeBusy, MAX_STORED_INTERVALS } from "./busy-codec.ts";

/**
 * Calendar connections and their cached busy time, in the host's CALENDARS# partition (keys.ts):
 *   CALENDARS#<hostKey> / CONN#<id>               — a connection, its secret sealed, versioned
 *   CALENDARS#<hostKey> / BUSY#<connection>#<cal> — one calendar's busy time, binary (busy-codec.ts)
 *   HOST#<hostKey> / CALENDARS                    — the set of the host's connection ids, read by booking pages
 */
export class DynamoCalendarStore implements CalendarStore {
  private readonly ctx: TableContext;

  constructor(options: { client: DynamoDBDocumentClient; tableName: string }) {
    this.ctx = { doc: options.client, tableName: options.tableName };
  }

  async listConnections(hostKey: string): Promise<CalendarConnection[]> {
    const items = await this.query("list calendar connections", hostKey, CALENDAR_CONNECTION_PREFIX, true);
    return items.map((item) => withoutKeys<CalendarConnection>(item));
  }

  async getConnection(hostKey: string, id: string): Promise<CalendarConnection | undefined> {
    const { Item } = await dynamoCall("read calendar connection", () =>
      this.ctx.doc.send(new GetCommand({ TableName: this.ctx.tableName, Key: keys.calendarConnection(hostKey, id), ConsistentRead: true })),
    );
    return Item ? withoutKeys<CalendarConnection>(Item) : undefined;
  }

  /**
   * The connection and, in the same transaction, its id in the host's connection set (keys.hostCalendars).
   * Every write adds it again, so a connection stored before the set was kept joins it at its next refresh.
   */
  async putConnection(connection: CalendarConnection, expectedVersion?: number): Promise<void> {
    const fresh = expectedVersion === undefined;
    const { hostKey, id } = connection;
    try {
      await this.ctx.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.ctx.tableName,
                Item: { ...connection, ...keys.calendarConnection(hostKey, id) },
                ConditionExpression: fresh ? "attribute_not_exists(pk)" : "version = :expected",
                ...(fresh ? {} : { ExpressionAttributeValues: { ":expected": expectedVersion } }),
              },
            },
            this.connectionSet(hostKey, "ADD", id),
          ],
        }),
      );
    } catch (e) {
      if (cancellationCodes(e)?.[0] === "ConditionalCheckFailed") {
        throw new DomainError("CONFLICT", fresh ? "That calendar connection already exists" : "The calendar connection changed meanwhile; reload and try again");
      }
      throw toDomainError(e, "save calendar connection");
    }
  }

  async deleteConnection(hostKey: string, id: string): Promise<void> {
    const connection = await this.getConnection(hostKey, id);
    if (!connection) return;
    const busyKeys = connection.calendars.map((c) => keys.calendarBusy(hostKey, id, c.id));
    await dynamoCall("delete calendar connection", () =>
      this.ctx.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            ...[keys.calendarConnection(hostKey, id), ...busyKeys].map((Key) => ({ Delete: { TableName: this.ctx.tableName, Key } })),
            this.connectionSet(hostKey, "DELETE", id),
          ],
        }),
      ),
    );
  }

  /** Adds or removes one id of the host's connection set; DynamoDB drops the attribute when the set empties. */
  private connectionSet(hostKey: string, action: "ADD" | "DELETE", id: string) {
    return {
      Update: {
        TableName: this.ctx.tableName,
        Key: keys.hostCalendars(hostKey),
        UpdateExpression: `${action} connections :id`,
        ExpressionAttributeValues: { ":id": new Set([id]) },
      },
    };
  }

  async putBusy(hostKey: string, row: CalendarBusyRow): Promise<void> {
    if (row.busy.length > MAX_STORED_INTERVALS) {
      throw new DomainError("CALENDAR_TOO_LARGE", `The calendar has more than ${MAX_STORED_INTERVALS} busy periods in range`);
    }
    const { busy, ...rest } = row;
    await dynamoCall("save calendar busy time", () =>
      this.ctx.doc.send(
        new PutCommand({
          TableName: this.ctx.tableName,
          Item: { ...rest, busy: encodeBusy(busy), ...keys.calendarBusy(hostKey, row.connectionId, row.calendarId) },
        }),
      ),
    );
  }

  async deleteBusy(hostKey: string, connectionId: string, calendarId: string): Promise<void> {
    await dynamoCall("delete calendar busy time", () =>
      this.ctx.doc.send(new DeleteCommand({ TableName: this.ctx.tableName, Key: keys.calendarBusy(hostKey, connectionId, calendarId) })),
    );
  }

  /** One Query (a page holds 1 MB: some 60 calendars at their largest); eventually consistent, as a cache may be. */
  async listBusyRows(hostKey: string, from: Millis, to: Millis): Promise<CalendarBusyRow[]> {
    const items = await this.query("list calendar busy time", hostKey, CALENDAR_BUSY_PREFIX, false);
    return items.map((item) => {
      const row = withoutKeys<CalendarBusyRow & { busy: Uint8Array }>(item);
      return { ...row, busy: decodeBusy(row.busy, from, to) };
    });
  }

  private async query(what: string, hostKey: string, prefix: string, consistent: boolean): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await dynamoCall(what, () =>
        this.ctx.doc.send(
          new QueryCommand({
            TableName: this.ctx.tableName,
            KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
            ExpressionAttributeValues: { ":pk": keys.calendarPk(hostKey), ":prefix": prefix },
            ConsistentRead: consistent,
            ExclusiveStartKey: startKey,
          }),
        ),
      );
      items.push(...(page.Items ?? []));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return items;
  }
}
