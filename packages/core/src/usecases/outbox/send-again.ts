import type { ChatRequest, Millis } from "../../model/index.ts";
import type { Chat } from "../../model/index.ts";
import type { UseCaseDeps } from "../ports.ts";
import { armOutbox, drainOutbox } from "./drain.ts";
import { OUTBOX_GRACE } from "./plan.ts";
import { updateOutbox, withStep } from "./update.ts";

/**
 * The host asks for a failed email to be sent again: it is owed once more, with a new retry window,
 * and goes at once if the mail service takes it. Anything but a failed step is left as it is.
 */
export async function sendAgain(deps: UseCaseDeps, chat: Chat, stepId: string, now: Millis): Promise<ChatRequest> {
  const at = now + OUTBOX_GRACE;
  // Armed first, as for any change: if this process dies after the write, the schedule finishes it.
  await armOutbox(deps, chat.request, at);
  const reopened = await updateOutbox(deps, chat.request.id, (outbox) => {
    if (outbox.steps.find((s) => s.id === stepId)?.state !== "failed") return { result: false };
    const { failingSince: _, ...rest } = withStep(outbox, stepId, ({ error: __, ...step }) => ({ ...step, state: "pending" }));
    return { outbox: { ...rest, attempts: 0, nextAttemptAt: at }, result: true };
  });
  if (!reopened?.result) return reopened?.request ?? chat.request;
  return drainOutbox(deps, { ...chat, request: reopened.request }, now);
}
