import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { createUser, uniqueEmail, uniqueIp } from "@/tests/factories";
import { authenticate, findSessionUser, registerUser, removeUser, removeUserByEmail, revokeAllSessions } from "./service";

const PASSWORD = "correct horse battery";
const register = (email = uniqueEmail()) => registerUser({ name: "Amira Haddad", email, password: PASSWORD, consent: "on" });
const userRow = (id: string) => getPrisma().user.findUniqueOrThrow({ where: { id } });

async function failTimes(email: string, ip: string, times: number) {
  for (let attempt = 0; attempt < times; attempt++) expect(await authenticate({ email, password: "wrong password!" }, ip)).toBeNull();
}

describe("registerUser", () => {
  it("stores an argon2id hash, never the password, and a lower-cased email", async () => {
    const email = uniqueEmail("Mixed.Case");
    const user = await registerUser({ name: "  Amira Haddad ", email: `  ${email.toUpperCase()} `, password: PASSWORD, consent: true, locale: "sv" });
    expect(user.email).toBe(email.toLowerCase());

    const row = await userRow(user.id);
    expect(row).toMatchObject({ name: "Amira Haddad", locale: "sv", status: "ACTIVE", isAdmin: false, sessionVersion: 0 });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$/);
    expect(row.passwordHash.split("$")[3]?.split(",").sort()).toEqual(["m=19456", "p=1", "t=2"]);
    expect(JSON.stringify(row)).not.toContain(PASSWORD);
    expect(row.consentedAt).toBeInstanceOf(Date);
  });

  it.each([
    ["name", { name: "A" }, "validation.tooShort"],
    ["name", { name: "<Amira>" }, "validation.noMarkup"],
    ["email", { email: "not-an-email" }, "validation.email"],
    ["email", { email: undefined }, "validation.required"],
    ["password", { password: "elevenchars" }, "validation.passwordTooShort"],
    ["password", { password: undefined }, "validation.required"],
    ["consent", { consent: undefined }, "validation.consentRequired"],
    ["consent", { consent: "off" }, "validation.consentRequired"],
  ])("refuses a bad %s with a field error and stores nothing", async (field, override, key) => {
    const email = uniqueEmail();
    const input = { name: "Amira Haddad", email, password: PASSWORD, consent: "on", ...override };
    await expect(registerUser(input)).rejects.toMatchObject({ code: "INVALID", fieldErrors: { [field]: [key] } });
    expect(await getPrisma().user.count({ where: { email } })).toBe(0);
  });

  it("accepts a password of exactly 12 characters", async () => {
    const user = await registerUser({ name: "Amira Haddad", email: uniqueEmail(), password: "twelve chars", consent: "on" });
    expect((await userRow(user.id)).passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("refuses an email that is taken, whatever its case", async () => {
    const email = uniqueEmail();
    const first = await register(email);
    await expect(register(email.toUpperCase())).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { email: ["validation.emailTaken"] } });
    expect(await getPrisma().user.findMany({ where: { email }, select: { id: true } })).toEqual([{ id: first.id }]);
  });
});

