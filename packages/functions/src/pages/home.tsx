import type { Context } from "hono";
import { Layout } from "./layout.tsx";

/** The front page: what coffeechat is, and the way in. */
export const homePage = (c: Context) =>
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
  );
