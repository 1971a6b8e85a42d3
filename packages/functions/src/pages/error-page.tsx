import type { DomainError } from "@coffeechat/core";
import { Layout } from "./layout.tsx";

const TITLES: Partial<Record<DomainError["code"], string>> = {
  NOT_FOUND: "Not found",
  TOKEN_INVALID: "This link is not valid",
  TOKEN_EXPIRED: "This link has expired",
  RATE_LIMITED: "Too many requests",
  TRANSIENT: "Please try again",
  UNAUTHENTICATED: "Please sign in",
  CROSS_SITE: "This form came from another site",
};

export function errorPage(error: DomainError, status: number) {
  const title = TITLES[error.code] ?? "Something is not right";
  return (
    <Layout title={`${title} · coffeechat`}>
      <div class="card">
        <h1>{title}</h1>
        <p>{error.message}</p>
        <p class="muted">
          Error {status} · {error.code}
        </p>
      </div>
    </Layout>
  );
}
