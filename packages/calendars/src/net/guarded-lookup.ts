import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { isIP } from "node:net";
import { DomainError } from "@coffeechat/core";
import { refusalOf, type NetworkPolicy } from "./address-policy.ts";

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

export const refused = (why: string) =>
  new DomainError("CALENDAR_ADDRESS_REFUSED", `That calendar address points into a private network (${why}); use its public address`, {
    issues: [{ path: "url", message: "points to a private or internal address" }],
  });

/**
 * A dns.lookup for http.request that resolves the name once, refuses it if ANY address it has is
 * not public (a name with one public and one internal address is refused whole), and hands the
 * socket exactly the addresses it checked: the connection goes where the check looked, so a
 * second resolution (DNS rebinding) never happens.
 */
export function guardedLookup(policy: NetworkPolicy, onRefused: (e: DomainError) => void) {
  return (hostname: string, options: { all?: boolean; family?: number }, callback: LookupCallback): void => {
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const bad = addresses.map((a) => refusalOf(a.address, policy)).find((why) => why !== undefined);
      if (bad || addresses.length === 0) {
        const e = refused(bad ?? `${hostname} has no address`);
        onRefused(e);
        return callback(Object.assign(new Error(e.message), { code: "EREFUSEDADDRESS" }), []);
      }
      if (options.all) return callback(null, addresses);
      const first = addresses[0]!;
      callback(null, first.address, first.family);
    });
  };
}

/** An IP literal in a URL skips lookup altogether, so it is checked here. */
export function checkLiteralHost(hostname: string, policy: NetworkPolicy): void {
  const bare = hostname.replace(/^\[|\]$/g, "");
  if (isIP(bare)) {
    const why = refusalOf(bare, policy);
    if (why) throw refused(why);
  }
}
