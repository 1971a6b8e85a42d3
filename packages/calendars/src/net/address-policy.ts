import ipaddr from "ipaddr.js";

export interface NetworkPolicy {
  /**
   * Loopback (127.0.0.0/8, ::1) is refused like any private address unless this is set, which only
   * the local stack does (ALLOW_PRIVATE_CALENDAR_HOSTS=1), so tests and `npm start` reach 127.0.0.1.
   */
  allowLoopback: boolean;
}

/**
 * Only global unicast addresses are reachable. That refuses private (10/8, 172.16/12, 192.168/16),
 * loopback, link-local (169.254/16, so the metadata service at 169.254.169.254), CGNAT (100.64/10),
 * unique-local v6 (fc00::/7, so fd00:ec2::254), IPv4-mapped and -translated v6 (which could smuggle
 * any of those), multicast, broadcast, reserved and unspecified addresses.
 */
export function refusalOf(address: string, policy: NetworkPolicy): string | undefined {
  if (!ipaddr.isValid(address)) return `"${address}" is not an IP address`;
  const parsed = ipaddr.parse(address);
  const range = parsed.range();
  if (range === "loopback" && policy.allowLoopback) return undefined;
  if (range !== "unicast") return `${address} is a ${range} address`;
  if (parsed.kind() === "ipv4" && (parsed as ipaddr.IPv4).match(ipaddr.IPv4.parseCIDR("198.18.0.0/15"))) return `${address} is a benchmarking address`;
  return undefined;
}
