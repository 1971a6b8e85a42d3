/** The two people of a chat. */
export type Actor = "guest" | "host";

/** The emails a change of the request causes (the lifecycle's effects name them). */
export type EmailTemplate =
  | "hostRequest"
  | "accepted"
  | "declined"
  | "cancelled"
  | "rescheduled"
  | "expired"
  | "questionsUpdated";
