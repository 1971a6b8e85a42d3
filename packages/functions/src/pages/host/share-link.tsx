import QRCode from "qrcode";

/** A QR code of the link as inline SVG (no request, no JavaScript), drawn by the qrcode library. */
export async function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M", color: { dark: "#1f2328", light: "#ffffff" } });
}

/**
 * The address to share: selectable text that works everywhere, a copy button once JavaScript is there
 * (it starts hidden, so nobody presses a button that does nothing), and the QR code for a slide or a badge.
 */
export function ShareLink({ url, qr, id }: { url: string; qr: string; id: string }) {
  return (
    <div class="share">
      <div class="share-url">
        <label for={`url-${id}`} class="sr-only">Link to share</label>
        <input id={`url-${id}`} type="text" readonly value={url} class="url" />
        <button type="button" class="btn secondary copy" data-copy={`url-${id}`} hidden>
          Copy
        </button>
      </div>
      <figure class="qr" role="img" aria-label={`QR code for ${url}`} dangerouslySetInnerHTML={{ __html: qr }} />
    </div>
  );
}
