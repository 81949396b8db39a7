// Who may take which network action. Every row runs against a fresh network and checks
// both the answer and the database: an allowed change happened, a refusal changed nothing.
import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import type { NetworkStatus } from "@/generated/prisma/client";
import {
  addMember,
  addStartupMeetings,
  createJoinRequest,
  createNetworkWithPeople,
  createOrganiserElsewhere,
  createUser,
  roleIn,
  snapshot,
} from "@/tests/factories";
import { acceptInvitation, createInvitation, listInvitations, revokeInvitation } from "./invitations";
import { decideJoinRequest, listJoinRequests, requestToJoin } from "./join-requests";
import { appointFacilitator, createNetwork, handOverNetwork, listFacilitators, listHandOverCandidates, recordStartupMeeting } from "./lifecycle";
import { leaveNetwork, listMembers, removeMember, setMemberRole } from "./members";

const ACTORS = ["outsider", "member", "organiserElsewhere", "organiser", "facilitator", "admin"] as const;
type Actor = (typeof ACTORS)[number];
/** `changed`: allowed and the database changed; `read`/`noop`: allowed and nothing changed. */
type Outcome = "changed" | "read" | "noop" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT";

async function createCast(status: NetworkStatus, meetings: number) {
  const people = await createNetworkWithPeople(status);
  const [organiserElsewhere, admin, target, applicant] = await Promise.all([
    createOrganiserElsewhere(),
    createUser({ name: "Admin", isAdmin: true }),
    createUser({ name: "Target" }),
    createUser({ name: "Applicant" }),
  ]);
  await addMember(people.network.id, target.id);
  await addStartupMeetings(people.network.id, people.facilitator.id, meetings);
  const actors: Record<Actor, string> = {
    outsider: people.outsider.id,
    member: people.member.id,
    organiserElsewhere: organiserElsewhere.id,
    organiser: people.organiser.id,
    facilitator: people.facilitator.id,
    admin: admin.id,
  };
  return { ...people, slug: people.network.slug, target, applicant, actors, userIds: [...Object.values(actors), target.id, applicant.id] };
}
type Cast = Awaited<ReturnType<typeof createCast>>;

type Prepared = { requestId?: string; invitationId?: string; token?: string };
interface Action {
  status?: NetworkStatus;
  meetings?: number;
  /** Runs before the snapshot; returns what `run` needs. */
  prepare?: (cast: Cast) => Promise<Prepared>;
  run: (cast: Cast, actorId: string, prepared: Prepared) => Promise<unknown>;
  /** The specific change an allowed mutation makes. */
  effect?: (cast: Cast, actorId: string, prepared: Prepared) => Promise<void>;
  outcomes: Record<Actor, Outcome>;
}

const managersOnly = (allowed: "changed" | "read"): Record<Actor, Outcome> => ({
  outsider: "FORBIDDEN",
  member: "FORBIDDEN",
  organiserElsewhere: "FORBIDDEN",
  organiser: allowed,
  facilitator: allowed,
  admin: "FORBIDDEN",
});
const only = (actor: Actor, allowed: "changed" | "read"): Record<Actor, Outcome> =>
  Object.fromEntries(ACTORS.map((each) => [each, each === actor ? allowed : "FORBIDDEN"])) as Record<Actor, Outcome>;

const pendingRequest = async (cast: Cast) => ({ requestId: (await createJoinRequest(cast.network.id, cast.applicant.id)).id });
async function invitation(cast: Cast) {
  const created = await createInvitation({ actorId: cast.organiser.id, slug: cast.slug, expiresInDays: 7, maxUses: 10 });
  return { invitationId: created.id, token: created.token };
}
const requestStatus = async (id?: string) => (await getPrisma().joinRequest.findUniqueOrThrow({ where: { id } })).status;
const slugFor = (cast: Cast) => `matrix-${cast.network.slug}`;

