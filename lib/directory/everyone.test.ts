import { describe, expect, it } from "vitest";
import { canSee, visibilityLevels } from "@/lib/profiles/visibility";
import { isEveryone } from "./everyone-sql";
import { directoryQuerySchema } from "./schema";

const member = { id: "viewer", isNetworkMember: true };

describe("the unfiltered directory's statement", () => {
  it("answers searches without any filter, on any page, for members of a network", () => {
    expect(isEveryone(directoryQuerySchema.parse({}), member)).toBe(true);
    expect(isEveryone(directoryQuerySchema.parse({ page: "7", country: "" }), member)).toBe(true);
    for (const filter of [{ country: "VN" }, { relation: "born" }, { language: "vi" }, { minLevel: "basic" }, { sector: "G" }, { network: "umea" }, { exporting: "false" }, { open: "false" }, { q: "x" }]) {
      expect(isEveryone(directoryQuerySchema.parse(filter), member), JSON.stringify(filter)).toBe(false);
    }
    expect(isEveryone(directoryQuerySchema.parse({}), { id: "someone", isNetworkMember: false })).toBe(false);
    expect(isEveryone(directoryQuerySchema.parse({}), { id: null, isNetworkMember: false })).toBe(false);
  });

  it("relies on the rule that only a NETWORK section can be hidden from a member of a network", () => {
    // everyone-sql.ts adds to the counts only the people with a NETWORK section (through a partial index).
    for (const visibility of visibilityLevels) {
      for (const isSelf of [true, false]) {
        for (const sharesNetwork of [true, false]) {
          if (!canSee(visibility, { isSelf, isNetworkMember: true, sharesNetwork })) expect(visibility).toBe("NETWORK");
        }
      }
    }
    expect(canSee("NETWORK", { isSelf: false, isNetworkMember: true, sharesNetwork: false })).toBe(false);
  });
});
