import type { z } from "@hono/zod-openapi";
import type { PersonInput } from "@coffeechat/core";
import type { PersonBody } from "../journal-schemas.ts";

/** The schema's output without the keys it left undefined (a Person has no undefined fields). */
export function toPersonInput(body: z.output<typeof PersonBody>): PersonInput {
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)) as PersonInput;
}
