import type { ChatRequest, Host, Link, Millis } from "../model/index.ts";
import { notify } from "./notify.ts";
import { scheduleFollowUps } from "./schedule-follow-ups.ts";
import type { UseCaseDeps } from "./ports.ts";

/** The confirmation email, and the schedule that lets the slot go if nobody confirms. */
export async function afterSubmit(deps: UseCaseDeps, request: ChatRequest, host: Host, link: Link, now: Millis) {
  const chat = { request, host, link };
  await scheduleFollowUps(deps, chat, now);
  await notify(deps, chat, { template: "confirmEmail", to: "guest" }, now);
}