const actions: Record<string, Action> = {
  requestToJoin: {
    run: (cast, actorId) => requestToJoin({ actorId, slug: cast.slug, motivation: "We export furniture to Lebanon." }),
    effect: async (cast, actorId) => {
      expect(await getPrisma().joinRequest.count({ where: { networkId: cast.network.id, userId: actorId, status: "PENDING" } })).toBe(1);
    },
    outcomes: { outsider: "changed", member: "CONFLICT", organiserElsewhere: "changed", organiser: "CONFLICT", facilitator: "CONFLICT", admin: "changed" },
  },
  listJoinRequests: {
    prepare: pendingRequest,
    run: async (cast, actorId, { requestId }) => expect((await listJoinRequests({ actorId, slug: cast.slug })).map((row) => row.id)).toEqual([requestId]),
    outcomes: managersOnly("read"),
  },
  "decideJoinRequest (approve)": {
    prepare: pendingRequest,
    run: (_cast, actorId, { requestId }) => decideJoinRequest({ actorId, requestId, decision: "APPROVED" }),
    effect: async (cast) => expect(await roleIn(cast.network.id, cast.applicant.id)).toBe("MEMBER"),
    outcomes: managersOnly("changed"),
  },
  "decideJoinRequest (decline)": {
    prepare: pendingRequest,
    run: (_cast, actorId, { requestId }) => decideJoinRequest({ actorId, requestId, decision: "DECLINED" }),
    effect: async (cast, _actorId, { requestId }) => {
      expect(await requestStatus(requestId)).toBe("DECLINED");
      expect(await roleIn(cast.network.id, cast.applicant.id)).toBeNull();
    },
    outcomes: managersOnly("changed"),
  },
  createInvitation: {
    run: (cast, actorId) => createInvitation({ actorId, slug: cast.slug, expiresInDays: 7, maxUses: 5 }),
    effect: async (cast, actorId) => expect(await getPrisma().invitation.count({ where: { networkId: cast.network.id, createdById: actorId } })).toBe(1),
    outcomes: managersOnly("changed"),
  },
  listInvitations: {
    prepare: invitation,
    run: async (cast, actorId, { invitationId }) => expect((await listInvitations({ actorId, slug: cast.slug })).map((row) => row.id)).toEqual([invitationId]),
    outcomes: managersOnly("read"),
  },
  revokeInvitation: {
    prepare: invitation,
    run: (cast, actorId, { invitationId }) => revokeInvitation({ actorId, slug: cast.slug, invitationId }),
    effect: async (_cast, _actorId, { invitationId }) =>
      expect((await getPrisma().invitation.findUniqueOrThrow({ where: { id: invitationId } })).revokedAt).toBeInstanceOf(Date),
    outcomes: managersOnly("changed"),
  },
  acceptInvitation: {
    prepare: invitation,
    run: (_cast, actorId, { token }) => acceptInvitation({ actorId, token }),
    effect: async (cast, actorId) => expect(await roleIn(cast.network.id, actorId)).toBe("MEMBER"),
    outcomes: { outsider: "changed", member: "noop", organiserElsewhere: "changed", organiser: "noop", facilitator: "noop", admin: "changed" },
  },
  listMembers: {
    run: async (cast, actorId) => expect((await listMembers({ actorId, slug: cast.slug })).total).toBe(4),
    outcomes: { outsider: "FORBIDDEN", member: "read", organiserElsewhere: "FORBIDDEN", organiser: "read", facilitator: "read", admin: "FORBIDDEN" },
  },
  "setMemberRole (promote)": {
    run: (cast, actorId) => setMemberRole({ actorId, slug: cast.slug, userId: cast.target.id, role: "ORGANISER" }),
    effect: async (cast) => expect(await roleIn(cast.network.id, cast.target.id)).toBe("ORGANISER"),
    outcomes: managersOnly("changed"),
  },
  "setMemberRole (demote)": {
    prepare: async (cast) => {
      await getPrisma().membership.update({ where: { userId_networkId: { userId: cast.target.id, networkId: cast.network.id } }, data: { role: "ORGANISER" } });
      return {};
    },
    run: (cast, actorId) => setMemberRole({ actorId, slug: cast.slug, userId: cast.target.id, role: "MEMBER" }),
    effect: async (cast) => expect(await roleIn(cast.network.id, cast.target.id)).toBe("MEMBER"),
    outcomes: managersOnly("changed"),
  },
  removeMember: {
    run: (cast, actorId) => removeMember({ actorId, slug: cast.slug, userId: cast.target.id }),
    effect: async (cast) => expect(await roleIn(cast.network.id, cast.target.id)).toBeNull(),
    outcomes: managersOnly("changed"),
  },
  leaveNetwork: {
    run: (cast, actorId) => leaveNetwork({ actorId, slug: cast.slug }),
    effect: async (cast, actorId) => expect(await roleIn(cast.network.id, actorId)).toBeNull(),
    outcomes: { outsider: "NOT_FOUND", member: "changed", organiserElsewhere: "NOT_FOUND", organiser: "CONFLICT", facilitator: "CONFLICT", admin: "NOT_FOUND" },
  },
  createNetwork: {
    run: (cast, actorId) =>
      createNetwork({
        actorId,
        name: "Kosmopolit Matrix",
        slug: slugFor(cast),
        region: "Testlän",
        city: "Teststad",
        description: "A network created by the role matrix test.",
        languages: "sv, en",
        facilitatorId: cast.facilitator.id,
      }),
    effect: async (cast) => {
      const network = await getPrisma().network.findUniqueOrThrow({ where: { slug: slugFor(cast) }, select: { id: true, status: true } });
      expect(network.status).toBe("FORMING");
      expect(await roleIn(network.id, cast.facilitator.id)).toBe("FACILITATOR");
    },
    outcomes: { ...only("facilitator", "changed"), admin: "changed" },
  },
  recordStartupMeeting: {
    status: "FORMING",
    run: (cast, actorId) => recordStartupMeeting({ actorId, slug: cast.slug, heldOn: "2026-03-01" }),
    effect: async (cast) => expect(await getPrisma().startupMeeting.count({ where: { networkId: cast.network.id } })).toBe(1),
    outcomes: only("facilitator", "changed"),
  },
  handOverNetwork: {
    status: "FORMING",
    meetings: 3,
    run: (cast, actorId) => handOverNetwork({ actorId, slug: cast.slug, organiserIds: [cast.member.id] }),
    effect: async (cast) => {
      expect((await getPrisma().network.findUniqueOrThrow({ where: { id: cast.network.id } })).status).toBe("ACTIVE");
      expect(await roleIn(cast.network.id, cast.member.id)).toBe("ORGANISER");
    },
    outcomes: only("facilitator", "changed"),
  },
  listHandOverCandidates: {
    status: "FORMING",
    meetings: 3,
    run: async (cast, actorId) => expect(await listHandOverCandidates({ actorId, slug: cast.slug })).toHaveLength(3),
    outcomes: only("facilitator", "read"),
  },
  appointFacilitator: {
    run: (cast, actorId) => appointFacilitator({ actorId, email: cast.applicant.email, organisation: "Almi" }),
    effect: async (cast) => expect(await getPrisma().facilitator.findUnique({ where: { userId: cast.applicant.id } })).toMatchObject({ organisation: "Almi" }),
    outcomes: only("admin", "changed"),
  },
  listFacilitators: {
    run: async (cast, actorId) => expect((await listFacilitators({ actorId })).map((row) => row.id)).toContain(cast.facilitator.id),
    outcomes: only("admin", "read"),
  },
};

