import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { askerWithTargets, REASON } from "@/tests/introduction-factories";
import { MAX_PENDING_INTRODUCTIONS } from "./rules";
import { askForIntroduction } from "./service";

describe("the cap on pending requests under concurrency", () => {
  it(`7 asks at once create exactly ${MAX_PENDING_INTRODUCTIONS}; the others are refused as over the cap`, async () => {
    const { asker, targets } = await askerWithTargets(7);
    const results = await Promise.allSettled(targets.map((target) => askForIntroduction({ actorId: asker.id, targetId: target.id, country: "VN", reason: REASON })));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(MAX_PENDING_INTRODUCTIONS);
    const refusals = results.flatMap((result) => (result.status === "rejected" ? [result.reason] : []));
    expect(refusals).toEqual([
      expect.objectContaining({ code: "CONFLICT", messageKey: "introductionLimitReached" }),
      expect.objectContaining({ code: "CONFLICT", messageKey: "introductionLimitReached" }),
    ]);
    expect(await getPrisma().introduction.count({ where: { askerId: asker.id, status: "PENDING" } })).toBe(MAX_PENDING_INTRODUCTIONS);
    // Exactly the targets whose request was created were told.
    const told = await getPrisma().notification.count({ where: { userId: { in: targets.map((target) => target.id) }, kind: "introduction.requested" } });
    expect(told).toBe(MAX_PENDING_INTRODUCTIONS);
  });

  it("the same ask several times at once creates one request", async () => {
    const { asker, targets: [target] } = await askerWithTargets();
    const results = await Promise.allSettled(Array.from({ length: 4 }, () => askForIntroduction({ actorId: asker.id, targetId: target!.id, country: "DE", reason: REASON })));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((result) => result.status === "rejected").map((result) => (result as PromiseRejectedResult).reason.messageKey)).toEqual(Array(3).fill("introductionAlreadyPending"));
    expect(await getPrisma().introduction.count({ where: { askerId: asker.id } })).toBe(1);
  });
});
