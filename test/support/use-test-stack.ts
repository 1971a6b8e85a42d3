import { afterAll, beforeAll } from "vitest";
import type { LocalStackOptions } from "../../infra/local-stack.ts";
import { recordingMailer } from "./recording-mailer.ts";
import { startTestStack, type TestStack } from "./stack.ts";

/**
 * One local stack per test file, on a clock the tests set (`t.now = …`), with every email also kept
 * raw in `t.mail`. Started before the file's tests and stopped after them.
 */
export function useTestStack(options: { now: string; env?: LocalStackOptions["env"] }) {
  let started: TestStack | undefined;
  const t = {
    now: Date.parse(options.now),
    mail: recordingMailer(),
    get stack(): TestStack {
      if (!started) throw new Error("the test stack starts in beforeAll; use it inside tests");
      return started;
    },
  };
  beforeAll(async () => {
    started = await startTestStack({ clock: () => t.now, wrap: t.mail.wrap, ...(options.env ? { env: options.env } : {}) });
  });
  afterAll(() => started?.stop());
  return t;
}