const cases = Object.entries(actions).flatMap(([name, action]) => ACTORS.map((actor) => ({ name, actor, outcome: action.outcomes[actor], action })));

describe("network role matrix", () => {
  it.each(cases)("$name by $actor → $outcome", async ({ actor, outcome, action }) => {
    const cast = await createCast(action.status ?? "ACTIVE", action.meetings ?? 0);
    const prepared = action.prepare ? await action.prepare(cast) : {};
    const actorId = cast.actors[actor];
    const before = await snapshot([cast.network.id], cast.userIds);
    const attempt = action.run(cast, actorId, prepared);

    if (outcome === "changed" || outcome === "read" || outcome === "noop") {
      await attempt;
      const after = await snapshot([cast.network.id], cast.userIds);
      if (outcome === "changed") {
        expect(after).not.toEqual(before);
        await action.effect?.(cast, actorId, prepared);
      } else {
        expect(after).toEqual(before);
      }
    } else {
      await expect(attempt).rejects.toMatchObject({ name: "AppError", code: outcome });
      expect(await snapshot([cast.network.id], cast.userIds)).toEqual(before);
    }
  });

  it("covers every action for every kind of person", () => {
    expect(cases).toHaveLength(Object.keys(actions).length * ACTORS.length);
    for (const [name, action] of Object.entries(actions)) {
      if (Object.values(action.outcomes).includes("changed")) expect(action.effect, name).toBeTypeOf("function");
    }
  });
});
