import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "./markdown";

const render = (source: string) => renderToStaticMarkup(createElement(Markdown, null, source));

// Payloads from the usual XSS cheat sheets, as a member could type them into an article,
// a question or an answer.
const payloads = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
  '<img src=x onerror="alert(1)">',
  "<svg onload=alert(1)>",
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">raw link</a>',
  "[click](javascript:alert(1))",
  "[click](JaVaScRiPt:alert(1))",
  "[click](  javascript:alert(1))",
  "[click](java&#x09;script:alert(1))",
  "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[click](vbscript:msgbox(1))",
  "![x](javascript:alert(1))",
  '![x](x" onerror="alert(1))',
  '<div style="background:url(javascript:alert(1))">styled</div>',
  "<details open ontoggle=alert(1)>",
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  '<form action="javascript:alert(1)"><button>go</button></form>',
  "[ref]: javascript:alert(1)\n\n[link][ref]",
  "<object data=\"javascript:alert(1)\"></object>",
  '<a href="#" onclick="alert(1)">x</a>',
  "`<script>alert(1)</script>`",
  "```html\n<script>alert(1)</script>\n```",
];

describe("Markdown", () => {
  it.each(payloads)("renders %j inert", (payload) => {
    const html = render(`Before\n\n${payload}\n\nAfter`);
    expect(html).not.toMatch(/<(script|iframe|object|embed|svg|math|form|style|details)\b/i);
    // Attributes inside tags; the same words as escaped text are harmless.
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/<[a-z][^>]*\s(href|src|action|data)\s*=\s*"\s*(javascript|vbscript|data):/i);
    expect(html).not.toMatch(/<[a-z][^>]*\sstyle\s*=/i);
    expect(html).toContain("After");
  });

  it("keeps ordinary formatting, links and code", () => {
    const html = render("## Payment\n\n**30 %** up front, see [Tullverket](https://www.tullverket.se) and `HS 8471`.\n\n- one\n- two");
    expect(html).toContain("<h3");
    expect(html).toContain("<strong>30 %</strong>");
    expect(html).toMatch(/<a href="https:\/\/www\.tullverket\.se" rel="nofollow noopener noreferrer ugc"/);
    expect(html).toContain("<code>HS 8471</code>");
    expect(html).toMatch(/<ul>\s*<li>one<\/li>/);
  });

  it("shows code that looks like HTML as text", () => {
    expect(render("`<script>alert(1)</script>`")).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });
});
