import { invalidInput, type Link } from "../model/index.ts";
import type { ChatStore } from "../ports.ts";
import { validateRules } from "../slots/index.ts";

/** Stores a booking link only if its availability rules make sense; the issues name each bad field. */
export async function saveLink(store: Pick<ChatStore, "putLink">, link: Link): Promise<void> {
  const issues = validateRules(link);
  if (link.formats.length === 0) issues.push({ path: "formats", message: "offer at least one way to meet" });
  if (issues.length > 0) throw invalidInput(issues);
  await store.putLink(link);
}
