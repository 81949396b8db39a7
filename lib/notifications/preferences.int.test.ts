import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { createUser } from "@/tests/factories";
import { DEFAULT_DELIVERY, getPreferences, setPreferences } from "./preferences";

describe("notification preferences", () => {
  it("start from the defaults and keep what the person chose", async () => {
    const person = await createUser();
    expect(await getPreferences({ actorId: person.id })).toEqual(DEFAULT_DELIVERY);
    await setPreferences({ actorId: person.id, preferences: { "event.reminder": "OFF", "knowledge.answered": "EMAIL_DIGEST", digest: "OFF" } });
    await setPreferences({ actorId: person.id, preferences: { "event.reminder": "IN_APP" } });
    expect(await getPreferences({ actorId: person.id })).toEqual({ ...DEFAULT_DELIVERY, "event.reminder": "IN_APP", "knowledge.answered": "EMAIL_DIGEST", digest: "OFF" });
  });

  it.each([
    ["an unknown kind", { "event.reminder": "OFF", "network.secret": "OFF" }],
    ["an unknown delivery", { "event.reminder": "SMS" }],
    ["the digest sent at once", { digest: "EMAIL_NOW" }],
    ["something that is not a form", "OFF"],
  ])("refuse %s and change nothing", async (_, preferences) => {
    const person = await createUser();
    await expect(setPreferences({ actorId: person.id, preferences })).rejects.toMatchObject({ code: "INVALID" });
    expect(await getPrisma().notificationPreference.count({ where: { userId: person.id } })).toBe(0);
  });

  it("store nothing for a __proto__ key and pollute no prototype", async () => {
    const person = await createUser();
    await setPreferences({ actorId: person.id, preferences: JSON.parse('{"__proto__": {"polluted": "OFF"}}') as unknown }).catch(() => undefined);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await getPrisma().notificationPreference.count({ where: { userId: person.id } })).toBe(0);
  });
});
