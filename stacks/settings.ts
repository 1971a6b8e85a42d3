import type { App } from "sst/constructs";

/** Deploy-time settings read from the deployer's environment (or `.env.<stage>`, which SST loads). */
export interface DeploySettings {
  senderEmail: string;
  senderDomain: string;
  /** A custom domain's URL; when absent the functions get the API Gateway URL. */
  appUrl: string | undefined;
  rateLimitRequestsPerMinute: string;
  rateLimitPerEmailPerHour: string;
}

const TEST_SENDER = "coffeechat@example.com";

export function readDeploySettings(app: App, env: NodeJS.ProcessEnv = process.env): DeploySettings {
  const senderEmail = env.SENDER_EMAIL?.trim() || fallbackSender(app, env);
  const senderDomain = senderEmail.split("@")[1];
  if (!senderDomain) throw new Error(`SENDER_EMAIL "${senderEmail}" is not an email address`);
  return {
    senderEmail,
    senderDomain,
    appUrl: env.APP_URL?.trim() || undefined,
    rateLimitRequestsPerMinute: positiveInteger(env, "RATE_LIMIT_REQUESTS_PER_MINUTE", "20"),
    rateLimitPerEmailPerHour: positiveInteger(env, "RATE_LIMIT_PER_EMAIL_PER_HOUR", "5"),
  };
}

// A deploy without a verified sender would only fail later, at the first email; stop it here.
function fallbackSender(app: App, env: NodeJS.ProcessEnv): string {
  if (env.NODE_ENV === "test" || app.mode === "remove") return TEST_SENDER;
  throw new Error("SENDER_EMAIL must be set to an SES-verified address to deploy (e.g. in .env.<stage>)");
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const value = env[name]?.trim() || fallback;
  if (!/^[1-9]\d*$/.test(value)) throw new Error(`${name} must be a positive integer, got "${value}"`);
  return value;
}
