export const TOKEN_ACTIONS = [
  "confirm_email",
  "accept",
  "decline",
  "cancel",
  "reschedule",
  // The host's own links: the same changes, made by the other side.
  "cancel_host",
  "reschedule_host",
  "view_guest",
  "view_host",
  "edit_questions",
  "referrals",
  "did_not_happen",
] as const;

export type TokenAction = (typeof TOKEN_ACTIONS)[number];

export function isTokenAction(value: string): value is TokenAction {
  return (TOKEN_ACTIONS as readonly string[]).includes(value);
}
