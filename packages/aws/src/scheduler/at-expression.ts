import type { Millis } from "@coffeechat/core";

/**
 * `at(yyyy-mm-ddThh:mm:ss)` in UTC. at() has whole seconds, so the instant is rounded up: a follow-up
 * may run a moment late, never early (the job re-checks "is it time yet" against its own clock).
 */
export function atExpression(instant: Millis): string {
  const rounded = Math.ceil(instant / 1000) * 1000;
  return `at(${new Date(rounded).toISOString().slice(0, 19)})`;
}
