import type { DeliveryLine } from "./describe-delivery.ts";

/** Emails still owed or failed; the host may send a failed one again from here. */
export function DeliveryList({ lines, resendAction }: { lines: DeliveryLine[]; resendAction?: string | undefined }) {
  if (lines.length === 0) return null;
  return (
    <section class="card" role="status">
      <h2>Emails not delivered yet</h2>
      <ul>
        {lines.map((line) => (
          <li>
            {line.text}
            {line.failed && resendAction ? (
              <form method="post" action={resendAction} style="margin:6px 0 10px">
                <input type="hidden" name="step" value={line.id} />
                <button class="btn secondary" type="submit">Send again</button>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
