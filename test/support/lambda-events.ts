import type { APIGatewayProxyEventV2 } from "aws-lambda";

/** An HTTP API (payload 2.0) event, as API Gateway hands it to the HTTP Lambda. */
export function apiEvent(method: string, path: string, body?: string): APIGatewayProxyEventV2 {
  const [rawPath, rawQueryString = ""] = path.split("?") as [string, string?];
  return {
    version: "2.0",
    routeKey: "$default",
    rawPath,
    rawQueryString,
    headers: { host: "api.example.com", "content-type": "application/json" },
    requestContext: {
      accountId: "000000000000",
      apiId: "api",
      domainName: "api.example.com",
      domainPrefix: "api",
      http: { method, path: rawPath, protocol: "HTTP/1.1", sourceIp: "203.0.113.9", userAgent: "test" },
      requestId: "req-1",
      routeKey: "$default",
      stage: "$default",
      time: "",
      timeEpoch: 0,
    },
    isBase64Encoded: false,
    ...(body ? { body } : {}),
  };
}
