import { describe, expect, it } from "vitest";
import { addMember, createNetwork, createUser } from "@/tests/factories";
import { GET } from "./route";

describe("GET /api/v1/networks", () => {
  it("lists public networks with member firms counted, facilitators not", async () => {
    const network = await createNetwork({ status: "FORMING" });
    const [organiser, member, facilitator] = await Promise.all([createUser(), createUser(), createUser({ facilitatorOf: "Almi" })]);
    await addMember(network.id, organiser.id, "ORGANISER");
    await addMember(network.id, member.id, "MEMBER");
    await addMember(network.id, facilitator.id, "FACILITATOR");

    const response = await GET();
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>[];
    const listed = body.find((entry) => entry.slug === network.slug);
    expect(listed).toEqual({ slug: network.slug, name: network.name, region: "Testlän", city: "Teststad", status: "FORMING", memberCount: 2 });
  });

  it("hides archived networks", async () => {
    const network = await createNetwork({ status: "ARCHIVED" });
    const body = (await (await GET()).json()) as { slug: string }[];
    expect(body.some((entry) => entry.slug === network.slug)).toBe(false);
  });
});
