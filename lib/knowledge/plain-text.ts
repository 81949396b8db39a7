import { fromMarkdown } from "mdast-util-from-markdown";
import type { Nodes } from "mdast";

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
  };
  walk(fromMarkdown(markdown));
  return words.join(" ").replace(/\s+/g, " ").trim();
}
