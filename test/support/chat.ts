import PostalMime from "postal-mime";
import { demoHost } from "../../infra/demo.ts";
import { json, requestBody, type TestStack } from "./stack.ts";
import { actionLinks, press } from "./links.ts";
import type { recordingMailer } from "./recording-mailer.ts";

export const HOST_EMAIL = demoHost.email;

type Mail = ReturnType<typeof recordingMailer>;

export async function textOf(raw: string) {
  return (await PostalMime.parse(raw)).text ?? "";
}

export async function lastLinks(mail: Mail, to: string) {
  const last = [...mail.sent].reverse().find((m) => m.to === to);
  if (!last) throw new Error(`no mail to ${to}`);
  return actionLinks(await textOf(last.raw));
}

/** Request, confirm and accept a chat through the API and the email links, as the two people would. */
export async function bookAcceptedChat(stack: TestStack, mail: Mail, guest: string, start: string, slug = "coffee") {
  const res = await fetch(stack.url(`/api/v1/links/demo/${slug}/requests`), json(requestBody(start, { email: guest })));
  if (res.status !== 202) throw new Error(`request failed: ${res.status} ${await res.text()}`);
  const { id } = (await res.json()) as { id: string };
  await press((await lastLinks(mail, guest))["confirm_email"]!);
  const accept = (await lastLinks(mail, HOST_EMAIL))["accept"]!;
  const accepted = await press(accept);
  if (accepted.status !== 303) throw new Error(`accept failed: ${accepted.status}`);
  return id;
}

export interface LocalSchedule {
  Name: string;
  ScheduleExpression: string;
  dueAt: string | null;
  Target: { Arn: string; Input?: string };
}

/** Every schedule the emulator holds. */
export async function allSchedules(stack: TestStack): Promise<LocalSchedule[]> {
  return ((await (await fetch(`${stack.schedulerUrl}/_local/schedules`)).json()) as { schedules: LocalSchedule[] }).schedules;
}

export async function schedulesOf(stack: TestStack, requestId: string): Promise<LocalSchedule[]> {
  return (await allSchedules(stack)).filter((s) => s.Name.startsWith(`cc-${requestId}-`));
}

export async function fireUntil(stack: TestStack, until: string) {
  const res = await fetch(`${stack.schedulerUrl}/_local/fire?until=${until}`, { method: "POST" });
  return ((await res.json()) as { ran: { name: string; ok: boolean; attempts: number; error?: string }[] }).ran;
}
