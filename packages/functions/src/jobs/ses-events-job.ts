import { recordDeliveryEvent, type ChatStore, type DeliveryEvent } from "@coffeechat/core";
// zod's mini build: this Lambda validates nothing else, and the classic build is ~190 KB at every cold start.
import * as z from "zod/mini";
import type { Logger } from "../http/logger.ts";

const Recipient = z.object({ emailAddress: z.string() });
/** SES event publishing ("eventType") and identity notifications ("notificationType") share this shape. */
const SesEvent = z.union([
  z.object({
    eventType: z.optional(z.literal("Bounce")),
    notificationType: z.optional(z.literal("Bounce")),
    bounce: z.object({ bounceType: z.string(), bouncedRecipients: z.array(Recipient) }),
  }),
  z.object({
    eventType: z.optional(z.literal("Complaint")),
    notificationType: z.optional(z.literal("Complaint")),
    complaint: z.object({ complainedRecipients: z.array(Recipient) }),
  }),
]);

export function toDeliveryEvent(message: unknown): DeliveryEvent | undefined {
  const parsed = SesEvent.safeParse(message);
  if (!parsed.success) return undefined;
  const e = parsed.data;
  if ("bounce" in e) {
    return { type: "Bounce", permanent: e.bounce.bounceType === "Permanent", recipients: e.bounce.bouncedRecipients.map((r) => r.emailAddress) };
  }
  return { type: "Complaint", permanent: true, recipients: e.complaint.complainedRecipients.map((r) => r.emailAddress) };
}

/** Records the bounces and complaints in an SNS batch; anything else is logged and ignored. */
export function createSesEventsJob(store: Pick<ChatStore, "suppress">, logger: Logger, clock: () => number) {
  return async (event: { Records: { Sns: { Message: string } }[] }) => {
    for (const record of event.Records) {
      let message: unknown;
      try {
        message = JSON.parse(record.Sns.Message);
      } catch {
        logger.warn("ses event is not JSON", { message: record.Sns.Message.slice(0, 200) });
        continue;
      }
      const delivery = toDeliveryEvent(message);
      if (!delivery) continue;
      const suppressed = await recordDeliveryEvent(store, delivery, clock());
      logger.info("delivery event", { type: delivery.type, permanent: delivery.permanent, suppressed: suppressed.length });
    }
  };
}
