// Starts the e2e run's SMTP server (see mailbox.ts) in the Playwright runner process, for the
// whole run; the returned function stops it. Each message is written to a temporary file and
// renamed, so that a reader never sees half a message.
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ParsedMail } from "mailparser";
import { startSmtpServer } from "../tests/smtp-server";
import { MAIL_DIR, SMTP_PORT, type ReceivedMail } from "./mailbox";

let sequence = 0;

async function store(mail: ParsedMail) {
  const headers: Record<string, string> = {};
  for (const { key, line } of mail.headerLines) headers[key] = line.slice(line.indexOf(":") + 1).replace(/\r?\n\s+/g, " ").trim();
  const to = [mail.to ?? []].flat().map((address) => address.text).join(", ");
  const received: ReceivedMail = { to, subject: mail.subject ?? "", text: mail.text ?? "", html: typeof mail.html === "string" ? mail.html : "", headers };
  const name = `${Date.now()}-${String(++sequence).padStart(6, "0")}`;
  await writeFile(path.join(MAIL_DIR, `${name}.tmp`), JSON.stringify(received, null, 2));
  await rename(path.join(MAIL_DIR, `${name}.tmp`), path.join(MAIL_DIR, `${name}.json`));
}

export default async function globalSetup() {
  await rm(MAIL_DIR, { recursive: true, force: true });
  await mkdir(MAIL_DIR, { recursive: true });
  const server = await startSmtpServer(SMTP_PORT, { onMail: store });
  return server.close;
}
