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
  let hang: { to: string; sent: Promise<never>; release: () => void } | undefined;
  const wrap = (deps: AppDeps): AppDeps => {
    const real = deps.mailer;
    const mailer: Mailer = {
      async send(email: OutgoingEmail) {
        if (hang?.to === email.to) {
          const hung = hang;
          hang = undefined;
          return hung.sent;
        }
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
    /**
     * The next email to `to` never comes back, as if SES hung and the process was killed: nothing
     * after it runs. `release()` ends the wait with a failure (SES never took it).
     */
    hangNext(to: string) {
      let release = () => {};
      const sent = new Promise<never>((_, reject) => {
        release = () => reject(new Error("the hung connection was closed"));
      });
      hang = { to, sent, release: () => release() };
      return () => release();
    },
  };
}
