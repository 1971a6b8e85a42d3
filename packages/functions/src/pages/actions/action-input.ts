import { z } from "zod";
import { DomainError, type ActionInput } from "@coffeechat/core";

const lines = (text: unknown) =>
  typeof text === "string"
    ? text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean)
    : undefined;

const schema = z.object({
  note: z.string().trim().max(1000, "must be at most 1000 characters").optional(),
  start: z.iso.datetime({ offset: true, message: "pick one of the times shown" }).optional(),
  questions: z
    .array(z.string().min(3, "each question needs at least 3 characters").max(300, "each question must be at most 300 characters"))
    .max(10, "at most 10 questions fit a short chat")
    .optional(),
  names: z.array(z.string().max(200, "each name must be at most 200 characters")).max(30, "at most 30 names at a time").optional(),
});

/** The few fields an action's form can carry, checked before anything changes. */
export function readActionInput(body: Record<string, unknown>): ActionInput {
  const parsed = schema.safeParse({
    note: typeof body["note"] === "string" && body["note"].trim() ? body["note"] : undefined,
    start: typeof body["start"] === "string" ? body["start"] : undefined,
    questions: lines(body["questions"]),
    names: lines(body["names"]),
  });
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: String(i.path[0] ?? "body"), message: i.message }));
    throw new DomainError("INVALID_INPUT", issues.map((i) => `${i.path}: ${i.message}`).join("; "), { issues });
  }
  const { note, start, questions, names } = parsed.data;
  return {
    ...(note ? { note } : {}),
    ...(start ? { start: Date.parse(start) } : {}),
    ...(questions ? { questions } : {}),
    ...(names ? { names } : {}),
  };
}
