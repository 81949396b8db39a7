// The e2e run's inbox: global-setup.ts starts a real SMTP server that the app sends to
// (SMTP_URL in playwright.config.ts) and writes every message it receives as one JSON file
// here, so that tests in any worker process can read what a person's mail client would.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

export const MAIL_DIR = path.resolve(".data", "e2e-mail");
/** Beside the app's port, so that a second run on another E2E_PORT gets its own. */
export const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 25);

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Raw header values by lower-case name, as they arrived (unfolded). */
  headers: Record<string, string>;
}

async function readAll(): Promise<ReceivedMail[]> {
  const names = await readdir(MAIL_DIR).catch(() => [] as string[]);
  const files = names.filter((name) => name.endsWith(".json")).sort();
  return Promise.all(files.map(async (name) => JSON.parse(await readFile(path.join(MAIL_DIR, name), "utf8")) as ReceivedMail));
}

/** The first email to `to` that `accept`s, waiting for it: sending runs in the app's job queue. */
export async function waitForMail(to: string, accept: (mail: ReceivedMail) => boolean = () => true, timeoutMs = 30_000): Promise<ReceivedMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await readAll()).find((mail) => mail.to.toLowerCase().includes(to.toLowerCase()) && accept(mail));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no email to ${to} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
