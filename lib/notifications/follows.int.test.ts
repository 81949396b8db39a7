import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { createUser } from "@/tests/factories";
import { FOLLOW_LIMIT, followCountry, listFollowedCountries, unfollowCountry } from "./follows";

const stored = (userId: string) => getPrisma().countryFollow.findMany({ where: { userId }, select: { country: true } });

describe("countries I follow", () => {
  it("follows, lists and unfollows countries; codes are read in any case", async () => {
    const person = await createUser();
    expect(await followCountry({ actorId: person.id, country: "vn" })).toBe("VN");
    await followCountry({ actorId: person.id, country: " DE " });
    expect(await listFollowedCountries({ actorId: person.id })).toEqual(["DE", "VN"]);
    await unfollowCountry({ actorId: person.id, country: "VN" });
    expect(await listFollowedCountries({ actorId: person.id })).toEqual(["DE"]);
  });

  it("following twice keeps one row, and unfollowing what is not followed changes nothing", async () => {
    const person = await createUser();
    await followCountry({ actorId: person.id, country: "VN" });
    await followCountry({ actorId: person.id, country: "VN" });
    await unfollowCountry({ actorId: person.id, country: "KE" });
    expect(await stored(person.id)).toEqual([{ country: "VN" }]);
  });

  it("keeps each person's follows their own", async () => {
    const [one, other] = await Promise.all([createUser(), createUser()]);
    await followCountry({ actorId: one.id, country: "VN" });
    await unfollowCountry({ actorId: other.id, country: "VN" });
    expect(await listFollowedCountries({ actorId: one.id })).toEqual(["VN"]);
    expect(await listFollowedCountries({ actorId: other.id })).toEqual([]);
  });

  it.each([["XX"], ["EU"], ["VNM"], [""], [42], [null], ["'; DROP TABLE--"]])("refuses %j as a country and stores nothing", async (country) => {
    const person = await createUser();
    const refusal = await followCountry({ actorId: person.id, country }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal).toMatchObject({ code: "INVALID", fieldErrors: { country: ["validation.unknownCountry"] } });
    expect(await stored(person.id)).toEqual([]);
    await expect(unfollowCountry({ actorId: person.id, country })).rejects.toMatchObject({ code: "INVALID" });
  });

  it("refuses accounts that were removed", async () => {
    const person = await createUser();
    await getPrisma().user.update({ where: { id: person.id }, data: { status: "REMOVED" } });
    await expect(followCountry({ actorId: person.id, country: "VN" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await stored(person.id)).toEqual([]);
  });

  it(`stops at ${FOLLOW_LIMIT} countries, even when asked at once`, async () => {
    const person = await createUser();
    const codes = ["AD", "AE", "AF", "AG", "AL", "AM", "AO", "AR", "AT", "AU", "AZ", "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BN", "BO", "BR", "BS", "BT"];
    const more = ["BW", "BY", "BZ", "CA", "CD", "CF", "CG", "CH", "CI", "CL", "CM", "CN", "CO", "CR", "CU", "CV", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC"];
    await getPrisma().countryFollow.createMany({ data: codes.map((country) => ({ userId: person.id, country })) });
    const results = await Promise.allSettled(more.concat(["EE", "EG", "ER"]).map((country) => followCountry({ actorId: person.id, country })));
    expect(results.filter((result) => result.status === "rejected").map((result) => (result as PromiseRejectedResult).reason)).toEqual(
      Array.from({ length: 3 }, () => expect.objectContaining({ code: "CONFLICT", messageKey: "tooManyFollows" })),
    );
    expect(await stored(person.id)).toHaveLength(FOLLOW_LIMIT);
    // An already followed country is still fine at the cap.
    await expect(followCountry({ actorId: person.id, country: "AD" })).resolves.toBe("AD");
  });
});
