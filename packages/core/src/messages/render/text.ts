import type { Block } from "./blocks.ts";

/** The text/plain part: the same blocks, laid out for a reader without HTML. */
export function renderText(blocks: readonly Block[], footer: string): string {
  return [...blocks.map(renderBlock), `--\n${footer}`].join("\n\n") + "\n";
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case "paragraph":
    case "note":
      return block.text;
    case "heading":
      return block.text.toUpperCase();
    case "facts":
      return block.rows.map(([label, value]) => `${label}: ${value}`).join("\n");
    case "list":
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : "-"} ${item}`).join("\n");
    case "quote": {
      const quoted = block.text.split(/\r?\n/).map((line) => `> ${line}`).join("\n");
      return block.by ? `${block.by}:\n${quoted}` : quoted;
    }
    case "buttons":
      return block.links.map((l) => `${/[?!.:]$/.test(l.label) ? l.label : `${l.label}:`}\n${l.url}`).join("\n\n");
    case "closing":
      return block.url ? `${block.text}:\n${block.url}` : block.text;
    case "links":
      return block.links.map((url) => `- ${url}`).join("\n");
  }
}
