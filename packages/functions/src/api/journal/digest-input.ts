import type { DigestSettings, Seeker } from "@coffeechat/core";
import type { z } from "@hono/zod-openapi";
import type { DigestBody } from "../journal-schemas.ts";

/** The weekly email's settings as given, in the seeker's own zone unless the body names another. */
export const toDigestSettings = (body: z.infer<typeof DigestBody>, seeker: Seeker): DigestSettings =>
  ({ ...body, timeZone: body.timeZone ?? seeker.timeZone }) as DigestSettings;
