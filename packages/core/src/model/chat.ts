import type { Actor } from "./actor.ts";
import type { Host, Link } from "./link.ts";
import type { ChatRequest } from "./request.ts";

/** A request (or the chat it became) with the host and link it was made on: what every use case and email reads. */
export interface Chat {
  request: ChatRequest;
  host: Host;
  link: Link;
}

/** The address a chat's emails to `actor` go to. */
export const addressOf = (chat: Chat, actor: Actor): string => (actor === "guest" ? chat.request.guest.email : chat.host.email);
