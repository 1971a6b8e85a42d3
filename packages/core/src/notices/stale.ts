import type { RequestStatus } from "../model/index.ts";
import type { StaleCheck } from "./types.ts";

export const inStatus =
  (...statuses: RequestStatus[]): StaleCheck =>
  (request) =>
    statuses.includes(request.status) ? undefined : `the request is ${request.status}`;

/** A before-chat follow-up helps only while the chat is accepted and ahead. */
export const beforeChat: StaleCheck = (request, now) =>
  inStatus("accepted")(request, now) ?? (now < request.start ? undefined : "the chat has started");

/** An after-chat follow-up waits for the chat to end, and survives its completion. */
export const afterChat: StaleCheck = (request, now) =>
  inStatus("accepted", "completed")(request, now) ?? (now >= request.end ? undefined : "the chat has not ended");
