import { DomainError, type ChatRequest, type Outbox } from "../../model/index.ts";
import type { UseCaseDeps } from "../ports.ts";

/** One more than before `known` was passed: a round may be a guess that read nothing. */
const ROUNDS = 9;

/**
 * Reads the request, lets `decide` say what its outbox becomes, and writes that only if no other
 * write of the outbox came in between (its rev is the guard); otherwise reads again and decides
 * again. `decide` returns no outbox to leave it as it is. `known` is the request as this process
 * last wrote it: decided on without a read, since every change and every outbox write raises the
 * rev, so a stale copy only costs the failed conditional write and a read.
 */
export async function updateOutbox<T>(
  deps: Pick<UseCaseDeps, "store">,
  requestId: string,
  decide: (outbox: Outbox, request: ChatRequest) => { outbox?: Outbox; result: T },
  known?: ChatRequest,
): Promise<{ request: ChatRequest; result: T } | undefined> {
  for (let round = 0; round < ROUNDS; round++) {
    const guessed = round === 0 && known?.outbox !== undefined;
    const request = guessed ? known : await deps.store.getRequest(requestId);
    if (!request?.outbox) return undefined;
    const decided = decide(request.outbox, request);
    // Deciding to write nothing is checked against the stored request, not a copy.
    if (!decided.outbox && guessed) continue;
    if (!decided.outbox) return { request, result: decided.result };
    const outbox = { ...decided.outbox, rev: request.outbox.rev + 1 };
    if (await deps.store.replaceOutbox(requestId, request.outbox.rev, outbox)) {
      return { request: { ...request, outbox }, result: decided.result };
    }
  }
  throw new DomainError("TRANSIENT", "This chat's emails are being updated by another process; try again in a moment.");
}

/** The outbox with one step changed (found by id, since a merge may move it). */
export function withStep(outbox: Outbox, id: string, change: (step: Outbox["steps"][number]) => Outbox["steps"][number]): Outbox {
  return { ...outbox, steps: outbox.steps.map((s) => (s.id === id ? change(s) : s)) };
}
