import { describe, expect, it } from "vitest";
import { createNetworkSchema, handOverSchema, invitationTokenSchema, joinRequestSchema } from "./schema";

const network = {
  name: "Kosmopolit Skåne",
  region: "Skåne",
  city: "Malmö",
  description: "Entrepreneurs born abroad who run firms in Skåne.",
  languages: "sv",
};

describe("createNetworkSchema", () => {
  it("splits, trims and lower-cases a language list", () => {
    expect(createNetworkSchema.parse({ ...network, languages: "sv, EN ,ar" }).languages).toEqual(["sv", "en", "ar"]);
    expect(createNetworkSchema.parse({ ...network, languages: ["SV", " fa "] }).languages).toEqual(["sv", "fa"]);
  });

  it.each([["sv, eng"], ["sv, e1"], [""], [" , "], [Array.from({ length: 11 }, (_, index) => String.fromCharCode(97 + index).repeat(2)).join(",")]])(
    "refuses languages %j",
    (languages) => expect(createNetworkSchema.safeParse({ ...network, languages }).success).toBe(false),
  );

  it("treats an empty slug and facilitator as absent and lower-cases a slug", () => {
    const parsed = createNetworkSchema.parse({ ...network, slug: "", facilitatorId: "" });
    expect(parsed.slug).toBeUndefined();
    expect(parsed.facilitatorId).toBeUndefined();
    expect(createNetworkSchema.parse({ ...network, slug: " Skane-2 " }).slug).toBe("skane-2");
  });

  it.each(["-skane", "skane-", "sk ane", "sk--ane", "skåne"])("refuses the slug %j", (slug) =>
    expect(createNetworkSchema.safeParse({ ...network, slug }).success).toBe(false),
  );
});

describe("other network schemas", () => {
  it("handOverSchema takes one id or many and removes duplicates", () => {
    expect(handOverSchema.parse({ slug: "skane", organiserIds: "a1" }).organiserIds).toEqual(["a1"]);
    expect(handOverSchema.parse({ slug: "skane", organiserIds: ["a1", "b2", "a1"] }).organiserIds).toEqual(["a1", "b2"]);
    expect(handOverSchema.safeParse({ slug: "skane", organiserIds: Array.from({ length: 11 }, (_, index) => `id${index}`) }).success).toBe(false);
  });

  it("invitation tokens are 20–64 URL-safe characters", () => {
    expect(invitationTokenSchema.safeParse({ token: "A".repeat(20) }).success).toBe(true);
    expect(invitationTokenSchema.safeParse({ token: "A_-b".repeat(16) }).success).toBe(true);
    for (const token of ["A".repeat(19), "A".repeat(65), `${"A".repeat(20)}=`, `${"A".repeat(20)}/`]) {
      expect(invitationTokenSchema.safeParse({ token }).success).toBe(false);
    }
  });

  it("join request motivation is trimmed plain text of 10–1000 characters", () => {
    expect(joinRequestSchema.parse({ slug: "skane", motivation: "  ten chars!  " }).motivation).toBe("ten chars!");
    expect(joinRequestSchema.safeParse({ slug: "skane", motivation: "a > b, surely" }).success).toBe(false);
  });
});
