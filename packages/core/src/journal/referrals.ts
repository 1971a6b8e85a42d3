import { KnownPeople, identityOf } from "./identity.ts";
import { PERSON_LIMITS } from "./person-fields.ts";
import type { Person } from "./types.ts";

/**
 * Names written on the after-chat "who else should I talk to?" page, as people to contact,
 * introduced by the host. A name already among the seeker's people (or twice in the list) is left
 * out; so is one too long to be a name.
 */
export function peopleFromReferrals(names: readonly string[], introducedBy: string, existing: readonly Person[], newId: () => string): Person[] {
  const known = new KnownPeople(existing);
  const added: Person[] = [];
  for (const raw of names) {
    const name = raw.replace(/\s+/g, " ").trim();
    if (!name || name.length > PERSON_LIMITS.name) continue;
    const who = identityOf({ name });
    if (known.has(who)) continue;
    known.add(who);
    added.push({ id: newId(), name, introducedBy: introducedBy.slice(0, PERSON_LIMITS.introducedBy), status: "to_contact" });
  }
  return added;
}
