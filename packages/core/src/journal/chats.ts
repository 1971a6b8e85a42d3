import type { ChatRequest } from "../model/index.ts";
import { identityOf, samePerson } from "./identity.ts";
import type { JournalChat, Person } from "./types.ts";

/** A request as the seeker's journal holds it. */
export function journalChatOf(request: ChatRequest, host: { name: string }, personId?: string): JournalChat {
  return {
    requestId: request.id,
    ...(personId ? { personId } : {}),
    hostName: host.name,
    start: request.start,
    end: request.end,
    status: request.status,
    createdAt: request.createdAt,
    updatedAt: request.updatedAt,
  };
}

/** The person a chat is with: the one with the host's address, else the same person by name (identity.ts). */
export function personOfHost(people: readonly Person[], host: { name: string; email: string }): Person | undefined {
  const who = identityOf(host);
  return people.find((p) => identityOf(p).email === who.email) ?? people.find((p) => samePerson(identityOf(p), who));
}
