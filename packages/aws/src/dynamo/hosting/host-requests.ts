import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { DomainError, type ChatRequest, type HostRequestPage, type HostRequestView, type Millis } from "@coffeechat/core";
import type { TableContext } from "../context.ts";
import { dynamoCall } from "../errors.ts";
import { GSI1, hostRequestsPk, keys, withoutKeys, type HostRequestGroup } from "../keys.ts";

/** Where a page stopped in one group: the last item's index sort key; "done" once the group is exhausted. */
type Position = string | "done" | undefined;

interface Cursor {
  a?: Position;
  b?: Position;
}

/**
 * One page of a host's requests from gsi1 (keys.hostRequests), in at most two calls: one Query for
 * pending, upcoming and unconfirmed; for past, one each over ended chats and closed requests, merged newest first.
 */
export async function listHostRequests(
  ctx: TableContext,
  hostKey: string,
  view: HostRequestView,
  now: Millis,
  page: { limit: number; cursor?: string },
): Promise<HostRequestPage> {
  const cursor = decodeCursor(page.cursor);
  // Sort keys are "<ISO>#<id>": everything at or before now sorts below this bound, everything after above.
  const bound = `${new Date(now).toISOString()}#\uffff`;
  if (view !== "past") {
    const group: HostRequestGroup = view === "pending" ? "waiting" : view === "upcoming" ? "chat" : "unconfirmed";
    const got = await queryGroup(ctx, hostKey, group, { after: cursor.a, ...(view === "upcoming" ? { above: bound } : {}) }, page.limit, true);
    return pageOf(got.items.slice(0, page.limit), got.items.length > page.limit ? { a: got.items[page.limit - 1]!.sk } : undefined);
  }
  const [chats, closed] = await Promise.all([
    cursor.a === "done" ? empty : queryGroup(ctx, hostKey, "chat", { after: cursor.a, below: bound }, page.limit, false),
    cursor.b === "done" ? empty : queryGroup(ctx, hostKey, "closed", { after: cursor.b }, page.limit, false),
  ]);
  const merged = [...chats.items.map((i) => ({ ...i, from: "a" as const })), ...closed.items.map((i) => ({ ...i, from: "b" as const }))]
    .sort((x, y) => y.request.start - x.request.start || (x.request.id < y.request.id ? 1 : -1));
  const taken = merged.slice(0, page.limit);
  if (merged.length <= page.limit) return pageOf(taken, undefined);
  const last = (from: "a" | "b", before: Position, fetched: number): Position => {
    const mine = taken.filter((i) => i.from === from);
    if (mine.length === fetched && fetched <= page.limit) return "done";
    return mine.length ? mine[mine.length - 1]!.sk : before;
  };
  return pageOf(taken, { a: last("a", cursor.a, chats.items.length), b: last("b", cursor.b, closed.items.length) });
}

const empty = { items: [] as { request: ChatRequest; sk: string }[] };

async function queryGroup(
  ctx: TableContext,
  hostKey: string,
  group: HostRequestGroup,
  range: { after: Position; above?: string; below?: string },
  limit: number,
  ascending: boolean,
) {
  const pk = hostRequestsPk(hostKey, group);
  const values: Record<string, unknown> = { ":pk": pk };
  let condition = "gsi1pk = :pk";
  if (range.above !== undefined) {
    condition += " AND gsi1sk > :above";
    values[":above"] = range.above;
  } else if (range.below !== undefined) {
    condition += " AND gsi1sk < :below";
    values[":below"] = range.below;
  }
  const after = typeof range.after === "string" ? range.after : undefined;
  const out = await dynamoCall("list requests", () =>
    ctx.doc.send(
      new QueryCommand({
        TableName: ctx.tableName,
        IndexName: GSI1,
        KeyConditionExpression: condition,
        ExpressionAttributeValues: values,
        ScanIndexForward: ascending,
        Limit: limit + 1,
        ...(after ? { ExclusiveStartKey: startKeyAt(pk, after) } : {}),
      }),
    ),
  );
  return {
    items: (out.Items ?? []).map((item) => ({
      sk: String(item["gsi1sk"]),
      request: withoutKeys<ChatRequest>(item, ["occStart", "occEnd"]),
    })),
  };
}

/** The index position after an item: its index keys and, for uniqueness, its table keys (from the id in the sort key). */
function startKeyAt(gsi1pk: string, gsi1sk: string) {
  const id = gsi1sk.slice(gsi1sk.lastIndexOf("#") + 1);
  return { ...keys.request(id), gsi1pk, gsi1sk };
}

function pageOf(items: { request: ChatRequest }[], next: Cursor | undefined): HostRequestPage {
  return { items: items.map((i) => i.request), ...(next ? { next: Buffer.from(JSON.stringify(next)).toString("base64url") } : {}) };
}

const SORT_KEY = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z#[A-Za-z0-9_-]{1,64}$/;

function decodeCursor(value: string | undefined): Cursor {
  if (value === undefined) return {};
  try {
    const parsed = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as unknown;
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) {
      const { a, b, ...rest } = parsed as Record<string, unknown>;
      const ok = (p: unknown) => p === undefined || p === "done" || (typeof p === "string" && SORT_KEY.test(p));
      if (Object.keys(rest).length === 0 && ok(a) && ok(b)) return parsed as Cursor;
    }
  } catch {
    // falls through to the refusal
  }
  throw new DomainError("INVALID_INPUT", "cursor: is not a cursor this list returned", {
    issues: [{ path: "cursor", message: "is not a cursor this list returned" }],
  });
}
