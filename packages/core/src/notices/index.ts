export * from "./types.ts";
export { NOTICES, FOLLOW_UP_KINDS, emailOf, followUpOf, followUpEmail } from "./table.ts";
export { renderNotice } from "./render.ts";
