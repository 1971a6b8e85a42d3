/** Every invite, CalDAV object and feed entry of a chat carries this UID for the chat's whole life. */
export const chatUid = (requestId: string): string => `${requestId}@coffeechat`;

/**
 * A chat already holds its time through its own locks; the copy in the host's calendar (from the
 * invite or our CalDAV write) must not count a second time, or a reschedule would collide with itself.
 */
export const isOwnChatUid = (uid: string): boolean => /^[^@\s]+@coffeechat$/i.test(uid.trim());
