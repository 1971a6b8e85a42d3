import type { Actor, Chat } from "@coffeechat/core";
import { FORMAT_LABEL } from "../booking/host-card.tsx";
import { formatDateTime } from "../dates.ts";
import { useLocale } from "../locale.ts";

/** The chat as both sides see it: when (in the reader's zone and the other's), how, who, and the questions. */
export function ChatSummary({ chat, reader }: { chat: Chat; reader: Actor }) {
  const { request, host, link } = chat;
  const locale = useLocale();
  const format = link.formats.find((f) => f.kind === request.format);
  const mine = reader === "guest" ? request.guest.timeZone : host.timeZone;
  const theirs = reader === "guest" ? host.timeZone : request.guest.timeZone;
  return (
    <section class="card">
      <h2>
        {link.durationMinutes}-minute coffee chat: {request.guest.name} × {host.name}
      </h2>
      <dl>
        <dt>When</dt>
        <dd>
          {formatDateTime(request.start, mine, locale)} <span class="muted">({mine})</span>
        </dd>
        {theirs !== mine ? (
          <>
            <dt>{reader === "guest" ? "Host's time" : "Guest's time"}</dt>
            <dd>
              {formatDateTime(request.start, theirs, locale)} <span class="muted">({theirs})</span>
            </dd>
          </>
        ) : null}
        <dt>How</dt>
        <dd>
          {FORMAT_LABEL[request.format]}
          {format?.details ? ` — ${format.details}` : ""}
        </dd>
      </dl>
      {reader === "host" ? (
        <>
          <h3>About {request.guest.name}</h3>
          <p style="white-space:pre-line">{request.background}</p>
          <h3>Why they'd like to talk</h3>
          <p style="white-space:pre-line">{request.purpose}</p>
          {request.foundVia ? <p class="muted">Found you via: {request.foundVia}</p> : null}
          {request.links.length ? (
            <ul>
              {request.links.map((l) => (
                <li>
                  <a href={l} rel="nofollow noopener noreferrer">{l}</a>
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
      <h3>Questions</h3>
      <ol>
        {request.questions.map((q) => (
          <li>{q}</li>
        ))}
      </ol>
    </section>
  );
}
