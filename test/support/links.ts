/** Action links in an email's text, by the action each token was signed for. */
export function actionLinks(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const match of text.matchAll(/https?:\/\/[^\s<>"')]+\/a\/([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)/g)) {
    const payload = Buffer.from(match[1]!.split(".")[0]!, "base64url").toString("utf8");
    const action = payload.split(".")[0]!;
    out[action] ??= match[0];
  }
  return out;
}

/** Presses the button on an action page: the same POST a browser form sends, from the page's own origin. */
export async function press(url: string, fields: Record<string, string> = {}) {
  return fetch(url, { method: "POST", body: new URLSearchParams(fields), redirect: "manual", headers: { origin: new URL(url).origin } });
}
