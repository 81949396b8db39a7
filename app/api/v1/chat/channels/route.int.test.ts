import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { openDirectChannel } from "@/lib/chat/direct";
import { sendMessage } from "@/lib/chat/messages";
import { createNetworkWithPeople } from "@/tests/factories";

// The route reads the session through getCurrentUser; here the test decides who is signed in.
const session = vi.hoisted(() => ({ user: null as { id: string } | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => session.user }));

const { GET } = await import("./route");

const get = async () => {
  const response = await GET();
  return { status: response.status, body: (await response.json()) as unknown };
};

beforeEach(() => {
  session.user = null;
});

describe("GET /api/v1/chat/channels", () => {
  it("answers visitors 401", async () => {
    expect(await get()).toEqual({ status: 401, body: { error: { code: "UNAUTHENTICATED", message: "Please sign in first." } } });
  });

  it("lists the network channel and conversations of the signed-in person with unread counts, and nothing of others", async () => {
    const { network, organiser, member, outsider } = await createNetworkWithPeople();
    const { channelId } = await openDirectChannel({ actorId: organiser.id, userId: member.id });
    await sendMessage({ actorId: organiser.id, channelId, clientId: randomUUID(), body: "Välkommen!" });

    session.user = { id: member.id };
    const { status, body } = await get();
    expect(status).toBe(200);
    expect(body).toEqual([
      expect.objectContaining({ kind: "NETWORK", name: network.name, networkSlug: network.slug, unread: 0 }),
      expect.objectContaining({ id: channelId, kind: "DIRECT", name: organiser.name, networkSlug: null, unread: 1 }),
    ]);

    session.user = { id: outsider.id };
    expect(await get()).toEqual({ status: 200, body: [] });
  });
});
