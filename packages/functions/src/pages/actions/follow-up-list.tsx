import { followUpOf, type Actor, type FollowUpRecord } from "@coffeechat/core";
import { formatDateTime } from "../dates.ts";
import { useLocale } from "../locale.ts";

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
              <td>{followUpOf(r.kind).label}</td>
              <td>{formatDateTime(r.sentAt ?? r.at, timeZone, locale)}</td>
              <td>{STATUS[r.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
