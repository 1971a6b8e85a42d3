import { firstName } from "../messages/chat-details.ts";
import { mailtoUrl } from "../messages/mailto.ts";
import type { Person } from "./types.ts";

export interface Draft {
  subject: string;
  body: string;
  /** Opens the draft in the seeker's mail app, when the introducer's address is known. */
  mailto?: string;
}

/**
 * Asking the person who suggested a name to introduce the seeker: a warm introduction gets a yes
 * far more often than a cold message (seeds 001, 004). `introducer` is the seeker's own record of
 * them, when there is one, for the address.
 */
export function introductionRequest(seekerName: string, referral: Person, introducer?: Person): Draft {
  const by = referral.introducedBy ?? introducer?.name ?? "";
  const about = [referral.role, referral.organization].filter(Boolean).join(" at ");
  const subject = `An introduction to ${referral.name}?`;
  const body = [
    `Hi ${firstName(by)},`,
    `Thank you again for suggesting I talk to ${referral.name}${about ? ` (${about})` : ""}.`,
    `Would you be willing to introduce us? A short email to both of us would be perfect. I'd ask for 20 minutes to learn about their work — information and advice, not a job.`,
    "If it's easier, I'm happy to write the introduction myself for you to forward.",
    `Thank you,\n${seekerName}`,
  ].join("\n\n");
  return { subject, body, ...(introducer?.email ? { mailto: mailtoUrl(introducer.email, subject, body) } : {}) };
}
