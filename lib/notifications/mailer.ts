import "server-only";
import { createHash } from "node:crypto";
import nodemailer, { type Transporter } from "nodemailer";
import { siteOrigin } from "./links";

// How an email leaves: through SMTP when SMTP_URL is set (nodemailer), otherwise into the
// server log — the outbox table keeps every email either way, for developers to read.

export interface StoredEmail {
  idempotencyKey: string;
  toAddress: string;
  locale: string;
  subject: string;
  text: string;
  html: string;
  unsubscribeUrl: string;
}

const globalForMailer = globalThis as unknown as { kosmopolitMailer?: { url: string; transporter: Transporter } };

function transporterFor(url: string): Transporter {
  if (globalForMailer.kosmopolitMailer?.url !== url) {
    globalForMailer.kosmopolitMailer?.transporter.close();
    globalForMailer.kosmopolitMailer = { url, transporter: nodemailer.createTransport(url) };
  }
  return globalForMailer.kosmopolitMailer.transporter;
}

export const senderAddress = () => process.env.MAIL_FROM ?? `Kosmopolit <no-reply@${new URL(siteOrigin()).hostname}>`;

/** The same Message-ID for every attempt at one email, so a receiving server can drop a repeat. */
const messageId = (key: string) => `<${createHash("sha256").update(key).digest("hex").slice(0, 32)}@${new URL(siteOrigin()).hostname}>`;

/** Sends one email; throws when the SMTP server cannot be reached or refuses it. Returns how it went out. */
export async function deliver(email: StoredEmail): Promise<"smtp" | "log"> {
  const url = process.env.SMTP_URL;
  if (!url) {
    console.log(`[email] (no SMTP_URL: outbox only) to ${email.toAddress}: ${email.subject}\n${email.text}`);
    return "log";
  }
  await transporterFor(url).sendMail({
    from: senderAddress(),
    to: email.toAddress,
    subject: email.subject,
    text: email.text,
    html: email.html,
    messageId: messageId(email.idempotencyKey),
    headers: {
      "Content-Language": email.locale,
      // RFC 8058 one-click unsubscribe: mail clients POST "List-Unsubscribe=One-Click" to the URL.
      "List-Unsubscribe": `<${email.unsubscribeUrl}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      "Auto-Submitted": "auto-generated",
    },
  });
  return "smtp";
}
