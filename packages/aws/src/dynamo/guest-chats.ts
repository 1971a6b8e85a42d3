import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { invalidInput, type ChatRequest } from "@coffeechat/core";
import type { TableContext } from "./context.ts";
import { dynamoCall } from "./errors.ts";
import { GSI2, guestChatPk } from "./keys.ts";
import { requestOf } from "./request-item.ts";

export interface GuestChatPage {
  chats: ChatRequest[];
  /** Pass back for the next page; absent on the last one. */
  cursor?: string;
}

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 100;
const CURSOR_KEYS = ["gsi2pk", "gsi2sk", "pk", "sk"];

/**
 * The chats an address requested across hosts, newest first, from gsi2 (eventually consistent, as
 * every index is: a chat confirmed a moment ago may show on the next read). Only requests whose
 * guest confirmed the address are there (request-item.ts).
 */
export async function listChatsByGuestEmail(
  ctx: TableContext,
  email: string,
  page: { limit?: number; cursor?: string } = {},
): Promise<GuestChatPage> {
  const pk = guestChatPk(email);
  const limit = Math.min(MAX_LIMIT, Math.max(1, Math.floor(page.limit ?? DEFAULT_LIMIT)));
  const out = await dynamoCall("list an address's chats", () =>
    ctx.doc.send(
      new QueryCommand({
        TableName: ctx.tableName,
        IndexName: GSI2,
        KeyConditionExpression: "gsi2pk = :pk",
        ExpressionAttributeValues: { ":pk": pk },
        ScanIndexForward: false,
        Limit: limit,
        ...(page.cursor ? { ExclusiveStartKey: decodeCursor(page.cursor, pk) } : {}),
      }),
    ),
  );
  const chats = (out.Items ?? []).map(requestOf);
  return out.LastEvaluatedKey ? { chats, cursor: encodeCursor(out.LastEvaluatedKey) } : { chats };
}

const encodeCursor = (key: Record<string, unknown>) => Buffer.from(JSON.stringify(key)).toString("base64url");

/** A cursor is only ever one we gave out for this same address; anything else is a 400, never a read elsewhere. */
function decodeCursor(cursor: string, pk: string): Record<string, string> {
  const bad = () => invalidInput([{ path: "cursor", message: "must be the cursor of the previous page" }]);
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw bad();
  }
  if (typeof key !== "object" || key === null || Array.isArray(key)) throw bad();
  const entries = Object.entries(key);
  const wellFormed =
    entries.length === CURSOR_KEYS.length && entries.every(([k, v]) => CURSOR_KEYS.includes(k) && typeof v === "string" && v.length <= 1024);
  if (!wellFormed || (key as Record<string, string>)["gsi2pk"] !== pk) throw bad();
  return key as Record<string, string>;
}
