export { SesMailer, type SesMailerOptions } from "./mailer.ts";
export { createSesClient } from "./client.ts";
