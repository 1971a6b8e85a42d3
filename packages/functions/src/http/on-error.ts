import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { DomainError } from "@coffeechat/core";
import { errorBody, statusOf } from "./errors.ts";
import type { Logger } from "./logger.ts";
import { errorPage } from "../pages/error-page.tsx";

/** Maps anything thrown in a handler to a response: JSON under /api, a page elsewhere. */
export function onError(logger: Logger) {
  return (err: Error, c: Context) => {
    const domain = toDomainError(err);
    if (!domain) {
      logger.error("unhandled", { requestId: c.get("requestId"), error: err });
      const internal = new DomainError("TRANSIENT", "Something went wrong on our side; please try again.");
      return respond(c, internal, 500);
    }
    if (domain.code === "TRANSIENT") logger.warn("transient", { requestId: c.get("requestId"), error: err });
    return respond(c, domain, statusOf(domain));
  };
}

function toDomainError(err: Error): DomainError | undefined {
  if (err instanceof DomainError) return err;
  // The csrf middleware's refusal: a form posted from another site.
  if (err instanceof HTTPException && err.status === 403) {
    return new DomainError("TOKEN_INVALID", "This form can only be sent from coffeechat's own page.");
  }
  // Hono's own 4xx (e.g. a body that is not JSON) carry their status; keep them client errors.
  if (err instanceof HTTPException && err.status < 500) {
    return new DomainError("INVALID_INPUT", err.message || "The request could not be read", {
      issues: [{ path: "body", message: err.message || "could not be read" }],
    });
  }
  return undefined;
}

function respond(c: Context, error: DomainError, status: ReturnType<typeof statusOf> | 500) {
  const retry = error.details.retryAfterSeconds;
  if (retry !== undefined) c.header("Retry-After", String(retry));
  if (c.req.path.startsWith("/api/")) return c.json(errorBody(error), status);
  return c.html(errorPage(error, status), status);
}
