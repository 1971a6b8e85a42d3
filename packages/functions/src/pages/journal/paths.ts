/**
 * Where the journal's forms post, under the page's own path (e.g. "/journal"). The routes that
 * answer them come with sign-in; each maps to one /api/v1/me/journal operation.
 */
export function journalPaths(base: string) {
  const person = (id: string) => `${base}/people/${encodeURIComponent(id)}`;
  return {
    page: base,
    /** POST: add a person (PersonBody). */
    people: `${base}/people`,
    /** POST: quick status change (StatusChangeBody). */
    status: (id: string) => `${person(id)}/status`,
    /** POST: "I sent it" on a thank-you. */
    thanked: (id: string) => `${person(id)}/thanked`,
    /** POST: log outreach for the person chosen in the form (OutreachBody + personId). */
    outreach: `${base}/outreach`,
    /** POST: log a chat held outside coffeechat (LoggedChatBody). */
    chats: `${base}/chats`,
    /** POST: save the goal (GoalBody); GET the page with the same fields and preview=1 to see the projection. */
    goal: `${base}/goal`,
    /** POST: the weekly digest (DigestBody). */
    digest: `${base}/digest`,
    /** POST multipart: a CSV file in the field "file". */
    import: `${base}/import`,
    /** GET: everything as CSV. */
    export: `${base}/export.csv`,
  };
}

export type JournalPaths = ReturnType<typeof journalPaths>;
