import { Logger } from "@aws-lambda-powertools/logger";

export type { Logger };

export function createLogger(level: "DEBUG" | "INFO" | "WARN" | "ERROR" | "SILENT" = "INFO"): Logger {
  return new Logger({ serviceName: "coffeechat", logLevel: level });
}
