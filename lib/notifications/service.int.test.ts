import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { createUser, notificationsOf } from "@/tests/factories";
import { countUnread, listNotifications, markRead, notify, notifyMany } from "./service";

const data = (name: string) => ({ networkSlug: "notification-test", networkName: name });

/** Notifications a second apart, oldest first, so that the order is certain. */
async function personWithNotifications(count: number) {
  const person = await createUser();
  const ids: string[] = [];
  for (let index = 0; index < count; index++) {
    const createdAt = new Date(Date.now() - (count - index) * 1000);
    const row = await getPrisma().notification.create({ data: { userId: person.id, kind: "network.removed", data: data(`Network ${index}`), createdAt } });
    ids.push(row.id);
  }
  return { person, ids };
}

describe("notifications", () => {
  it("lists the actor's own notifications, newest first, and counts the unread", async () => {
    const { person } = await personWithNotifications(3);
    await personWithNotifications(2); // someone else's
    const listed = await listNotifications({ actorId: person.id });
    expect(listed.map((row) => (row.data as { networkName: string }).networkName)).toEqual(["Network 2", "Network 1", "Network 0"]);
    expect(listed.every((row) => row.kind === "network.removed" && row.readAt === null)).toBe(true);
    expect(await countUnread({ actorId: person.id })).toBe(3);
    expect(await listNotifications({ actorId: person.id, take: 1 })).toHaveLength(1);
  });

  it("marks one notification read", async () => {
    const { person, ids } = await personWithNotifications(2);
    await markRead({ actorId: person.id, id: ids[0] });
    expect(await countUnread({ actorId: person.id })).toBe(1);
    expect((await notificationsOf(person.id)).find((row) => row.id === ids[0])?.readAt).toBeInstanceOf(Date);
  });

  it("never marks someone else's notification", async () => {
    const owner = await personWithNotifications(1);
    const intruder = await personWithNotifications(1);
    await markRead({ actorId: intruder.person.id, id: owner.ids[0] });
    expect(await notificationsOf(owner.person.id)).toEqual([expect.objectContaining({ id: owner.ids[0], readAt: null })]);
    expect(await countUnread({ actorId: intruder.person.id })).toBe(1);
  });

  it("marks all of the actor's notifications read, and only theirs", async () => {
    const { person } = await personWithNotifications(3);
    const other = await personWithNotifications(2);
    await markRead({ actorId: person.id });
    expect(await countUnread({ actorId: person.id })).toBe(0);
    expect(await countUnread({ actorId: other.person.id })).toBe(2);
  });

  it("keeps the first read time when marked again", async () => {
    const { person, ids } = await personWithNotifications(1);
    await markRead({ actorId: person.id, id: ids[0] });
    const [first] = await notificationsOf(person.id);
    await markRead({ actorId: person.id });
    expect((await notificationsOf(person.id))[0]?.readAt).toEqual(first?.readAt);
  });

  it("refuses a malformed id", async () => {
    const { person } = await personWithNotifications(1);
    await expect(markRead({ actorId: person.id, id: "x".repeat(65) })).rejects.toMatchObject({ code: "INVALID" });
    expect(await countUnread({ actorId: person.id })).toBe(1);
  });

  it("notify and notifyMany store the kind and data, and validate the data of the kind", async () => {
    const [first, second] = await Promise.all([createUser(), createUser()]);
    await notify(getPrisma(), second.id, "network.join_approved", { ...data("Approved"), message: "Welcome" });
    expect(await notificationsOf(second.id)).toEqual([
      expect.objectContaining({ kind: "network.join_approved", data: { ...data("Approved"), message: "Welcome" }, readAt: null }),
    ]);
    await getPrisma().notification.deleteMany({ where: { userId: second.id } });

    await notifyMany(getPrisma(), [first.id, second.id], "network.handed_over", data("Handed"));
    await notifyMany(getPrisma(), [], "network.handed_over", data("Nobody"));
    for (const person of [first, second]) {
      expect(await notificationsOf(person.id)).toEqual([expect.objectContaining({ kind: "network.handed_over", data: data("Handed") })]);
    }
    // @ts-expect-error: a role_changed notification needs a role
    await expect(notify(getPrisma(), first.id, "network.role_changed", data("No role"))).rejects.toThrow();
    expect(await notificationsOf(first.id)).toHaveLength(1);
  });
});
