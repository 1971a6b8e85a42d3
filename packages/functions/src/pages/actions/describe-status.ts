import type { Actor, ChatRequest, Host } from "@coffeechat/core";

/** The state of a chat in a sentence, as the person reading it would say it. */
export function describeStatus(request: ChatRequest, host: Host, reader: Actor): string {
  const other = reader === "guest" ? host.name : request.guest.name;
  switch (request.status) {
    case "awaiting_email":
      return "The guest has not confirmed their email yet.";
    case "awaiting_host":
      return reader === "guest" ? `Your request is with ${other}, waiting for an answer.` : "This request is waiting for your answer.";
    case "accepted":
      return reader === "guest" ? `${other} accepted: the chat is on.` : "You accepted this chat: it is on.";
    case "completed":
      return "This chat has taken place.";
    case "declined":
      return reader === "guest" ? `${other} declined this request.` : "You declined this request.";
    case "cancelled":
      return request.cancelledBy === reader ? "You cancelled this chat." : `${other} cancelled this chat.`;
    case "expired":
      return "This request expired before it was answered.";
  }
}
