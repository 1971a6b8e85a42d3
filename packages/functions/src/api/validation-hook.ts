import { DomainError } from "@coffeechat/core";
import type { ZodError } from "zod";

/** zod issues become INVALID_INPUT with the field's path and the reason, before any handler runs. */
export function validationHook(result: { success: boolean; error?: ZodError }): void {
  if (result.success || !result.error) return;
  const issues = result.error.issues.map((i) => ({
    path: i.path.length ? i.path.join(".") : "body",
    message: i.message,
  }));
  throw new DomainError("INVALID_INPUT", issues.map((i) => `${i.path}: ${i.message}`).join("; "), { issues });
}
