import type { Account, ChatRequest, FollowUpRecord, Link } from "@coffeechat/core";
import { FormBanner } from "../form-fields.tsx";
import { HostLayout } from "./host-layout.tsx";
import { RequestItem, type ItemForm } from "./request-item.tsx";
import { ShareLink } from "./share-link.tsx";
import { COPY_SCRIPT } from "./scripts.ts";

export interface Section {
  items: ChatRequest[];
  next?: string | undefined;
}

export interface DashboardProps {
  account: Account;
  pending: Section;
  upcoming: Section;
  past: Section;
  followUps: Map<string, FollowUpRecord[]>;
  links: { link: Link; url: string; qr: string }[];
  linkOf: (request: ChatRequest) => Link | undefined;
  manage: (request: ChatRequest) => { reschedule: string; chatPage: string } | undefined;
  banner?: { kind: "ok" | "error" | "warn"; text: string } | undefined;
  form?: ItemForm | undefined;
}

/** What waits for the host, what is coming, what has been; and their links to share. */
export function DashboardPage(p: DashboardProps) {
  const zone = p.account.timeZone;
  const more = (view: string, next: string | undefined) =>
    next ? (
      <p>
        <a href={`/dashboard?${view}=${encodeURIComponent(next)}#${view}`}>More</a>
      </p>
    ) : null;
  const item = (r: ChatRequest, kind: "pending" | "upcoming" | "past") => (
    <RequestItem
      request={r}
      link={p.linkOf(r)}
      timeZone={zone}
      kind={kind}
      {...(p.followUps.get(r.id) ? { followUps: p.followUps.get(r.id)! } : {})}
      {...(p.manage(r) ? { manage: p.manage(r)! } : {})}
      form={p.form}
    />
  );
  return (
    <HostLayout title="Dashboard" account={p.account} active="dashboard" script={COPY_SCRIPT}>
      <h1>Hi {p.account.name.split(" ")[0] || "there"}</h1>
      <FormBanner text={p.banner?.text} kind={p.banner?.kind} />

      <section class="card" aria-labelledby="pending">
        <h2 id="pending">
          Waiting for you <span class="badge">{p.pending.items.length}{p.pending.next ? "+" : ""}</span>
        </h2>
        {p.pending.items.length === 0 ? <p class="muted">No requests waiting. New ones also arrive by email.</p> : null}
        {p.pending.items.map((r) => item(r, "pending"))}
        {more("pending", p.pending.next)}
      </section>

      <section class="card" aria-labelledby="upcoming">
        <h2 id="upcoming">Upcoming</h2>
        {p.upcoming.items.length === 0 ? <p class="muted">No chats coming up.</p> : null}
        {p.upcoming.items.map((r) => item(r, "upcoming"))}
        {more("upcoming", p.upcoming.next)}
      </section>

      <section class="card" aria-labelledby="links">
        <div class="nav">
          <h2 id="links">Your links</h2>
          <a class="btn secondary small" href="/dashboard/links/new">New link</a>
        </div>
        {p.links.length === 0 ? <p class="muted">No links yet.</p> : null}
        {p.links.map(({ link, url, qr }) => (
          <article class="item" id={`link-${link.slug}`} aria-labelledby={`link-${link.slug}-title`}>
            <h3 id={`link-${link.slug}-title`}>
              {link.title}
              {link.paused ? <span class="badge warn">paused</span> : null}
              {link.requiresApproval === false ? <span class="badge">books without approval</span> : null}
            </h3>
            <p class="muted">
              {link.durationMinutes} minutes · <a href={`/dashboard/links/${link.slug}`}>Edit</a> · <a href={url}>Open the page</a>
            </p>
            <ShareLink url={url} qr={qr} id={link.slug} />
          </article>
        ))}
      </section>

      <section class="card" aria-labelledby="past">
        <h2 id="past">Past</h2>
        {p.past.items.length === 0 ? <p class="muted">Nothing yet.</p> : null}
        {p.past.items.map((r) => item(r, "past"))}
        {more("past", p.past.next)}
      </section>
    </HostLayout>
  );
}
