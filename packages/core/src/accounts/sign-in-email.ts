import { buttons, facts, note, paragraph } from "../messages/render/blocks.ts";
import { draftEmail, renderEmail, type EmailContent } from "../messages/render/email.ts";
import { SIGN_IN_VALIDITY } from "./rules.ts";

/**
 * The same email whether or not the address has an account, so nobody learns who has one. The link
 * opens a page with a button (mail scanners that follow links sign no one in); the code is for
 * signing in on another device.
 */
export function signInEmail(urls: { signInUrl: string }, code: string): EmailContent {
  const minutes = SIGN_IN_VALIDITY / 60_000;
  return renderEmail(
    draftEmail(`Your coffeechat sign-in code: ${code}`, `Sign in to coffeechat with this link or code.`, [
    paragraph("Hi,"),
    paragraph("Someone (we hope you) asked to sign in to coffeechat with this address. Use the button, or type the code:"),
    buttons({ label: "Sign in to coffeechat", url: urls.signInUrl, primary: true }),
    facts([["Code", code]]),
    note(
      `The link and the code work once, for ${minutes} minutes. If you didn't ask to sign in, ignore this email: nothing happens without the link or the code.`,
    ),
  ]),
  );
}
