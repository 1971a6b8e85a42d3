import { isWebLink, PERSON_STATUSES, type Person, type PersonStatus } from "@coffeechat/core";
import type { JournalView } from "./journal-view.ts";
import { STATUS_LABEL } from "./labels.ts";
import { journalPaths } from "./paths.ts";

/** Everyone, by status, each with a one-click status change that works without JavaScript. */
export function PeopleList({ view }: { view: JournalView }) {
  const filter = view.statusFilter;
  const shown = view.people.filter((p) => !filter || p.status === filter).sort((a, b) => a.name.localeCompare(b.name));
  const visible = shown.slice(0, view.peopleLimit);
  const count = (s: PersonStatus) => view.people.filter((p) => p.status === s).length;
  const href = (s?: PersonStatus) => `${view.base}${s ? `?status=${s}` : ""}#people`;
  return (
    <section class="card" aria-labelledby="people-title" id="people">
      <h2 id="people-title">People ({view.people.length})</h2>
      <nav class="filters" aria-label="Show people by status">
        <a href={href()} {...(!filter ? { "aria-current": "page" } : {})}>All</a>
        {PERSON_STATUSES.filter((s) => count(s) > 0 || s === filter).map((s) => (
          <a href={href(s)} {...(filter === s ? { "aria-current": "page" } : {})}>
            {STATUS_LABEL[s]} ({count(s)})
          </a>
        ))}
      </nav>
      {visible.length === 0 ? <p class="muted">{filter ? "Nobody with this status." : "Nobody yet: add people below, or import your LinkedIn connections."}</p> : null}
      {visible.map((p) => (
        <PersonRow person={p} view={view} />
      ))}
      {shown.length > visible.length ? (
        <p>
          <a href={`${view.base}?${filter ? `status=${filter}&` : ""}all=1#people`}>Show all {shown.length}</a>
        </p>
      ) : null}
    </section>
  );
}

function PersonRow({ person: p, view }: { person: Person; view: JournalView }) {
  const id = `status-${p.id}`;
  const about = [p.role, p.organization].filter(Boolean).join(", ");
  return (
    <div class="row">
      <div>
        <strong>{p.name}</strong>
        {about ? <span class="muted"> · {about}</span> : null}
        {p.introducedBy ? <div class="muted">Introduced by {p.introducedBy}</div> : p.howWeKnow ? <div class="muted">{p.howWeKnow}</div> : null}
        {p.link && isWebLink(p.link) ? (
          <div>
            <a href={p.link} rel="nofollow noopener noreferrer">{p.link.replace(/^https?:\/\/(www\.)?/, "")}</a>
          </div>
        ) : null}
      </div>
      <form method="post" action={journalPaths(view.base).status(p.id)}>
        <label class="visually-hidden" for={id}>Status of {p.name}</label>
        <select id={id} name="status">
          {PERSON_STATUSES.map((s) => (
            <option value={s} selected={s === p.status}>{STATUS_LABEL[s]}</option>
          ))}
        </select>
        <button class="btn secondary small" type="submit">
          Save<span class="visually-hidden"> status of {p.name}</span>
        </button>
      </form>
    </div>
  );
}
