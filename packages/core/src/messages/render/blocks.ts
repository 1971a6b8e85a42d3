/**
 * An email body as a list of blocks, rendered once to HTML and once to plain text, so the two
 * parts always say the same thing and every piece of text passes through one escaper.
 */
export type Block =
  | { kind: "paragraph"; text: string }
  | { kind: "heading"; text: string }
  /** Label/value rows: when, where, who. */
  | { kind: "facts"; rows: readonly (readonly [string, string])[] }
  | { kind: "list"; items: readonly string[]; ordered?: boolean }
  /** Text someone typed (a background, a note), set apart and kept with its line breaks. */
  | { kind: "quote"; text: string; by?: string }
  | { kind: "buttons"; links: readonly Action[] }
  /** Plain links, e.g. the guest's own profile links. */
  | { kind: "links"; links: readonly string[] }
  | { kind: "note"; text: string }
  /** A small line at the end of the card (the chat page link, a note about replies), a link when `url` is given. */
  | { kind: "closing"; text: string; url?: string };

export interface Action {
  label: string;
  url: string;
  /** The main action of the email is drawn filled; the others outlined. */
  primary?: boolean;
}

export const paragraph = (text: string): Block => ({ kind: "paragraph", text });
export const heading = (text: string): Block => ({ kind: "heading", text });
export const facts = (rows: readonly (readonly [string, string])[]): Block => ({ kind: "facts", rows });
export const list = (items: readonly string[], ordered = false): Block => ({ kind: "list", items, ordered });
export const quote = (text: string, by?: string): Block => ({ kind: "quote", text, ...(by ? { by } : {}) });
export const buttons = (...links: Action[]): Block => ({ kind: "buttons", links });
export const links = (urls: readonly string[]): Block => ({ kind: "links", links: urls });
export const note = (text: string): Block => ({ kind: "note", text });
export const closing = (text: string, url?: string): Block => ({ kind: "closing", text, ...(url ? { url } : {}) });

/** Leaves out blocks that a condition dropped, so emails can list optional parts inline. */
export const present = (blocks: readonly (Block | false | "" | null | undefined)[]): Block[] =>
  blocks.filter((b): b is Block => Boolean(b));
