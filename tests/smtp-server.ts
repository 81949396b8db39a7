// A real SMTP server for tests (smtp-server), keeping each message it receives parsed by
// mailparser, so tests read what an inbox would. The e2e run's server (e2e/global-setup.ts)
// also hands each message to `onMail`.
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export async function startSmtpServer(port = 0, { onMail }: { onMail?: (mail: ParsedMail) => Promise<void> } = {}) {
  const received: ParsedMail[] = [];
  const waiters: (() => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then(async (mail) => {
          await onMail?.(mail);
          received.push(mail);
          for (const wake of waiters.splice(0)) wake();
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  const address = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${address.port}`,
    port: address.port,
    received,
    /** The first message to `to` (and matching `accept`), waiting up to `ms`. */
    async waitFor(to: string, accept: (mail: ParsedMail) => boolean = () => true, ms = 30_000): Promise<ParsedMail> {
      const deadline = Date.now() + ms;
      for (;;) {
        const found = received.find((mail) => mail.to && JSON.stringify(mail.to).includes(to) && accept(mail));
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no email to ${to} within ${ms} ms (received ${received.length})`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 250);
        });
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
