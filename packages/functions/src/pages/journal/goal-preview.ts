import { project, type JournalSummary } from "@coffeechat/core";
import { GoalBody } from "../../api/journal-schemas.ts";
import type { FieldErrors } from "../form-errors.tsx";
import type { FormText, JournalView } from "./journal-view.ts";

const FIELDS = ["targetChats", "byDate", "chatsPerWeek", "outreachPerDay"] as const;

/**
 * The goal form as typed (a save that failed, or "Show the projection", a GET with the fields):
 * the values to show again, the reason for each field that is wrong, and — when all are right —
 * the projection those numbers give, computed exactly as a saved goal's would be.
 */
export function goalFormState(
  input: Record<string, unknown>,
  summary: Pick<JournalSummary, "progress" | "today">,
): JournalView["goalForm"] {
  const values: FormText = Object.fromEntries(FIELDS.map((f) => [f, typeof input[f] === "string" ? input[f] : undefined]).filter(([, v]) => v !== undefined));
  const parsed = GoalBody.safeParse(input);
  if (!parsed.success) {
    const errors: FieldErrors = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? "goal")] ??= issue.message;
    return { values, errors };
  }
  const goal = parsed.data;
  return { values, errors: {}, preview: { goal, projection: project(goal, summary.progress.held, summary.today) } };
}
