import { request } from "node:http";

/**
 * Sends a body and returns the server's answer even when the server answers before reading it all: a
 * server that refuses an oversized body early may close the connection mid-upload, which fetch reports as
 * a failure rather than the response it got.
 */
export function rawPost(url: string, headers: Record<string, string>, body: string, method = "POST"): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    let answered = false;
    // A connection of its own: one the server is closing after a refused upload must not carry the next request.
    const req = request(url, { method, agent: false, headers: { ...headers, "content-length": String(Buffer.byteLength(body)) } }, (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      const done = () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") });
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", done);
      res.on("error", done);
      res.on("close", done);
    });
    // After the answer, a cut upload is expected; before it, it is a failure.
    req.on("error", (e) => {
      if (!answered) reject(e);
    });
    req.end(body);
  });
}
