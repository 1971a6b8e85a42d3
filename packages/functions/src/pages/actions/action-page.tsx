import type { ActionState, FollowUpRecord, OpenedAction } from "@coffeechat/core";
import { Layout } from "../layout.tsx";
import { ActionFields, buttonOf, titleOf, type FormExtras } from "./action-forms.tsx";
import { ChatSummary } from "./chat-summary.tsx";
import { describeStatus } from "./describe-status.ts";
import { FollowUpList } from "./follow-up-list.tsx";
import { DeliveryList } from "./delivery-list.tsx";
import type { DeliveryLine } from "./delivery-list.tsx";

export interface ActionPageProps {
  token: string;
  opened: OpenedAction;
  state: ActionState;
  extras: FormExtras;
  banner?: { kind: "ok" | "error" | "warn"; text: string };
  followUps: FollowUpRecord[];
  manageLinks: { label: string; href: string }[];
  deliveries: DeliveryLine[];
  /** Where the host's "Send again" posts; only on the host's chat page. */
  resendAction?: string | undefined;
}

/** One page per action link: GET shows what will happen with a button; only the POST changes anything. */
export function ActionPage(p: ActionPageProps) {
  const { opened, state } = p;
  const { request, host } = opened.chat;
  const reader = opened.actor;
  const zone = reader === "guest" ? request.guest.timeZone : host.timeZone;
  const status = describeStatus(request, host, reader);
  return (
    <Layout title={`${titleOf(opened.claims.action)} · coffeechat`}>
      <h1>{titleOf(opened.claims.action)}</h1>
      {p.banner ? <div class={`banner ${p.banner.kind}`} role="status">{p.banner.text}</div> : null}
      {state === "done" && !p.banner ? <div class="banner ok">Already done. {status}</div> : null}
      {state === "closed" ? <div class="banner warn">This can no longer be done. {status}</div> : null}
      {state === "view" ? <p><strong>{status}</strong></p> : null}
      {state === "view" ? <DeliveryList lines={p.deliveries} resendAction={p.resendAction} /> : null}
      <ChatSummary chat={opened.chat} reader={reader} />
      {state === "ready" ? (
        <form method="post" action={`/a/${p.token}`} class="card">
          <ActionFields opened={opened} extras={p.extras} />
          <p>
            <button class="btn" type="submit">{buttonOf(opened.claims.action)}</button>
          </p>
        </form>
      ) : null}
      {p.manageLinks.length ? (
        <p>
          {p.manageLinks.map((l) => (
            <>
              <a class="btn secondary" href={l.href}>{l.label}</a>{" "}
            </>
          ))}
        </p>
      ) : null}
      {state === "view" ? <FollowUpList records={p.followUps} timeZone={zone} reader={reader} /> : null}
    </Layout>
  );
}
