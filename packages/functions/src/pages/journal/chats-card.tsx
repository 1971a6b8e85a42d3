import { isBooked, isHeld, type JournalChat } from "@coffeechat/core";
import { formatDateTime } from "../dates.ts";
import type { JournalView } from "./journal-view.ts";
import { journalPaths } from "./paths.ts";

/** How many chats the card lists, newest first; the export has them all. */
const CHATS_SHOWN = 10;

/** Where a chat requested through coffeechat stands, in the seeker's words. */
function stateOf(chat: JournalChat, now: number): string {
  if (isHeld(chat, now)) return "held";
  if (isBooked(chat, now)) return "booked";
  switch (chat.status) {
    case "awaiting_email":
      return "confirm your email to send it";
    case "awaiting_host":
      return "waiting for the host's answer";
    case "declined":
      return "declined";
    case "cancelled":
      return "cancelled";
    case "expired":
      return "expired unanswered";
    default:
      return "didn't happen";
  }
}

/** The chats requested through coffeechat with the account's address: they count by themselves. */
export function ChatsCard({ view }: { view: JournalView }) {
  const { list, now } = view.chats ?? { list: [], now: 0 };
  if (list.length === 0) return null;
  const newest = [...list].sort((a, b) => b.start - a.start).slice(0, CHATS_SHOWN);
  // Offered once per host: two chats with the same host are one person.
  const offered = new Set<string>();
  const offer = (chat: JournalChat) => chat.personId === undefined && !offered.has(chat.hostName) && offered.add(chat.hostName);
  return (
    <section class="card" aria-labelledby="chats-title" id="chats">
      <h2 id="chats-title">Your chats on coffeechat</h2>
      <ul class="todo">
        {newest.map((chat) => (
          <li>
            <span>
              <strong>{chat.hostName}</strong>
              <span class="muted"> · {formatDateTime(chat.start, view.timeZone)}</span>
            </span>
            <span style="display:flex;flex-wrap:wrap;gap:6px 12px;align-items:center">
              {stateOf(chat, now)}
              {/* A host not among the people yet: one press adds them, and their status follows the chat from then on. */}
              {offer(chat) ? (
                <form method="post" action={journalPaths(view.base).people}>
                  <input type="hidden" name="name" value={chat.hostName} />
                  <input type="hidden" name="howWeKnow" value="A chat booked through coffeechat" />
                  <button class="btn secondary small" type="submit">
                    Add to my people<span class="visually-hidden"> {chat.hostName}</span>
                  </button>
                </form>
              ) : null}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
