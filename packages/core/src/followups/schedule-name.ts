import { createHash } from "node:crypto";
import type { FollowUpKind } from "../model/index.ts";

const SAFE_ID = /^[0-9a-zA-Z_.-]{1,40}$/;

/**
 * The EventBridge schedule name of one follow-up: the same request and kind always give the same
 * name, so planning twice moves a schedule instead of adding one. At most 64 characters of
 * [0-9a-zA-Z-_.]; an id that would not fit is replaced by a digest of itself.
 */
export function scheduleName(requestId: string, kind: FollowUpKind): string {
  const id = SAFE_ID.test(requestId) ? requestId : createHash("sha256").update(requestId).digest("hex").slice(0, 32);
  return `cc-${id}-${kind.replace(/_/g, "-")}`;
}
