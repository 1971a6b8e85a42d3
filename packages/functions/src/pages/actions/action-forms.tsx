import type { Interval, OpenedAction, TokenAction } from "@coffeechat/core";
import { WeekPicker } from "../booking/week-picker.tsx";

export interface FormExtras {
  slots?: { timeZone: string; weekStart: string; slots: Interval[]; canGoBack: boolean; canGoForward: boolean; basePath: string };
  errors: Partial<Record<string, string>>;
}

const TITLES: Record<TokenAction, string> = {
  confirm_email: "Confirm your email",
  accept: "Accept this coffee chat",
  decline: "Decline this request",
  cancel: "Cancel the chat",
  cancel_host: "Cancel the chat",
  reschedule: "Pick a new time",
  reschedule_host: "Pick a new time",
  edit_questions: "Edit your questions",
  referrals: "Who else should you talk to?",
  did_not_happen: "The chat did not happen",
  view_guest: "Your coffee chat",
  view_host: "Your coffee chat",
};

export const titleOf = (action: TokenAction) => TITLES[action];

/** The part of each action's page between the chat summary and the button. */
export function ActionFields({ opened, extras }: { opened: OpenedAction; extras: FormExtras }) {
  const { request, host } = opened.chat;
  const err = (field: string) => (extras.errors[field] ? <p class="error">{extras.errors[field]}</p> : null);
  switch (opened.claims.action) {
    case "confirm_email":
      return <p>Confirm that this is your address, and your request goes to {host.name}.</p>;
    case "accept":
      return <p>{request.guest.name} and you will both get a calendar invite.</p>;
    case "decline":
      return (
        <>
          <label for="note">A note for {request.guest.name} (optional)</label>
          <textarea id="note" name="note" maxlength={1000} placeholder="Perhaps someone else they could ask?"></textarea>
          {err("note")}
        </>
      );
    case "cancel":
    case "cancel_host":
      return <p>Both of you get an update that removes the chat from your calendars.</p>;
    case "reschedule":
    case "reschedule_host":
      return extras.slots ? (
        <>
          <WeekPicker {...extras.slots} {...(extras.errors["start"] ? { error: extras.errors["start"] } : {})} />
        </>
      ) : null;
    case "edit_questions":
      return (
        <>
          <label for="questions">Your questions, one per line</label>
          <textarea id="questions" name="questions" rows={8}>{request.questions.join("\n")}</textarea>
          {err("questions")}
        </>
      );
    case "referrals":
      return (
        <>
          {request.referrals.length ? (
            <>
              <p>Names you have written down so far:</p>
              <ul>{request.referrals.map((n) => <li>{n}</li>)}</ul>
            </>
          ) : null}
          <label for="names">Names {host.name} suggested, one per line (with how to reach them, if you like)</label>
          <textarea id="names" name="names" rows={5}></textarea>
          {err("names")}
          <p class="muted">Asking "who else should I talk to?" is how one chat leads to the next.</p>
        </>
      );
    case "did_not_happen":
      return <p>We'll stop the thank-you and keep-in-touch prompts for this chat.</p>;
    case "view_guest":
    case "view_host":
      return null;
  }
}

const BUTTONS: Record<TokenAction, string> = {
  confirm_email: "Confirm and send my request",
  accept: "Accept",
  decline: "Decline",
  cancel: "Cancel the chat",
  cancel_host: "Cancel the chat",
  reschedule: "Move the chat to this time",
  reschedule_host: "Move the chat to this time",
  edit_questions: "Save my questions",
  referrals: "Save these names",
  did_not_happen: "Report that it did not happen",
  view_guest: "",
  view_host: "",
};

export const buttonOf = (action: TokenAction) => BUTTONS[action];
