import type { Millis } from "../model/index.ts";
import type { ChatStore } from "../ports.ts";

/** A bounce or complaint SES reported through the configuration set. */
export interface DeliveryEvent {
  type: "Bounce" | "Complaint";
  /** Permanent bounces stop mail; transient ones (a full mailbox) do not. */
  permanent: boolean;
  recipients: string[];
}

/** Addresses that hard-bounced or complained are never mailed again (notify skips them). */
export async function recordDeliveryEvent(store: Pick<ChatStore, "suppress">, event: DeliveryEvent, now: Millis) {
  if (event.type === "Bounce" && !event.permanent) return [];
  const reason = event.type === "Bounce" ? "bounced" : "complained";
  for (const address of event.recipients) await store.suppress(address, reason, now);
  return event.recipients;
}