describe("authenticate", () => {
  it("returns the user for the right password, in any email case", async () => {
    const email = uniqueEmail();
    const user = await register(email);
    expect(await authenticate({ email: email.toUpperCase(), password: PASSWORD }, uniqueIp())).toEqual({
      id: user.id,
      name: "Amira Haddad",
      email,
      sessionVersion: 0,
    });
  });

  it("answers null alike for a wrong password, an unknown email, a removed account and malformed input", async () => {
    const [email, removedEmail] = [uniqueEmail(), uniqueEmail()];
    await register(email);
    const removed = await register(removedEmail);
    await getPrisma().user.update({ where: { id: removed.id }, data: { status: "REMOVED" } });
    const ip = uniqueIp();

    expect(await authenticate({ email, password: `${PASSWORD}!` }, ip)).toBeNull();
    expect(await authenticate({ email: uniqueEmail("nobody"), password: PASSWORD }, ip)).toBeNull();
    expect(await authenticate({ email: removedEmail, password: PASSWORD }, ip)).toBeNull();
    expect(await authenticate({ email: "not an email", password: PASSWORD }, ip)).toBeNull();
    expect(await authenticate({ email, password: 12 }, ip)).toBeNull();
  });

  it("after 10 failures from one address refuses the 11th attempt, even with the right password", async () => {
    const email = uniqueEmail();
    await register(email);
    const ip = uniqueIp();
    await failTimes(email, ip, 10);
    await expect(authenticate({ email, password: PASSWORD }, ip)).rejects.toMatchObject({ code: "RATE_LIMITED", messageKey: "signInRateLimited" });
  });

  it("does not lock the owner out from another address", async () => {
    const email = uniqueEmail();
    const user = await register(email);
    const attacker = uniqueIp();
    await failTimes(email, attacker, 10);
    await expect(authenticate({ email, password: PASSWORD }, attacker)).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(await authenticate({ email, password: PASSWORD }, uniqueIp())).toMatchObject({ id: user.id });
  });

  it("does not lock other accounts at the same address", async () => {
    const [email, other] = [uniqueEmail(), uniqueEmail()];
    const otherUser = await register(other);
    await register(email);
    const ip = uniqueIp();
    await failTimes(email, ip, 10);
    expect(await authenticate({ email: other, password: PASSWORD }, ip)).toMatchObject({ id: otherUser.id });
  });

  it("a success resets the count of failures", async () => {
    const email = uniqueEmail();
    const user = await register(email);
    const ip = uniqueIp();
    await failTimes(email, ip, 9);
    expect(await authenticate({ email, password: PASSWORD }, ip)).toMatchObject({ id: user.id });
    await failTimes(email, ip, 9);
    expect(await authenticate({ email, password: PASSWORD }, ip)).toMatchObject({ id: user.id });
  });
});

describe("sessions", () => {
  it("findSessionUser accepts the current version only", async () => {
    const user = await createUser({ facilitatorOf: "Almi" });
    expect(await findSessionUser(user.id, 0)).toEqual({
      id: user.id,
      name: user.name,
      email: user.email,
      locale: "en",
      isAdmin: false,
      facilitatorOrganisation: "Almi",
    });
    expect(await findSessionUser(user.id, 1)).toBeNull();
    expect(await findSessionUser("no-such-user", 0)).toBeNull();
  });

  it("revokeAllSessions ends every existing session and later sign-ins get the new version", async () => {
    const email = uniqueEmail();
    const user = await register(email);
    await revokeAllSessions({ actorId: user.id });
    expect(await findSessionUser(user.id, 0)).toBeNull();
    const signedIn = await authenticate({ email, password: PASSWORD }, uniqueIp());
    expect(signedIn?.sessionVersion).toBe(1);
    expect(await findSessionUser(user.id, 1)).toMatchObject({ id: user.id });
  });

  it("removeUser by an admin ends the account's sessions and sign-ins", async () => {
    const email = uniqueEmail();
    const [admin, user] = await Promise.all([createUser({ isAdmin: true }), register(email)]);
    await removeUser({ actorId: admin.id, userId: user.id });
    expect(await userRow(user.id)).toMatchObject({ status: "REMOVED", sessionVersion: 1 });
    expect(await findSessionUser(user.id, 0)).toBeNull();
    expect(await findSessionUser(user.id, 1)).toBeNull();
    expect(await authenticate({ email, password: PASSWORD }, uniqueIp())).toBeNull();
    await expect(removeUser({ actorId: admin.id, userId: user.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("removeUser refuses a non-admin and an admin removing themselves", async () => {
    const [admin, member, target] = await Promise.all([createUser({ isAdmin: true }), createUser(), createUser()]);
    await expect(removeUser({ actorId: member.id, userId: target.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(removeUser({ actorId: admin.id, userId: admin.id })).rejects.toMatchObject({ code: "CONFLICT" });
    for (const person of [target, admin]) expect(await userRow(person.id)).toMatchObject({ status: "ACTIVE", sessionVersion: 0 });
    expect(await findSessionUser(target.id, 0)).toMatchObject({ id: target.id });
  });

  it("removeUserByEmail finds the account case-insensitively and refuses unknown emails", async () => {
    const [admin, target, member] = await Promise.all([createUser({ isAdmin: true }), createUser(), createUser()]);
    await expect(removeUserByEmail({ actorId: admin.id, email: uniqueEmail("nobody") })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { email: ["validation.noSuchUser"] },
    });
    await expect(removeUserByEmail({ actorId: member.id, email: target.email })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await userRow(target.id)).toMatchObject({ status: "ACTIVE" });
    await removeUserByEmail({ actorId: admin.id, email: ` ${target.email.toUpperCase()} ` });
    expect(await findSessionUser(target.id, 0)).toBeNull();
  });
});
