import type { Account, Seeker } from "@coffeechat/core";

/** The account as the journal's use cases need it: whose journal, whose chats, which zone's "today". */
export const seekerOf = (account: Account): Seeker => ({ id: account.id, email: account.email, timeZone: account.timeZone });
