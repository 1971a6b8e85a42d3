import type { Actor, FollowUpKind, FollowUpRecord } from "@coffeechat/core";
import { formatDateTime } from "../dates.ts";
import { useLocale } from "../locale.ts";

const LABEL: Record<FollowUpKind, string> = {
  prep_pack: "Background and questions to the host",
  guest_confirm: "Confirming note to the guest",
  reminder: "Reminder to both, an hour before",
  thank_you: "Thank-you prompt to the guest",
  keep_in_touch: "Keep-in-touch prompt to the guest",
  host_nudge: "Nudge to the host to answer",
  expire_unconfirmed: "Let the slot go if the email is not confirmed",
  expire_unanswered: "Let the slot go if the host does not answer",
};

const STATUS: Record<FollowUpRecord["status"], string> = {
  planned: "scheduled",
  sent: "sent",
  // Plans change (an acceptance ends the waiting, a cancel ends the chat); the reason stays in the record.
  skipped: "not needed",
  failed: "could not be sent",
};

/** Every follow-up with its time and status: reminders that silently never fire are what we avoid. */
export function FollowUpList({ records, timeZone }: { records: FollowUpRecord[]; timeZone: string; reader: Actor }) {
  const locale = useLocale();
  if (records.length === 0) return null;
  return (
    <section class="card">
      <h2>Follow-ups</h2>
      <table>
        <thead>
          <tr>
            <th>What</th>
            <th>When</th>
            <th>Status</th>
          </tr>
        </thead>
        <tbody>
          {records.map((r) => (
            <tr>
              <td>{LABEL[r.kind]}</td>
              <td>{formatDateTime(r.sentAt ?? r.at, timeZone, locale)}</td>
              <td>{STATUS[r.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
