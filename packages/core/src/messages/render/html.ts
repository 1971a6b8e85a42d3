import type { Action, Block } from "./blocks.ts";
import { escapeHtml, isSafeHref } from "./escape.ts";

const FONT = "font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";
const TEXT = "margin:0 0 16px;font-size:16px;line-height:1.5;color:#1f2933";
const BUTTON =
  "display:inline-block;margin:0 8px 8px 0;padding:12px 20px;border-radius:6px;font-size:16px;font-weight:600;text-decoration:none";
const PRIMARY = "background:#7a4b2a;color:#ffffff;border:1px solid #7a4b2a";
const SECONDARY = "background:#ffffff;color:#7a4b2a;border:1px solid #7a4b2a";

/** The text/html part: one column, inline styles only (mail clients drop <style>), phone-width. */
export function renderHtml(blocks: readonly Block[], options: { preheader: string; footer: string }): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title></title></head>
<body style="margin:0;padding:0;background:#f6f3ef;${FONT}">
<div style="display:none;max-height:0;overflow:hidden">${escapeHtml(options.preheader)}</div>
<div style="max-width:560px;margin:0 auto;padding:24px 16px">
<div style="background:#ffffff;border-radius:8px;padding:24px">
${blocks.map(renderBlock).join("\n")}
</div>
<p style="margin:16px 0 0;font-size:13px;line-height:1.5;color:#6b7280;text-align:center">${lines(options.footer)}</p>
</div>
</body></html>
`;
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case "paragraph":
      return `<p style="${TEXT}">${lines(block.text)}</p>`;
    case "note":
      return `<p style="${TEXT};font-size:14px;color:#52606d">${lines(block.text)}</p>`;
    case "heading":
      return `<h2 style="margin:24px 0 8px;font-size:18px;line-height:1.3;color:#1f2933">${escapeHtml(block.text)}</h2>`;
    case "facts":
      return `<table role="presentation" style="${TEXT};width:100%;border-collapse:collapse;table-layout:fixed">${block.rows
        .map(
          ([label, value]) =>
            `<tr><td style="width:32%;padding:4px 12px 4px 0;vertical-align:top;color:#52606d">${escapeHtml(label)}</td><td style="padding:4px 0;overflow-wrap:anywhere;word-break:break-word">${lines(value)}</td></tr>`,
        )
        .join("")}</table>`;
    case "list": {
      const tag = block.ordered ? "ol" : "ul";
      return `<${tag} style="${TEXT};padding-left:24px">${block.items.map((i) => `<li style="margin:0 0 6px">${lines(i)}</li>`).join("")}</${tag}>`;
    }
    case "quote":
      return `${block.by ? `<p style="${TEXT};margin-bottom:4px;color:#52606d">${escapeHtml(block.by)}</p>` : ""}<blockquote style="${TEXT};margin-left:0;padding:8px 16px;border-left:4px solid #d9c4b0;background:#faf7f3">${lines(block.text)}</blockquote>`;
    case "buttons":
      return `<p style="${TEXT}">${block.links.map(button).join("")}</p>`;
    case "closing": {
      const inner = block.url ? `<a href="${escapeHtml(block.url)}" style="color:#7a4b2a">${escapeHtml(block.text)}</a>` : escapeHtml(block.text);
      return `<p style="margin:8px 0 0;font-size:14px">${inner}</p>`;
    }
    case "links":
      return `<ul style="${TEXT};padding-left:24px">${block.links.map((url) => `<li>${link(url)}</li>`).join("")}</ul>`;
  }
}

function button(action: Action): string {
  return `<a href="${escapeHtml(action.url)}" style="${BUTTON};${action.primary ? PRIMARY : SECONDARY}">${escapeHtml(action.label)}</a>`;
}

function link(url: string): string {
  const text = escapeHtml(url);
  return isSafeHref(url) ? `<a href="${text}" style="color:#7a4b2a;word-break:break-all">${text}</a>` : text;
}

/** Escaped text with its line breaks kept. */
function lines(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, "<br>");
}
