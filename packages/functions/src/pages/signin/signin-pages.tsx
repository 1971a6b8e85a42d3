import { Layout } from "../layout.tsx";
import { Err, FormBanner, invalid, type Errors } from "../form-fields.tsx";

export function SignInPage(p: { email?: string; next?: string; errors: Errors; banner?: string }) {
  return (
    <Layout title="Sign in · coffeechat">
      <div class="card narrow">
        <h1>Sign in to coffeechat</h1>
        <p>Enter your email address. We'll send you a link and a 6-digit code — no password needed. New here? The same step makes your account.</p>
        <FormBanner text={p.banner} />
        <form method="post" action="/signin">
          {p.next ? <input type="hidden" name="next" value={p.next} /> : null}
          <label for="email">Email address</label>
          <input id="email" name="email" type="email" required maxlength={254} autocomplete="email" value={p.email ?? ""} {...invalid(p.errors, "email")} />
          <Err errors={p.errors} field="email" />
          <p>
            <button class="btn" type="submit">Email me a sign-in link</button>
          </p>
        </form>
      </div>
    </Layout>
  );
}

/** After the email went out: the code form, for signing in on a device other than the one reading the mail. */
export function CodePage(p: { email: string; code?: string; next?: string; errors: Errors; banner?: string; sent: boolean }) {
  return (
    <Layout title="Check your email · coffeechat">
      <div class="card narrow">
        <h1>{p.sent ? "Check your email" : "Enter your code"}</h1>
        {p.sent ? (
          <p>
            We sent a sign-in link and a 6-digit code to <strong>{p.email}</strong>. Open the link on this device, or type the
            code here. Both work once, for 15 minutes.
          </p>
        ) : null}
        <FormBanner text={p.banner} />
        <form method="post" action="/signin/code">
          <input type="hidden" name="email" value={p.email} />
          {p.next ? <input type="hidden" name="next" value={p.next} /> : null}
          <label for="code">6-digit code</label>
          <input
            id="code"
            name="code"
            type="text"
            inputmode="numeric"
            autocomplete="one-time-code"
            pattern="[0-9]{6}"
            maxlength={6}
            required
            value={p.code ?? ""}
            class="code"
            {...invalid(p.errors, "code")}
          />
          <Err errors={p.errors} field="code" />
          <p>
            <button class="btn" type="submit">Sign in</button>
          </p>
        </form>
        <p class="muted">
          Nothing arrived? Look in your spam folder, or <a href="/signin">send a new link</a>.
        </p>
      </div>
    </Layout>
  );
}

/** What a sign-in link opens: a button, so a mail scanner that follows the link signs no one in. */
export function SignInLinkPage(p: { token: string; state: "ready" | "used" | "expired"; banner?: string }) {
  return (
    <Layout title="Sign in · coffeechat">
      <div class="card narrow">
        <h1>Sign in to coffeechat</h1>
        <FormBanner text={p.banner} />
        {p.state === "ready" ? (
          <form method="post" action={`/signin/${p.token}`}>
            <p>Press the button to sign in on this device.</p>
            <p>
              <button class="btn" type="submit">Sign in</button>
            </p>
          </form>
        ) : (
          <>
            <p>
              {p.state === "expired"
                ? "This sign-in link has expired: links work for 15 minutes."
                : "This sign-in link was used already, or a newer one was sent since."}
            </p>
            <p>
              <a class="btn" href="/signin">Send a new link</a>
            </p>
          </>
        )}
      </div>
    </Layout>
  );
}
