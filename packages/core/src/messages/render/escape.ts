const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for HTML element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * Only web and mail links may become an href; anything else a guest typed (javascript:, data:)
 * is shown as text instead of being made clickable.
 */
export function isSafeHref(url: string): boolean {
  return /^(https?:\/\/|mailto:)[^\s<>"']+$/i.test(url);
}
