// Invitation expiry must not depend on the database session's time zone: Prisma stores
// DateTime as UTC wall-clock time, and a server configured for Europe/Stockholm (initdb
// takes the machine's zone) must still honour the exact expiry.
import { afterAll, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma } from "@/lib/db/client";
import { createNetworkWithPeople, roleIn } from "@/tests/factories";
import { acceptInvitation, createInvitation } from "./invitations";

const originalUrl = process.env.DATABASE_URL;

/** Reconnects Prisma with every session in `timeZone`. */
async function useSessionTimeZone(timeZone: string) {
  await disconnectPrisma();
  const url = new URL(originalUrl!);
  url.searchParams.set("options", `-c TimeZone=${timeZone}`);
  process.env.DATABASE_URL = url.toString();
  const [row] = await getPrisma().$queryRaw<{ TimeZone: string }[]>`SHOW TimeZone`;
  expect(row?.TimeZone).toBe(timeZone);
}

async function invitationExpiringIn(ms: number) {
  const { network, organiser, outsider } = await createNetworkWithPeople();
  const invitation = await createInvitation({ actorId: organiser.id, slug: network.slug, expiresInDays: 1, maxUses: 5 });
  await getPrisma().invitation.update({ where: { id: invitation.id }, data: { expiresAt: new Date(Date.now() + ms) } });
  return { network, outsider, token: invitation.token };
}

afterAll(async () => {
  await disconnectPrisma();
  process.env.DATABASE_URL = originalUrl;
});

describe("invitation expiry in any session time zone", () => {
  it("refuses a link that expired an hour ago when the session is 12 hours behind UTC", async () => {
    await useSessionTimeZone("Etc/GMT+12"); // POSIX sign: UTC−12
    const { network, outsider, token } = await invitationExpiringIn(-60 * 60_000);
    await expect(acceptInvitation({ actorId: outsider.id, token })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await roleIn(network.id, outsider.id)).toBeNull();
  });

  it("admits with a link valid for another half hour when the session is in Europe/Stockholm", async () => {
    await useSessionTimeZone("Europe/Stockholm");
    const { network, outsider, token } = await invitationExpiringIn(30 * 60_000);
    await acceptInvitation({ actorId: outsider.id, token });
    expect(await roleIn(network.id, outsider.id)).toBe("MEMBER");
  });
});
