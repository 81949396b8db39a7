// One layout for every email: a title, an optional introduction, sections of lines (each
// optionally a link), an optional button, and the footer with the unsubscribe link. Rendered
// as plain text and as simple HTML (inline styles only, which mail clients keep). Everything
// inserted is escaped: names and titles are written by members.

export interface EmailLine {
  text: string;
  url?: string;
  /** A second, quieter line (a quoted message, a place and time). */
  note?: string;
}
export interface EmailSection {
  heading?: string;
  lines: EmailLine[];
}
export interface EmailContent {
  locale: string;
  title: string;
  intro?: string;
  sections?: EmailSection[];
  action?: { label: string; url: string };
  /** Why the person got this email, and the link that stops this kind. */
  footer: { reason: string; unsubscribeLabel: string; unsubscribeUrl: string; preferencesLabel: string; preferencesUrl: string };
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
const rtl = (locale: string) => locale === "ar";

export function renderText(content: EmailContent): string {
  const parts = [content.title, ""];
  if (content.intro) parts.push(content.intro, "");
  for (const section of content.sections ?? []) {
    if (section.heading) parts.push(section.heading, "-".repeat(Math.min(section.heading.length, 60)));
    for (const line of section.lines) {
      parts.push(`- ${line.text}${line.url ? `\n  ${line.url}` : ""}`);
      if (line.note) parts.push(`  ${line.note}`);
    }
    parts.push("");
  }
  if (content.action) parts.push(`${content.action.label}: ${content.action.url}`, "");
  const { footer } = content;
  parts.push("--", footer.reason, `${footer.unsubscribeLabel}: ${footer.unsubscribeUrl}`, `${footer.preferencesLabel}: ${footer.preferencesUrl}`);
  return parts.join("\n");
}

export function renderHtml(content: EmailContent): string {
  const link = (text: string, url: string) => `<a href="${escapeHtml(url)}" style="color:#1d4ed8">${escapeHtml(text)}</a>`;
  const sections = (content.sections ?? [])
    .map((section) => {
      const heading = section.heading ? `<h2 style="font-size:16px;margin:24px 0 8px">${escapeHtml(section.heading)}</h2>` : "";
      const items = section.lines
        .map((line) => `<li style="margin:0 0 8px">${line.url ? link(line.text, line.url) : escapeHtml(line.text)}${line.note ? `<br><span style="color:#4b5563">${escapeHtml(line.note)}</span>` : ""}</li>`)
        .join("");
      return `${heading}<ul style="padding-inline-start:20px;margin:0">${items}</ul>`;
    })
    .join("");
  const action = content.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="background:#1d4ed8;color:#ffffff;padding:10px 16px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(content.action.label)}</a></p>`
    : "";
  const { footer } = content;
  return [
    `<!doctype html><html lang="${escapeHtml(content.locale)}" dir="${rtl(content.locale) ? "rtl" : "ltr"}"><head><meta charset="utf-8"><title>${escapeHtml(content.title)}</title></head>`,
    `<body style="font-family:system-ui,-apple-system,'Segoe UI',sans-serif;color:#111827;line-height:1.5;max-width:600px;margin:0 auto;padding:24px">`,
    `<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(content.title)}</h1>`,
    content.intro ? `<p>${escapeHtml(content.intro)}</p>` : "",
    sections,
    action,
    `<hr style="border:none;border-top:1px solid #e5e7eb;margin:32px 0 16px">`,
    `<p style="font-size:13px;color:#4b5563">${escapeHtml(footer.reason)}<br>${link(footer.unsubscribeLabel, footer.unsubscribeUrl)} · ${link(footer.preferencesLabel, footer.preferencesUrl)}</p>`,
    `</body></html>`,
  ].join("");
}

/** A member's words quoted the way the email's language quotes (Swedish ”…”, Arabic «…», English “…”). */
export function quoted(locale: string, words: string): string {
  if (locale === "sv") return `”${words}”`;
  if (locale === "ar") return `«${words}»`;
  return `“${words}”`;
}
