import type { OpenAPIHono } from "@hono/zod-openapi";
import { ErrorSchema } from "../schemas.ts";

/** Either credential works on every route that needs an account. */
export const SIGNED_IN: Record<string, string[]>[] = [{ sessionCookie: [] }, { bearerToken: [] }];

export const errors = (...codes: number[]) =>
  Object.fromEntries(codes.map((code) => [code, { description: DESCRIPTIONS[code] ?? "Error", content: { "application/json": { schema: ErrorSchema } } }]));

const DESCRIPTIONS: Record<number, string> = {
  400: "Invalid input: the field and the reason",
  401: "No valid session or token",
  403: "A cookie-authenticated change from another site",
  404: "Not found (or another account's)",
  409: "Conflicts with the current state",
  429: "Too many requests",
};

/** Registers the two ways to be signed in, once, on the app that serves the document. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function registerSecuritySchemes(app: OpenAPIHono<any>) {
  const registry = app.openAPIRegistry;
  registry.registerComponent("securitySchemes", "sessionCookie", {
    type: "apiKey",
    in: "cookie",
    name: "cc_session",
    description: "Set by POST /api/v1/auth/verify or the sign-in link. Named __Host-cc_session when served over https.",
  });
  registry.registerComponent("securitySchemes", "bearerToken", {
    type: "http",
    scheme: "bearer",
    description: "A personal API token from POST /api/v1/me/tokens: `Authorization: Bearer cc_…`",
  });
}
