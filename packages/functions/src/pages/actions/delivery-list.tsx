/** One email the outbox still owes, or could not send, in the words of the person reading the page. */
export interface DeliveryLine {
  id: string;
  text: string;
  failed: boolean;
  /** An email (the default), or the chat's copy in the host's calendar. */
  kind?: "email" | "calendar";
}

/** Emails still owed or failed, and the host's calendar copy; the host may send a failed one again from here. */
export function DeliveryList({ lines, resendAction }: { lines: DeliveryLine[]; resendAction?: string | undefined }) {
  const emails = lines.filter((l) => l.kind !== "calendar");
  const calendar = lines.filter((l) => l.kind === "calendar");
  return (
    <>
      {emails.length > 0 ? <Lines title="Emails not delivered yet" lines={emails} button="Send again" resendAction={resendAction} /> : null}
      {calendar.length > 0 ? <Lines title="Your calendar" lines={calendar} button="Try again" resendAction={resendAction} /> : null}
    </>
  );
}

function Lines({ title, lines, button, resendAction }: { title: string; lines: DeliveryLine[]; button: string; resendAction?: string | undefined }) {
  return (
    <section class="card" role="status">
      <h2>{title}</h2>
      <ul>
        {lines.map((line) => (
          <li>
            {line.text}
            {line.failed && resendAction ? (
              <form method="post" action={resendAction} style="margin:6px 0 10px">
                <input type="hidden" name="step" value={line.id} />
                <button class="btn secondary" type="submit">{button}</button>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
