import { describe, expect, it } from "vitest";
import { presentNotification } from "./present";

describe("presentNotification", () => {
  it("leads network notifications to the network (join requests to its manage page)", () => {
    expect(presentNotification({ kind: "network.join_requested", data: { networkSlug: "skane", networkName: "Skåne", requesterName: "Ali" } })).toMatchObject({
      messageKey: "kind.network_join_requested",
      href: "/networks/skane/manage",
      values: { network: "Skåne", name: "Ali", role: "" },
    });
    expect(presentNotification({ kind: "network.join_approved", data: { networkSlug: "skane", networkName: "Skåne", message: "Hi" } })).toMatchObject({ href: "/networks/skane", message: "Hi" });
  });

  it("leads introduction notifications to the introductions page, naming the country in the reader's language", () => {
    const requested = { kind: "introduction.requested", data: { introductionId: "i1", askerName: "Ali", country: "VN" } };
    expect(presentNotification(requested, "sv")).toEqual({
      kind: "introduction.requested",
      messageKey: "kind.introduction_requested",
      data: requested.data,
      href: "/introductions",
      values: { name: "Ali", country: "Vietnam" },
      message: undefined,
    });
    expect(presentNotification({ kind: "introduction.accepted", data: { introductionId: "i1", targetName: "Lan", country: "DE", message: "Call me" } }, "en")).toMatchObject({
      messageKey: "kind.introduction_accepted",
      values: { name: "Lan", country: "Germany" },
      message: "Call me",
    });
    expect(presentNotification({ kind: "introduction.declined", data: { introductionId: "i1", targetName: "Lan", country: "DE" } }, "ar")?.values.country).toBe("ألمانيا");
  });

  it("skips unknown kinds and data that does not fit the kind", () => {
    expect(presentNotification({ kind: "nope", data: {} })).toBeNull();
    expect(presentNotification({ kind: "introduction.requested", data: { askerName: "Ali" } })).toBeNull();
  });
});
