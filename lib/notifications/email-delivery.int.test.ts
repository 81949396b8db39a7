import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type PgBoss from "pg-boss";
import { getPrisma } from "@/lib/db/client";
import { startJobQueue } from "@/lib/jobs/queue";
import { decideJoinRequest, requestToJoin } from "@/lib/networks/join-requests";
import { createNetworkWithPeople, createUser } from "@/tests/factories";
import { startSmtpServer } from "@/tests/smtp-server";
import { getPreferences, setPreferences } from "./preferences";

// The whole way of an email: a service records a notification, the outbox row is NOTIFYed,
// the job queue sends it through a real SMTP server, the one-click link unsubscribes.

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let boss: PgBoss;
const { POST } = await import("@/app/api/v1/unsubscribe/route");

beforeAll(async () => {
  smtp = await startSmtpServer();
  process.env.SMTP_URL = smtp.url;
  process.env.AUTH_URL = "https://kosmopolit.example.org";
  boss = await startJobQueue(process.env.DATABASE_URL!, { schedule: false, work: true, emailRetryDelaySeconds: 1 });
}, 60_000);
afterAll(async () => {
  await boss.stop({ graceful: false, wait: true });
  await smtp.close();
});
afterEach(() => {
  process.env.SMTP_URL = smtp.url;
});

async function approvedRequester(locale = "sv") {
  const { network, organiser } = await createNetworkWithPeople();
  const requester = await createUser();
  await getPrisma().user.update({ where: { id: requester.id }, data: { locale } });
  await requestToJoin({ actorId: requester.id, slug: network.slug, motivation: "Vi exporterar till Vietnam och vill lära av andra." });
  const request = await getPrisma().joinRequest.findFirstOrThrow({ where: { userId: requester.id }, select: { id: true } });
  await decideJoinRequest({ actorId: organiser.id, requestId: request.id, decision: "APPROVED", message: "Välkommen!" });
  return { network, requester };
}

const unsubscribeWith = async (url: string) => {
  const response = await POST(new Request(url, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "List-Unsubscribe=One-Click" }));
  return { status: response.status, body: (await response.json()) as unknown };
};

describe("notification emails", () => {
  it("reach the person in their language with a link to the subject and a working one-click unsubscribe", async () => {
    const { network, requester } = await approvedRequester("sv");
    const mail = await smtp.waitFor(requester.email);
    expect(mail.subject).toBe(`Välkommen! Din ansökan om medlemskap i ${network.name} har godkänts`);
    expect(mail.text).toContain(`https://kosmopolit.example.org/sv/networks/${network.slug}`);
    expect(mail.text).toContain("”Välkommen!”");
    expect(mail.html).toContain('lang="sv"');
    expect(mail.headers.get("content-language")).toBe("sv");
    // mailparser folds List-* headers into one object; the raw lines are what a mail client reads.
    const rawHeader = (name: string) => mail.headerLines.find((header) => header.key === name)?.line ?? "";
    expect(rawHeader("list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    const listUnsubscribe = rawHeader("list-unsubscribe").replace(/\r?\n\s*/g, "");
    const url = /<(https:\/\/kosmopolit\.example\.org\/api\/v1\/unsubscribe\?token=[^>]+)>/.exec(listUnsubscribe)?.[1];
    expect(url).toBeDefined();

    const tampered = url!.replace(/token=([^.]+)\./, (_, payload: string) => `token=${payload.slice(0, -2)}AA.`);
    expect(await unsubscribeWith(tampered)).toMatchObject({ status: 400, body: { error: { code: "INVALID" } } });
    expect((await getPreferences({ actorId: requester.id }))["network.join_approved"]).toBe("EMAIL_NOW");

    expect(await unsubscribeWith(url!)).toEqual({ status: 200, body: { unsubscribed: "network.join_approved" } });
    expect((await getPreferences({ actorId: requester.id }))["network.join_approved"]).toBe("IN_APP");
    const delivery = await getPrisma().emailDelivery.findFirstOrThrow({ where: { userId: requester.id } });
    expect(delivery).toMatchObject({ status: "SENT", attempts: 1, lastError: null });
  });

  it("are not sent to someone who chose in-app only or off, and 'off' records no notification", async () => {
    const { network, organiser } = await createNetworkWithPeople();
    const [quiet, silent] = await Promise.all([createUser(), createUser()]);
    await setPreferences({ actorId: quiet.id, preferences: { "network.join_approved": "IN_APP" } });
    await setPreferences({ actorId: silent.id, preferences: { "network.join_approved": "OFF" } });
    for (const person of [quiet, silent]) {
      await requestToJoin({ actorId: person.id, slug: network.slug, motivation: "Vi vill gärna vara med i nätverket." });
      const request = await getPrisma().joinRequest.findFirstOrThrow({ where: { userId: person.id }, select: { id: true } });
      await decideJoinRequest({ actorId: organiser.id, requestId: request.id, decision: "APPROVED" });
    }
    expect(await getPrisma().notification.count({ where: { userId: quiet.id, kind: "network.join_approved" } })).toBe(1);
    expect(await getPrisma().notification.count({ where: { userId: silent.id, kind: "network.join_approved" } })).toBe(0);
    expect(await getPrisma().emailDelivery.count({ where: { userId: { in: [quiet.id, silent.id] } } })).toBe(0);
  });

  it("are retried when the SMTP server cannot be reached, reported, and delivered once it can", async () => {
    const later = await startSmtpServer();
    const port = later.port;
    await later.close();
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    const { requester } = await approvedRequester("en");

    const failed = await waitUntil(() => getPrisma().emailDelivery.findFirst({ where: { userId: requester.id, attempts: { gte: 1 }, lastError: { not: null } } }));
    expect(failed).toMatchObject({ status: "PENDING" });
    expect(await getPrisma().notification.count({ where: { userId: requester.id, kind: "network.join_approved" } })).toBe(1);

    const inbox = await startSmtpServer(port);
    try {
      const mail = await inbox.waitFor(requester.email, () => true, 60_000);
      expect(mail.subject).toContain("approved");
      const delivered = await waitUntil(() => getPrisma().emailDelivery.findFirst({ where: { userId: requester.id, status: "SENT" } }));
      expect(delivered!.attempts).toBeGreaterThanOrEqual(2);
      expect(inbox.received.filter((received) => JSON.stringify(received.to).includes(requester.email))).toHaveLength(1);
    } finally {
      await inbox.close();
    }
  }, 90_000);
});

async function waitUntil<T>(probe: () => Promise<T | null>, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
