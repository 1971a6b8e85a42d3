import type { AccountStore } from "../../accounts/index.ts";
import { digestCron, digestJobInput, digestScheduleName, digestWeekOf, weeklyDigest, type DigestJobInput } from "../../journal/index.ts";
import type { DigestSettings } from "../../journal/types.ts";
import { composeEmail } from "../../messages/index.ts";
import type { Millis } from "../../model/index.ts";
import type { ChatStore, Mailer, RecurringScheduler } from "../../ports.ts";
import { CLAIM_TIMEOUT } from "../outbox/index.ts";
import type { UseCaseDeps } from "../ports.ts";
import { journalSummary, type JournalDeps, type Seeker } from "./journal-usecases.ts";

type ScheduleDeps = JournalDeps & { scheduler: RecurringScheduler };

/**
 * Stores the weekly email's settings and keeps its one recurring schedule in step. On, the schedule
 * is put before the settings; off, the settings go first and the schedule after. Either way a stop
 * half-way leaves at worst a schedule whose job finds the email switched off and sends nothing.
 */
export async function setDigest(deps: ScheduleDeps, seeker: Seeker, digest: DigestSettings): Promise<DigestSettings> {
  const name = digestScheduleName(seeker.id);
  if (digest.enabled) {
    await deps.scheduler.putRecurringSchedule(name, digestCron(digest), digest.timeZone, digestJobInput(seeker.id));
    await deps.journal.putDigest(seeker.id, digest);
  } else {
    await deps.journal.putDigest(seeker.id, digest);
    await deps.scheduler.deleteRecurringSchedule(name);
  }
  return digest;
}

export type DigestJobDeps = ScheduleDeps & {
  accounts: Pick<AccountStore, "getAccount">;
  store: Pick<ChatStore, "isSuppressed">;
  mailer: Mailer;
  newId: () => string;
  settings: Pick<UseCaseDeps["settings"], "appUrl" | "sender">;
};

/**
 * What the digest schedule runs, at least once a week, maybe twice at the same moment. It re-reads
 * the settings (switched off since: nothing), claims the week with a conditional write so a
 * duplicate delivery sends nothing, and on a failed send drops the claim and throws, so the
 * scheduler retries as it does for follow-ups and, after the last try, parks it in the dead-letter queue.
 */
export async function sendWeeklyDigest(deps: DigestJobDeps, input: DigestJobInput, now: Millis): Promise<string> {
  const account = await deps.accounts.getAccount(input.accountId);
  if (!account) {
    // The account is gone (its deletion removes the schedule; this is a delivery already on its way).
    await deps.scheduler.deleteRecurringSchedule(digestScheduleName(input.accountId));
    return "no such account";
  }
  const seeker: Seeker = { id: account.id, email: account.email, timeZone: account.timeZone };
  const summary = await journalSummary(deps, seeker, now);
  const settings = summary.stored.digest;
  if (!settings?.enabled) return "switched off";

  const week = digestWeekOf(input.scheduledAt ?? now, settings.timeZone);
  const claimId = deps.newId();
  if (!(await deps.journal.claimDigest(account.id, week, { id: claimId, at: now }, now - CLAIM_TIMEOUT))) {
    return `already sent for the week of ${week}`;
  }
  let messageId: string | undefined;
  try {
    messageId = await mail(deps, account, { summary, settings, week }, now);
  } catch (e) {
    await deps.journal.releaseDigest(account.id, week, claimId);
    throw e;
  }
  await deps.journal.finishDigest(account.id, week, claimId, messageId);
  return messageId ? `sent for the week of ${week}` : "skipped: the address is suppressed";
}

async function mail(
  deps: DigestJobDeps,
  account: { id: string; email: string; name: string },
  what: { summary: Awaited<ReturnType<typeof journalSummary>>; settings: DigestSettings; week: string },
  now: Millis,
): Promise<string | undefined> {
  if (await deps.store.isSuppressed(account.email)) return undefined;
  const { appUrl, sender } = deps.settings;
  const content = weeklyDigest({
    seekerName: account.name || account.email,
    summary: what.summary,
    settings: what.settings,
    journalUrl: `${appUrl}/journal`,
    settingsUrl: `${appUrl}/journal#digest`,
  });
  const raw = await composeEmail({
    from: sender,
    to: { name: account.name, address: account.email },
    subject: content.subject,
    text: content.text,
    html: content.html,
    // The same week keeps the same Message-ID: a re-send after a died claim is the same message to mail clients.
    messageId: `digest.${account.id}.${what.week}`,
    date: now,
  });
  return (await deps.mailer.send({ to: account.email, raw })).messageId;
}
