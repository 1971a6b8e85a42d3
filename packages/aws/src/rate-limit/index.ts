export { DynamoRateLimiter } from "./limiter.ts";
