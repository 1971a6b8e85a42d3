import { introductionRequest, normalName, type Person, type PersonDue } from "@coffeechat/core";
import type { Child } from "hono/jsx";
import { formatDay } from "../dates.ts";
import type { JournalView } from "./journal-view.ts";
import { journalPaths } from "./paths.ts";

/** What to do now: thank, follow up, ask for introductions, keep in touch, reach out next. */
export function TodoLists({ view }: { view: JournalView }) {
  const { todo } = view.summary;
  const paths = journalPaths(view.base);
  const logLink = (p: Person, label: string) => (
    <a class="btn secondary small" href={`${view.base}?log=${encodeURIComponent(p.id)}#log`}>
      {label}
      <span class="visually-hidden"> for {p.name}</span>
    </a>
  );
  const lastContact = (d: PersonDue, label: string) => (
    <>
      <Who person={d.person} detail={d.since ? `last contact ${formatDay(d.since)}` : undefined} />
      {logLink(d.person, label)}
    </>
  );
  const referralIds = new Set(todo.referrals.map((p) => p.id));
  const next = todo.nextToReach.filter((p) => !referralIds.has(p.id));
  const nothing = [todo.toThank, todo.followUp, todo.referrals, todo.keepInTouch, next].every((l) => l.length === 0);
  return (
    <section class="card" aria-labelledby="now-title" id="now">
      <h2 id="now-title">What to do now</h2>
      {nothing ? <p>Nothing is waiting. Who did you meet lately? Add them below and reach out today.</p> : null}
      <List title="Send a thank-you note" items={todo.toThank}>
        {(d: PersonDue) => (
          <>
            <Who person={d.person} detail={d.since ? `chat on ${formatDay(d.since)}` : undefined} />
            <form method="post" action={paths.thanked(d.person.id)}>
              <button class="btn small" type="submit">
                I sent it<span class="visually-hidden"> to {d.person.name}</span>
              </button>
            </form>
          </>
        )}
      </List>
      <List title="Follow up — a week without an answer" items={todo.followUp}>
        {(d: PersonDue) => lastContact(d, "Log a follow-up")}
      </List>
      <List title="Referrals not yet contacted" items={todo.referrals}>
        {(p: Person) => (
          <>
            <Who person={p} detail={`introduced by ${p.introducedBy}`} />
            {logLink(p, "Log outreach")}
            <IntroductionDraft referral={p} view={view} />
          </>
        )}
      </List>
      <List title="Keep in touch — a month since you last wrote" items={todo.keepInTouch}>
        {(d: PersonDue) => lastContact(d, "Log an update")}
      </List>
      <List title={todo.referrals.length ? "Then reach out to" : "Reach out next"} items={next}>
        {(p: Person) => (
          <>
            <Who person={p} detail={p.howWeKnow ?? ([p.role, p.organization].filter(Boolean).join(", ") || undefined)} />
            {logLink(p, "Log outreach")}
          </>
        )}
      </List>
    </section>
  );
}

function List<T>({ title, items, children }: { title: string; items: readonly T[]; children: (item: T) => Child }) {
  if (items.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul class="todo">
        {items.map((item) => (
          <li>{children(item)}</li>
        ))}
      </ul>
    </>
  );
}

function Who({ person, detail }: { person: Person; detail?: string | undefined }) {
  return (
    <span>
      <strong>{person.name}</strong>
      {detail ? <span class="muted"> · {detail}</span> : null}
    </span>
  );
}

/** The drafted ask for an introduction, to copy or open in the mail app. */
function IntroductionDraft({ referral, view }: { referral: Person; view: JournalView }) {
  const by = normalName(referral.introducedBy ?? "");
  const introducer = view.people.find((p) => normalName(p.name) === by);
  const draft = introductionRequest(view.seekerName, referral, introducer);
  return (
    <details style="flex-basis:100%">
      <summary>Ask {referral.introducedBy} for an introduction</summary>
      <pre class="draft">{draft.body}</pre>
      {draft.mailto ? (
        <a class="btn secondary small" href={draft.mailto}>Open the draft in my email</a>
      ) : (
        <p class="muted">Copy it into a message to {referral.introducedBy}.</p>
      )}
    </details>
  );
}
