import type { OutreachChannel, PersonStatus } from "@coffeechat/core";

/** Statuses in the words a seeker uses. */
export const STATUS_LABEL: Record<PersonStatus, string> = {
  to_contact: "To contact",
  reached_out: "Reached out",
  booked: "Chat booked",
  held: "Chat held",
  thanked: "Thanked",
  keep_in_touch: "Keeping in touch",
  not_now: "Not now",
};

export const CHANNEL_LABEL: Record<OutreachChannel, string> = {
  email: "Email",
  linkedin: "LinkedIn",
  phone: "Phone",
  in_person: "In person",
  other: "Other",
};
