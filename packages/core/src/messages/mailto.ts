/**
 * A mailto: link with a drafted subject and body (RFC 6068): every character percent-encoded
 * as UTF-8, line breaks as %0D%0A, so clients open the draft exactly as written.
 */
export function mailtoUrl(to: string, subject: string, body: string): string {
  const address = encodeURIComponent(to).replace(/%40/g, "@");
  const crlf = (text: string) => text.replace(/\r?\n/g, "\r\n");
  return `mailto:${address}?subject=${encode(crlf(subject))}&body=${encode(crlf(body))}`;
}

// encodeURIComponent leaves ' ( ) ! * alone; some clients treat them specially inside hrefs.
const encode = (text: string) =>
  encodeURIComponent(text).replace(/['()!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
