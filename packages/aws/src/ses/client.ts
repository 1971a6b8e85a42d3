import { SESv2Client } from "@aws-sdk/client-sesv2";

/** With an endpoint (aws-ses-v2-local) the credentials are static dummies; the local server only checks one is present. */
export function createSesClient(options: { endpoint?: string | undefined; region: string }): SESv2Client {
  return new SESv2Client({
    region: options.region,
    maxAttempts: 3,
    ...(options.endpoint
      ? { endpoint: options.endpoint, credentials: { accessKeyId: "local", secretAccessKey: "local" } }
      : {}),
  });
}
