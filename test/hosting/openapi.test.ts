import { describe, expect, it } from "vitest";
import { useTestStack } from "../support/use-test-stack.ts";

const t = useTestStack({ now: "2026-12-01T12:00:00Z" });

const ROUTES: [string, string][] = [
  ["post", "/api/v1/auth/start"],
  ["post", "/api/v1/auth/verify"],
  ["post", "/api/v1/auth/signout"],
  ["get", "/api/v1/me"],
  ["put", "/api/v1/me"],
  ["delete", "/api/v1/me"],
  ["get", "/api/v1/me/export"],
  ["get", "/api/v1/me/tokens"],
  ["post", "/api/v1/me/tokens"],
  ["delete", "/api/v1/me/tokens/{id}"],
  ["get", "/api/v1/me/links"],
  ["post", "/api/v1/me/links"],
  ["get", "/api/v1/me/links/{slug}"],
  ["put", "/api/v1/me/links/{slug}"],
  ["delete", "/api/v1/me/links/{slug}"],
  ["get", "/api/v1/me/requests"],
  ["post", "/api/v1/me/requests/{id}/accept"],
  ["post", "/api/v1/me/requests/{id}/decline"],
  ["post", "/api/v1/me/requests/{id}/cancel"],
  ["post", "/api/v1/me/requests/{id}/reschedule"],
];

describe("/api/v1/openapi.json", () => {
  it("describes every account route with its schemas, errors and both ways to sign in", async () => {
    const doc = (await (await fetch(t.stack.url("/api/v1/openapi.json"))).json()) as any;
    expect(doc.components.securitySchemes).toMatchObject({
      sessionCookie: { type: "apiKey", in: "cookie", name: "cc_session" },
      bearerToken: { type: "http", scheme: "bearer" },
    });
    for (const [method, path] of ROUTES) {
      const op = doc.paths[path]?.[method];
      expect(op, `${method} ${path}`).toBeDefined();
      expect(op.summary, `${method} ${path}`).toBeTruthy();
      const codes = Object.keys(op.responses);
      expect(codes.some((c) => c.startsWith("2")), `${method} ${path}`).toBe(true);
      expect(codes.some((c) => c.startsWith("4")), `${method} ${path}`).toBe(true);
      for (const code of codes.filter((c) => c.startsWith("4"))) {
        expect(op.responses[code].content["application/json"].schema, `${method} ${path} ${code}`).toEqual({ $ref: "#/components/schemas/Error" });
      }
      if (path.startsWith("/api/v1/me") || path === "/api/v1/auth/signout") {
        expect(op.security, `${method} ${path}`).toEqual([{ sessionCookie: [] }, { bearerToken: [] }]);
        expect(codes, `${method} ${path}`).toContain("401");
      }
    }
    expect(doc.paths["/api/v1/me/links"].post.requestBody.content["application/json"].schema).toEqual({ $ref: "#/components/schemas/NewLink" });
    expect(doc.components.schemas.NewLink.required.sort()).toEqual(["durationMinutes", "formats", "slug", "title", "weeklyHours"]);
    expect(doc.components.schemas.HostRequestList.properties.items.items).toEqual({ $ref: "#/components/schemas/HostRequest" });
    expect(doc.paths["/api/v1/me/requests"].get.parameters.map((p: any) => p.name).sort()).toEqual(["cursor", "limit", "status"]);
  });
});
