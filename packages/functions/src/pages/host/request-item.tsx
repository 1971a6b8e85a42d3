import type { ChatRequest, FollowUpRecord, Link } from "@coffeechat/core";
import { FORMAT_LABEL } from "../booking/host-card.tsx";
import { formatDateTime } from "../dates.ts";

const STATUS: Record<ChatRequest["status"], string> = {
  awaiting_email: "waiting for the guest to confirm",
  awaiting_host: "waiting for you",
  accepted: "on",
  completed: "happened",
  declined: "you declined",
  cancelled: "cancelled",
  expired: "expired unanswered",
};

const FOLLOW_UP: Partial<Record<FollowUpRecord["kind"], string>> = {
  prep_pack: "Prep pack to you",
  guest_confirm: "Confirming note to the guest",
  reminder: "Reminder",
  thank_you: "Thank-you prompt",
  keep_in_touch: "Keep-in-touch prompt",
};

const FOLLOW_UP_STATUS: Record<FollowUpRecord["status"], string> = { planned: "scheduled", sent: "sent", skipped: "not needed", failed: "could not be sent" };

export interface ItemForm {
  requestId: string;
  action: string;
  note: string;
  error: string;
}

/** One request as the host reads it: who, when in their zone, why; with what can be done right there. */
export function RequestItem(p: {
  request: ChatRequest;
  link: Link | undefined;
  timeZone: string;
  kind: "pending" | "upcoming" | "past";
  followUps?: FollowUpRecord[];
  manage?: { reschedule: string; chatPage: string };
  form?: ItemForm | undefined;
}) {
  const r = p.request;
  const id = r.id;
  const formHere = p.form?.requestId === id ? p.form : undefined;
  const statusBadge = r.status === "accepted" && p.kind === "past" ? "time has passed" : STATUS[r.status];
  return (
    <article class="item" id={`r-${id}`} aria-labelledby={`r-${id}-title`}>
      <h3 id={`r-${id}-title`}>
        {r.guest.name}
        <span class={`badge ${r.status === "accepted" ? "ok" : r.status === "awaiting_host" ? "warn" : ""}`}>{statusBadge}</span>
      </h3>
      <p>
        {formatDateTime(r.start, p.timeZone)} · {Math.round((r.end - r.start) / 60_000)} min · {FORMAT_LABEL[r.format]}
        {p.link ? <span class="muted"> · {p.link.title}</span> : null}
      </p>
      {r.guest.timeZone !== p.timeZone ? <p class="muted">Their time: {formatDateTime(r.start, r.guest.timeZone)}</p> : null}
      <details open={p.kind === "pending"}>
        <summary>Why {r.guest.name.split(" ")[0]} asks, and their questions</summary>
        <p style="white-space:pre-line">{r.background}</p>
        <p style="white-space:pre-line">
          <em>{r.purpose}</em>
        </p>
        {r.foundVia ? <p class="muted">Found you via: {r.foundVia}</p> : null}
        <ol>
          {r.questions.map((q) => (
            <li>{q}</li>
          ))}
        </ol>
        <p class="muted">
          Email: <a href={`mailto:${r.guest.email}`}>{r.guest.email}</a>
        </p>
      </details>
      {formHere?.error ? <p class="error" role="alert">{formHere.error}</p> : null}
      {p.kind === "pending" ? (
        <div class="actions">
          <form method="post" action={`/dashboard/requests/${id}/accept`}>
            <button class="btn small" type="submit" aria-label={`Accept ${r.guest.name}'s request`}>Accept</button>
          </form>
          <NoteForm id={id} action="decline" label="Decline" guest={r.guest.name} form={formHere} placeholder="Perhaps someone else they could ask?" />
        </div>
      ) : null}
      {p.kind === "upcoming" && r.status === "accepted" ? (
        <div class="actions">
          {p.manage ? (
            <>
              <a class="btn secondary small" href={p.manage.reschedule}>Reschedule</a>
              <a class="btn secondary small" href={p.manage.chatPage}>Chat page</a>
            </>
          ) : null}
          <NoteForm id={id} action="cancel" label="Cancel" guest={r.guest.name} form={formHere} placeholder="A word for them about why" />
        </div>
      ) : null}
      {followUpLine(p.followUps)}
      {p.manage && p.kind === "past" ? (
        <p class="muted">
          <a href={p.manage.chatPage}>Chat page</a>
        </p>
      ) : null}
    </article>
  );
}

/** What followed the chat, in a line; follow-ups that turned out not to be needed are left out. */
function followUpLine(records: FollowUpRecord[] | undefined) {
  const shown = (records ?? []).filter((f) => FOLLOW_UP[f.kind] && f.status !== "skipped");
  if (!shown.length) return null;
  return <p class="muted">Follow-ups: {shown.map((f) => `${FOLLOW_UP[f.kind]} ${FOLLOW_UP_STATUS[f.status]}`).join(" · ")}</p>;
}

/** Declining and cancelling take an optional note; the form opens on demand, and without JavaScript too. */
function NoteForm(p: { id: string; action: "decline" | "cancel"; label: string; guest: string; form: ItemForm | undefined; placeholder: string }) {
  const mine = p.form?.action === p.action ? p.form : undefined;
  const field = `note-${p.action}-${p.id}`;
  return (
    <details class="noteform" open={Boolean(mine)}>
      <summary>{p.label}…</summary>
      <form method="post" action={`/dashboard/requests/${p.id}/${p.action}`}>
        <label for={field}>A note for {p.guest} (optional)</label>
        <textarea id={field} name="note" maxlength={1000} placeholder={p.placeholder} aria-invalid={mine?.error ? "true" : undefined}>
          {mine?.note ?? ""}
        </textarea>
        <p>
          <button class="btn secondary small" type="submit">
            {p.label} {p.action === "cancel" ? "the chat" : "the request"}
          </button>
        </p>
      </form>
    </details>
  );
}
