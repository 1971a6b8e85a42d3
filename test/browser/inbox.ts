import { vi } from "vitest";
import type { TestStack } from "../support/stack.ts";

/** The newest email to an address in SES v2 local whose subject matches, as a person would open it. */
export function newestEmail(stack: TestStack, address: string, subject: RegExp) {
  return vi.waitFor(
    async () => {
      const mail = [...(await stack.emails())].reverse().find((m) => m.destination.to.some((to) => to.includes(address)) && subject.test(m.subject));
      if (!mail) throw new Error(`no "${subject}" email to ${address} yet`);
      return mail;
    },
    { timeout: 10_000 },
  );
}
