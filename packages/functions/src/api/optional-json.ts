import type { z } from "@hono/zod-openapi";
import { DomainError } from "@coffeechat/core";
import { validationHook } from "./validation-hook.ts";

/** A JSON body that may be left out; when present it is validated like any other (400 naming the field). */
export async function readOptionalJson<T extends z.ZodType>(req: { text(): Promise<string> }, schema: T): Promise<z.infer<T> | Record<string, never>> {
  const text = await req.text();
  if (text.trim() === "") return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new DomainError("INVALID_INPUT", "body: is not JSON", { issues: [{ path: "body", message: "is not JSON" }] });
  }
  const result = schema.safeParse(value);
  validationHook(result);
  return result.data as z.infer<T>;
}
