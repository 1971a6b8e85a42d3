/** A CalDAV account as its sealed ConnectionSecret holds it. */
export interface CalDavCredentials {
  url: string;
  username: string;
  password: string;
}

/**
 * Writes and removes one chat in a CalDAV calendar (packages/calendars). Both are idempotent: the
 * object is found by the chat's UID, a write replaces it, and removing one already gone succeeds.
 */
export interface ChatCalendarWriter {
  putChat(account: CalDavCredentials, calendarUrl: string, uid: string, ics: string): Promise<void>;
  deleteChat(account: CalDavCredentials, calendarUrl: string, uid: string): Promise<void>;
}

/**
 * The AES-GCM context a connection's secret is sealed under: its own record, so a sealed secret copied
 * onto another host's record does not open.
 */
export const connectionSecretContext = (hostKey: string, connectionId: string): string => `CALENDARS#${hostKey}/CONN#${connectionId}`;
