/** The MIME tree of a raw message: each node's content type, and its children if multipart. */
export interface MimeNode {
  contentType: string;
  headers: Record<string, string>;
  children: MimeNode[];
  /** The part's body as sent (still transfer-encoded). */
  body: string;
}

export function mimeTree(raw: string): MimeNode {
  const split = raw.indexOf("\r\n\r\n");
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const body = raw.slice(split + 4);
  const headers: Record<string, string> = {};
  for (const line of head.split("\r\n")) {
    const colon = line.indexOf(":");
    headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  const contentType = headers["content-type"] ?? "text/plain";
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  const children = boundary
    ? body
        .split(`--${boundary}`)
        .slice(1, -1)
        .map((part) => mimeTree(part.replace(/^\r\n/, "")))
    : [];
  return { contentType, headers, children, body };
}

export const mediaType = (node: MimeNode) => node.contentType.split(";")[0]!.trim().toLowerCase();

export function parameter(node: MimeNode, name: string): string | undefined {
  return new RegExp(`;\\s*${name}="?([^";]+)"?`, "i").exec(node.contentType)?.[1];
}

/** A leaf's body with its transfer encoding undone; only base64 and 7bit occur in our mail. */
export function decodedBody(node: MimeNode): string {
  const encoding = node.headers["content-transfer-encoding"]?.toLowerCase();
  if (encoding === "base64") return Buffer.from(node.body.replace(/\s+/g, ""), "base64").toString("utf8");
  return node.body.replace(/\r\n$/, "");
}
