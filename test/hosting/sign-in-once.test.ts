import { describe, expect, it } from "vitest";
import type { AccountStore } from "@coffeechat/core";
import { createApp, type AppDeps } from "@coffeechat/functions";
import { becomeHost } from "../support/accounts.ts";
import { useTestStack } from "../support/use-test-stack.ts";

const t = useTestStack({ now: "2026-12-01T12:00:00Z" });

describe("a signed-in page reads the session once per request", () => {
  it.each(["/dashboard", "/settings", "/journal"])("GET %s: one credential read, though the path matches two patterns", async (path) => {
    const { cookie } = await becomeHost(t.stack, t.mail, `once-${path.slice(1)}@example.com`, `once-${path.slice(1)}`);
    let reads = 0;
    const real = t.stack.deps.accounts;
    const accounts: AccountStore = Object.assign(Object.create(real), {
      getCredential: (...args: Parameters<AccountStore["getCredential"]>) => (reads++, real.getCredential(...args)),
    });
    const app = createApp({ ...t.stack.deps, accounts } as AppDeps);
    const res = await app.request(path, { headers: { cookie } });
    expect(res.status).toBe(200);
    expect(reads).toBe(1);
  });
});
