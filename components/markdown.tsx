import ReactMarkdown, { type Components } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import { cn } from "@/components/ui/cn";

// Markdown written by members becomes React elements, never an HTML string: react-markdown
// drops raw HTML from the text and keeps only http(s), mailto and relative links
// (defaultUrlTransform), and rehype-sanitize then applies GitHub's allow-list to whatever the
// parser produced, so no script, event handler or javascript: URL can reach a page. The same
// component renders the editor's live preview, so the preview is exactly what readers see.

const components: Components = {
  a: ({ href, children }) => (
    <a href={href} rel="nofollow noopener noreferrer ugc" className="font-medium text-brand-800 underline">
      {children}
    </a>
  ),
  // Headings in a member's text sit below the page's own h1 and section headings.
  h1: ({ children }) => <h3 className="mt-6 text-xl font-semibold">{children}</h3>,
  h2: ({ children }) => <h3 className="mt-6 text-xl font-semibold">{children}</h3>,
  h3: ({ children }) => <h4 className="mt-5 text-lg font-semibold">{children}</h4>,
  img: ({ alt }) => <span className="italic text-slate-600">{alt ? `[${alt}]` : ""}</span>,
};

export function Markdown({ children, className }: { children: string; className?: string }) {
  return (
    <div className={cn("markdown space-y-3 leading-relaxed text-slate-800", className)}>
      <ReactMarkdown remarkPlugins={[remarkGfm]} rehypePlugins={[rehypeSanitize]} components={components} skipHtml>
        {children}
      </ReactMarkdown>
    </div>
  );
}
