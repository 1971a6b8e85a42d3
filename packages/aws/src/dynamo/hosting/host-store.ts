import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { Account, HostRequestView, HostStore, Link, Millis, ProfileChange } from "@coffeechat/core";
import type { TableContext } from "../context.ts";
import { deleteAccount } from "./delete-account.ts";
import { listHostRequests } from "./host-requests.ts";
import { insertLink, listLinks } from "./links.ts";
import { getHandle, saveProfile } from "./profile.ts";

/**
 * HostStore over the single table (keys in keys.ts):
 *   HANDLE#handle / HANDLE — who holds a public handle (active, or previous / released until heldUntil)
 *   HOST#key / HOST, HOST#key / LINK#slug — the public host record and links (shared with ChatStore)
 *   gsi1: HOSTREQ#key#group / <ISO>#id — the host's requests by dashboard group
 */
export class DynamoHostStore implements HostStore {
  private readonly ctx: TableContext;

  constructor(options: { client: DynamoDBDocumentClient; tableName: string }) {
    this.ctx = { doc: options.client, tableName: options.tableName };
  }

  getHandle(handle: string) {
    return getHandle(this.ctx, handle);
  }
  saveProfile(next: Account, expectedVersion: number, change: ProfileChange, now: Millis) {
    return saveProfile(this.ctx, next, expectedVersion, change, now);
  }
  listLinks(hostKey: string) {
    return listLinks(this.ctx, hostKey);
  }
  insertLink(link: Link) {
    return insertLink(this.ctx, link);
  }
  listHostRequests(hostKey: string, view: HostRequestView, now: Millis, page: { limit: number; cursor?: string }) {
    return listHostRequests(this.ctx, hostKey, view, now, page);
  }
  deleteAccount(account: Account, releaseHandle?: { handle: string; heldUntil: Millis }) {
    return deleteAccount(this.ctx, account, releaseHandle);
  }
}
