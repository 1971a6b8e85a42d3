import { renderEmail, type EmailContent, type EmailDraft } from "../render/email.ts";

/** An email function as its reader gets it: the draft rendered to subject, text and HTML. */
export const rendered =
  <A extends unknown[]>(draft: (...args: A) => EmailDraft) =>
  (...args: A): EmailContent =>
    renderEmail(draft(...args));
