import { beforeEach, describe, expect, it, vi } from "vitest";
import { createNetwork, createUser } from "@/tests/factories";
import { createPerson, token } from "@/tests/profile-factories";

// The route reads the session through getCurrentUser; here the test decides who is signed in.
const session = vi.hoisted(() => ({ user: null as { id: string } | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => session.user }));

const { GET } = await import("./route");

const get = async (query: string) => {
  const response = await GET(new Request(`http://localhost/api/v1/members${query}`));
  return { status: response.status, type: response.headers.get("content-type"), body: (await response.json()) as Record<string, unknown> };
};

beforeEach(() => {
  session.user = null;
});

describe("GET /api/v1/members", () => {
  it("answers visitors 401 with a JSON error, even for malformed parameters", async () => {
    for (const query of ["", "?country=VN", "?country=XX&bogus=1"]) {
      const response = await get(query);
      expect(response.status).toBe(401);
      expect(response.type).toContain("application/json");
      expect(response.body).toEqual({ error: { code: "UNAUTHENTICATED", message: "Please sign in first." } });
    }
  });

  it("answers 403 to a signed-in person outside every network", async () => {
    session.user = await createUser();
    const response = await get("?country=VN");
    expect(response.status).toBe(403);
    expect(response.body).toEqual({ error: { code: "FORBIDDEN", message: "The directory is for members of a network. Join a network to search it." } });
  });

  it("returns { items, total, facets } with only the sections the member may see", async () => {
    const [home, other] = await Promise.all([createNetwork(), createNetwork()]);
    session.user = await createPerson({ networks: [{ id: home.id }] });
    const tag = token();
    const visible = await createPerson({
      name: `Visible ${tag}`,
      headline: "Importer of Vietnamese coffee",
      networks: [{ id: other.id }],
      openToIntroductions: true,
      languages: [{ code: "vi", level: "NATIVE" }],
      countries: [{ country: "VN", relations: ["EXPORTS_TO", "BORN"], areas: ["LOGISTICS"] }],
      company: { name: `Visible ${tag} Coffee AB`, sector: "G", exporting: true },
    });
    const hiddenName = `Hidden ${token("zx")}`;
    await createPerson({ name: hiddenName, networks: [{ id: other.id }], visibility: { countries: "NETWORK" }, countries: [{ country: "VN", relations: ["BORN"] }] });

    const response = await get(`?country=vn&language=VI&minLevel=native&network=${other.slug}&exporting=true&open=true&sector=G&relation=born&q=${encodeURIComponent(tag)}&page=1`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      items: [
        {
          id: visible.id,
          name: `Visible ${tag}`,
          headline: "Importer of Vietnamese coffee",
          networks: [other.slug],
          languages: [{ code: "vi", level: "NATIVE" }],
          countries: [{ code: "VN", relations: ["BORN", "EXPORTS_TO"], areas: ["LOGISTICS"] }],
          company: { name: `Visible ${tag} Coffee AB`, sector: "G", exporting: true },
        },
      ],
      total: 1,
      facets: { country: { VN: 1 }, language: { vi: 1 }, sector: { G: 1 } },
    });

    const hidden = await get(`?network=${other.slug}&q=${encodeURIComponent(hiddenName)}`);
    expect(hidden.body).toMatchObject({ total: 1, items: [{ name: hiddenName, countries: [] }], facets: { country: {} } });
    expect((await get(`?network=${other.slug}&country=VN`)).body).toMatchObject({ total: 1, items: [{ id: visible.id }] });
  });

  it.each([
    ["?country=XX", { country: ["Use a two-letter ISO 3166-1 country code, e.g. VN."] }],
    ["?language=xx", { language: ["Use two-letter ISO 639-1 codes, e.g. sv, en."] }],
    ["?minLevel=expert", { minLevel: ["Use one of: native, fluent, professional, basic."] }],
    ["?relation=cousin", { relation: ["Use one of: born, lived, worked, did_business, exports_to, has_contacts."] }],
    ["?sector=Z", { sector: ["Use an SNI 2007 section letter from A to U."] }],
    ["?exporting=yes", { exporting: ["Use true or false."] }],
    ["?open=1", { open: ["Use true or false."] }],
    ["?network=Bad%20Slug", { network: ["Use lower-case letters, digits and single hyphens."] }],
    [`?q=${"x".repeat(101)}`, { q: ["This is too long."] }],
    ["?page=0", { page: ["Use a page number from 1 to 500."] }],
    ["?page=abc", { page: ["Use a page number from 1 to 500."] }],
    ["?country=VN&country=SE", { country: ["Give this parameter only once."] }],
    ["?sort=name", { sort: ["This parameter is not supported."] }],
    ["?actorId=someone-else", { actorId: ["This parameter is not supported."] }],
    ["?contry=VN&page=-2", { page: ["Use a page number from 1 to 500."], contry: ["This parameter is not supported."] }],
  ])("answers %s with 400 and an English message per field", async (query, fields) => {
    const network = await createNetwork();
    session.user = await createPerson({ networks: [{ id: network.id }] });
    const response = await get(query);
    expect(response.status).toBe(400);
    expect(response.type).toContain("application/json");
    expect(response.body).toEqual({ error: { code: "INVALID", message: `These query parameters are not valid: ${Object.keys(fields).join(", ")}.`, fields } });
  });
});
