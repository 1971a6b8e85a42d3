import type { Context } from "hono";

/**
 * The caller's address for rate limiting. On Lambda it comes from API Gateway's requestContext
 * (not spoofable); locally from the socket. X-Forwarded-For is never trusted on its own.
 */
export function clientIp(c: Context): string {
  const lambdaEvent = (c.env as { event?: { requestContext?: { http?: { sourceIp?: string } } } } | undefined)?.event;
  const fromLambda = lambdaEvent?.requestContext?.http?.sourceIp;
  if (fromLambda) return fromLambda;
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? "unknown";
}
