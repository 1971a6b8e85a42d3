import { Hono } from "hono";
import type { AppDeps } from "../deps.ts";
import { Layout } from "./layout.tsx";
import { bookingRoutes } from "./booking/routes.tsx";
import { actionRoutes } from "./actions/routes.tsx";
import { signInRoutes } from "./signin/routes.tsx";
import { hostRoutes } from "./host/routes.tsx";
import { journalPageRoutes } from "./journal/routes.tsx";

export function pageRoutes(deps: AppDeps) {
  const pages = new Hono();
  pages.get("/", (c) =>
    c.html(
      <Layout title="coffeechat">
        <div class="card">
          <h1>coffeechat</h1>
          <p>Booking links for informational interviews: twenty minutes, good questions, and the follow-up done for you.</p>
          <p>
            <a class="btn" href="/signin">Set up your link</a> <a href="/dashboard">Your dashboard</a>
          </p>
        </div>
      </Layout>,
    ),
  );
  pages.route("/", actionRoutes(deps));
  // Before the booking pages: /signin/<token> has the shape of /<handle>/<link>.
  pages.route("/", signInRoutes(deps));
  pages.route("/", hostRoutes(deps));
  pages.route("/", journalPageRoutes(deps));
  pages.route("/", bookingRoutes(deps));
  return pages;
}
