import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { addMember, createNetwork, createUser } from "@/tests/factories";
import { askerWithTargets, createKnower, REASON } from "@/tests/introduction-factories";
import { listChannels } from "@/lib/chat/channels";
import { hasAcceptedIntroduction } from "./accepted";
import { getIntroductionPanel, listIntroductions } from "./queries";
import { MAX_PENDING_INTRODUCTIONS } from "./rules";
import { askForIntroduction, respondToIntroduction } from "./service";

const ask = (actorId: string, targetId: string, country = "VN") => askForIntroduction({ actorId, targetId, country, reason: REASON });

describe("listIntroductions", () => {
  it("gives received requests pending first and sent ones newest first, with the other person's name", async () => {
    const { asker, targets: [target, second] } = await askerWithTargets(2);
    const first = await ask(asker.id, target!.id, "VN");
    const other = await ask(asker.id, target!.id, "DE");
    await respondToIntroduction({ actorId: target!.id, introductionId: first.id, decision: "ACCEPTED", response: "Welcome" });
    const toSecond = await ask(asker.id, second!.id);

    const received = await listIntroductions({ actorId: target!.id });
    expect(received.sent).toEqual([]);
    expect(received.received.map((item) => [item.id, item.status])).toEqual([
      [other.id, "PENDING"],
      [first.id, "ACCEPTED"],
    ]);
    expect(received.received[1]).toMatchObject({ country: "VN", reason: REASON, response: "Welcome", person: { id: asker.id, name: "Asker" } });

    const sent = await listIntroductions({ actorId: asker.id });
    expect(sent.received).toEqual([]);
    expect(sent.sent.map((item) => [item.id, item.person.name])).toEqual([
      [toSecond.id, "Target 1"],
      [other.id, "Target 0"],
      [first.id, "Target 0"],
    ]);
  });
});

describe("getIntroductionPanel", () => {
  it("lists the countries the member knows, marks pending ones, and counts the asker's pending requests", async () => {
    const { asker, targets: [target] } = await askerWithTargets();
    expect(await getIntroductionPanel({ actorId: asker.id, targetId: target!.id })).toEqual({
      targetName: "Target 0",
      countries: [
        { code: "DE", pending: false },
        { code: "VN", pending: false },
      ],
      pendingCount: 0,
      max: MAX_PENDING_INTRODUCTIONS,
      unavailable: null,
    });
    await ask(asker.id, target!.id, "VN");
    expect(await getIntroductionPanel({ actorId: asker.id, targetId: target!.id })).toMatchObject({
      countries: [
        { code: "DE", pending: false },
        { code: "VN", pending: true },
      ],
      pendingCount: 1,
      unavailable: null,
    });
    await ask(asker.id, target!.id, "DE");
    expect(await getIntroductionPanel({ actorId: asker.id, targetId: target!.id })).toMatchObject({ unavailable: "allPending" });
  });

  it("says why asking is unavailable", async () => {
    const network = await createNetwork();
    const member = await createUser();
    await addMember(network.id, member.id);
    const closed = await createKnower({ networkId: network.id, open: false });
    const knowsNothing = await createKnower({ networkId: network.id, countries: [] });
    const outsider = await createUser();
    expect(await getIntroductionPanel({ actorId: null, targetId: closed.id })).toMatchObject({ unavailable: "signedOut", countries: [] });
    expect(await getIntroductionPanel({ actorId: closed.id, targetId: closed.id })).toMatchObject({ unavailable: "self" });
    expect(await getIntroductionPanel({ actorId: member.id, targetId: closed.id })).toMatchObject({ unavailable: "notOpen" });
    expect(await getIntroductionPanel({ actorId: member.id, targetId: knowsNothing.id })).toMatchObject({ unavailable: "noCountries" });
    // Someone in no network does not see MEMBERS-visible countries at all: no panel.
    expect(await getIntroductionPanel({ actorId: outsider.id, targetId: closed.id })).toBeNull();
    const publicKnower = await createKnower({ networkId: network.id, visibility: "PUBLIC" });
    expect(await getIntroductionPanel({ actorId: outsider.id, targetId: publicKnower.id })).toMatchObject({ unavailable: "membersOnly" });
  });

  it("reports the limit once the asker has the most pending requests", async () => {
    const { asker, targets } = await askerWithTargets(MAX_PENDING_INTRODUCTIONS + 1);
    for (const target of targets.slice(0, MAX_PENDING_INTRODUCTIONS)) await ask(asker.id, target.id);
    expect(await getIntroductionPanel({ actorId: asker.id, targetId: targets.at(-1)!.id })).toMatchObject({ unavailable: "limitReached", pendingCount: MAX_PENDING_INTRODUCTIONS });
  });
});

describe("accepted introductions (for direct chat)", () => {
  it("open one conversation between the two people of an accepted introduction, and nobody else", async () => {
    const { asker, targets: [target, decliner, silent] } = await askerWithTargets(3);
    const accepted = await ask(asker.id, target!.id);
    const declined = await ask(asker.id, decliner!.id);
    await ask(asker.id, silent!.id);
    expect(await hasAcceptedIntroduction(asker.id, target!.id)).toBe(false);
    await respondToIntroduction({ actorId: target!.id, introductionId: accepted.id, decision: "ACCEPTED" });
    await respondToIntroduction({ actorId: decliner!.id, introductionId: declined.id, decision: "DECLINED" });
    expect(await hasAcceptedIntroduction(asker.id, target!.id)).toBe(true);
    expect(await hasAcceptedIntroduction(target!.id, asker.id)).toBe(true);
    expect(await hasAcceptedIntroduction(asker.id, decliner!.id)).toBe(false);
    expect(await hasAcceptedIntroduction(asker.id, silent!.id)).toBe(false);
    expect(await hasAcceptedIntroduction(asker.id, asker.id)).toBe(false);
    const directs = async (userId: string) => (await listChannels({ actorId: userId })).filter((channel) => channel.kind === "DIRECT");
    expect(await directs(asker.id)).toEqual([expect.objectContaining({ otherUserId: target!.id })]);
    expect(await directs(target!.id)).toEqual([expect.objectContaining({ otherUserId: asker.id })]);
    // A second accepted introduction between the same two still opens one conversation.
    const again = await ask(asker.id, target!.id, "DE");
    await respondToIntroduction({ actorId: target!.id, introductionId: again.id, decision: "ACCEPTED" });
    expect(await directs(asker.id)).toHaveLength(1);
    expect(await getPrisma().introduction.count({ where: { askerId: asker.id, status: "ACCEPTED" } })).toBe(2);
  });
});
