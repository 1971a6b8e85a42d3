import type { Child } from "hono/jsx";
import type { Account } from "@coffeechat/core";
import { Layout } from "../layout.tsx";

/** The signed-in pages: the booking page's look, with a bar to move between them and sign out. */
export function HostLayout(p: { title: string; account: Account; active?: "dashboard" | "settings" | "calendars"; children: Child; script?: string }) {
  return (
    <Layout
      title={`${p.title} · coffeechat`}
      head={p.script ? <script dangerouslySetInnerHTML={{ __html: p.script }} /> : undefined}
    >
      <nav class="topbar" aria-label="Your account">
        <a class="brand" href="/dashboard">coffeechat</a>
        <span class="topbar-links">
          <a href="/dashboard" aria-current={p.active === "dashboard" ? "page" : undefined}>Dashboard</a>
          <a href="/settings/calendars" aria-current={p.active === "calendars" ? "page" : undefined}>Calendars</a>
          <a href="/settings" aria-current={p.active === "settings" ? "page" : undefined}>Settings</a>
          <form method="post" action="/signout" class="inline">
            <button type="submit" class="linklike">Sign out</button>
          </form>
        </span>
      </nav>
      {p.children}
    </Layout>
  );
}
