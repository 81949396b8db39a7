import sharp from "sharp";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { setProfilePhoto } from "@/lib/profiles/photos";
import { updateProfile } from "@/lib/profiles/profile-editor";
import { addMember, createNetwork, createUser } from "@/tests/factories";
import { GET } from "./route";

// The route reads the viewer from the session; here the viewer is set directly.
const viewer = vi.hoisted(() => ({ current: null as { id: string } | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => viewer.current }));

const get = (id: string) => GET(new Request(`http://localhost/api/v1/members/${id}/photo`), { params: Promise.resolve({ id }) });

async function memberWithPhoto(aboutVisibility: "NETWORK" | "MEMBERS" | "PUBLIC") {
  const network = await createNetwork();
  const owner = await createUser();
  await addMember(network.id, owner.id);
  await updateProfile({ actorId: owner.id, aboutVisibility, languagesVisibility: "MEMBERS", countriesVisibility: "MEMBERS", companyVisibility: "MEMBERS" });
  const png = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#2b8a8e" } }).png().toBuffer();
  await setProfilePhoto({ actorId: owner.id, photo: new File([new Uint8Array(png)], "me.png", { type: "image/png" }) });
  return { network, owner };
}

describe("GET /api/v1/members/{id}/photo", () => {
  beforeEach(() => {
    viewer.current = null;
  });

  it("serves the WebP with a private cache header to whoever may see the about section", async () => {
    const { owner } = await memberWithPhoto("PUBLIC");
    const response = await get(owner.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/webp");
    expect(response.headers.get("cache-control")).toBe("private, max-age=300");
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(await sharp(bytes).metadata()).toMatchObject({ format: "webp", width: 512, height: 512 });
  });

  it("answers 404 to a visitor for a members-only photo, and 200 to a member", async () => {
    const { owner } = await memberWithPhoto("MEMBERS");
    expect((await get(owner.id)).status).toBe(404);
    const member = await createUser();
    await addMember((await createNetwork()).id, member.id);
    viewer.current = { id: member.id };
    expect((await get(owner.id)).status).toBe(200);
  });

  it("answers 404 outside the owner's networks for a network-only photo", async () => {
    const { network, owner } = await memberWithPhoto("NETWORK");
    const [outsider, colleague] = await Promise.all([createUser(), createUser()]);
    await addMember((await createNetwork()).id, outsider.id);
    await addMember(network.id, colleague.id);
    viewer.current = { id: outsider.id };
    const refused = await get(owner.id);
    expect(refused.status).toBe(404);
    expect(refused.headers.get("content-type")).toContain("application/json");
    viewer.current = { id: colleague.id };
    expect((await get(owner.id)).status).toBe(200);
    viewer.current = { id: owner.id };
    expect((await get(owner.id)).status).toBe(200);
  });

  it("answers 404 for a member without a photo and for unknown ids", async () => {
    const user = await createUser();
    viewer.current = { id: user.id };
    expect((await get(user.id)).status).toBe(404);
    expect((await get("no-such-member")).status).toBe(404);
  });
});
