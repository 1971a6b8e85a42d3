import type { Mailer, OutgoingEmail } from "@coffeechat/core";
import type { AppDeps } from "@coffeechat/functions";

/**
 * Sends through the real mailer (SES v2 local) and keeps the raw bytes as well: the local SES store
 * re-parses mail and drops the text/calendar `method=` parameter, which the tests must see.
 */
export function recordingMailer() {
  const sent: { to: string; raw: string }[] = [];
  let failNext = 0;
  let failAlways = false;
  const wrap = (deps: AppDeps): AppDeps => {
    const real = deps.mailer;
    const mailer: Mailer = {
      async send(email: OutgoingEmail) {
        if (failAlways || failNext > 0) {
          failNext = Math.max(0, failNext - 1);
          const { DomainError } = await import("@coffeechat/core");
          throw new DomainError("TRANSIENT", "injected SES throttling");
        }
        const result = await real.send(email);
        sent.push({ to: email.to, raw: Buffer.from(email.raw).toString("utf8") });
        return result;
      },
    };
    return { ...deps, mailer };
  };
  return {
    wrap,
    sent,
    failTimes(n: number) {
      failNext = n;
    },
    failForever(on: boolean) {
      failAlways = on;
    },
  };
}
