import { describe, expect, it } from "vitest";
import { markdownToPlainText } from "./plain-text";

describe("markdownToPlainText", () => {
  it("drops headings, emphasis, list and quote syntax and collapses whitespace", () => {
    expect(markdownToPlainText("## Terms\n\nWe ask for **30 % up front** and _the rest_ later.\n\n- one\n- two\n\n> quoted\n\n---\n\n1. first")).toBe(
      "Terms We ask for 30 % up front and the rest later. one two quoted first",
    );
    expect(markdownToPlainText("a\n\n\n   b\t\tc")).toBe("a b c");
    expect(markdownToPlainText("")).toBe("");
  });

  it("keeps a link's text but not its address or title", () => {
    const text = markdownToPlainText('See [Business Sweden](https://www.business-sweden.com/vn-office "Their office") today.');
    expect(text).toBe("See Business Sweden today.");
    expect(text).not.toMatch(/https|business-sweden\.com|vn-office|Their office/);
  });

  it("leaves out reference definitions, so their addresses never reach the text", () => {
    const text = markdownToPlainText("Read [the guide][g].\n\n[g]: https://example.org/guide-path");
    expect(text).toContain("the guide");
    expect(text).not.toMatch(/example\.org|guide-path|\[g\]/);
  });

  it("drops inline and block HTML but keeps the text between inline tags", () => {
    expect(markdownToPlainText("Hi <b>bold</b> there\n\n<script>alert(1)</script>\n\nafter")).toBe("Hi bold there after");
    expect(markdownToPlainText('<div class="x">\n<img src="https://x.test/a.png" onerror="alert(1)">\n</div>')).toBe("");
  });

  it("keeps inline and fenced code", () => {
    expect(markdownToPlainText("Use `HS 8471` as code\n\n```js\nconst duty = 0.05;\n```")).toBe("Use HS 8471 as code const duty = 0.05;");
  });

  it("keeps an image's alt text, not its address", () => {
    const text = markdownToPlainText("![Port of Haiphong](https://img.example/port.png) at dawn");
    expect(text).toBe("Port of Haiphong at dawn");
    expect(markdownToPlainText("![](https://img.example/port.png)")).toBe("");
  });

  it("keeps escaped characters as the words they are", () => {
    expect(markdownToPlainText("5 \\* 3 and \\_not emphasis\\_")).toBe("5 * 3 and _not emphasis_");
  });

  // The pages render Markdown with remark-gfm (components/markdown.tsx), so members can write
  // tables and strikethrough; their syntax must not end up in snippets and the search text.
  it("drops the syntax of GitHub-flavoured tables and strikethrough, as the pages render them", () => {
    expect(markdownToPlainText("| Market | Duty |\n|---|---|\n| Vietnam | 5 % |")).toBe("Market Duty Vietnam 5 %");
    expect(markdownToPlainText("Pay ~~60 days~~ 30 days")).toBe("Pay 60 days 30 days");
  });
});

describe("markdownToPlainText punctuation", () => {
  it("keeps punctuation next to emphasised words and separates blocks", () => {
    expect(markdownToPlainText("Bring *cards*. And **samples**!\n\n## Next\n\nDone")).toBe("Bring cards. And samples! Next Done");
  });
});
