import { DomainError, MAX_IMPORT_BYTES } from "@coffeechat/core";

const tooLarge = () =>
  new DomainError("TOO_LARGE", `file: more than the ${MAX_IMPORT_BYTES / 1024 / 1024} MB an import takes`, {
    issues: [{ path: "file", message: `must be at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB` }],
  });

/**
 * The request body, refused (TOO_LARGE) as soon as it passes `max` bytes: a declared length past the
 * cap is refused before reading anything, and a streamed body is counted as it arrives, so an
 * oversized upload is never held whole in memory.
 */
export async function readCapped(request: Request, max = MAX_IMPORT_BYTES): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > max) throw tooLarge();
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}
