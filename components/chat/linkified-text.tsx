import { find } from "linkifyjs";
import { Fragment } from "react";

const ALLOWED = new Set(["http:", "https:", "mailto:"]);

/** The link's address if it is one we let people click, otherwise null (javascript:, data:, ftp:…). */
export function safeHref(href: string): string | null {
  try {
    const url = new URL(href);
    return ALLOWED.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Message text as plain React text with web and e-mail addresses made clickable. Nothing is
 * parsed as HTML: the pieces between links are strings, which React escapes.
 */
export function LinkifiedText({ text }: { text: string }) {
  const nodes: React.ReactNode[] = [];
  let position = 0;
  for (const link of find(text)) {
    const href = link.isLink ? safeHref(link.href) : null;
    if (!href) continue; // stays part of the plain text around it
    if (link.start > position) nodes.push(text.slice(position, link.start));
    nodes.push(
      <a key={link.start} href={href} target="_blank" rel="nofollow noopener noreferrer ugc" className="break-all font-medium text-brand-800 underline underline-offset-2">
        {link.value}
      </a>,
    );
    position = link.end;
  }
  if (position < text.length) nodes.push(text.slice(position));
  return <Fragment>{nodes}</Fragment>;
}
