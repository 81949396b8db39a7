import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import type { Nodes } from "mdast";

const BLOCKS = new Set(["paragraph", "heading", "listItem", "blockquote", "code", "table", "tableRow", "tableCell", "break", "thematicBreak"]);

/**
 * The words of a Markdown text without its syntax, for the search document and snippets:
 * link targets, image addresses and HTML are left out, so a snippet never shows markup and
 * a URL's fragments do not match searches.
 */
export function markdownToPlainText(markdown: string): string {
  const words: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === "text" || node.type === "inlineCode" || node.type === "code") words.push(node.value);
    else if (node.type === "image") words.push(node.alt ?? "");
    if ("children" in node) for (const child of node.children) walk(child);
    // Blocks end with a space; inline pieces join as written, so "*cards*." stays "cards.".
    if (BLOCKS.has(node.type)) words.push(" ");
  };
  // GitHub-flavoured, as the pages render it (components/markdown.tsx): tables and ~~strike~~ lose their syntax too.
  walk(fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }));
  return words.join("").replace(/\s+/g, " ").trim();
}
