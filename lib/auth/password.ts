import argon2 from "argon2";

// argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane).
const options = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => argon2.hash(password, options);

export async function verifyPassword(hash: string, password: string) {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false; // a malformed hash never signs anyone in
  }
}

// Verifying against a fixed hash when the email is unknown keeps the response time the
// same, so timing does not reveal which addresses have accounts.
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string) {
  dummyHash ??= hashPassword("kosmopolit-timing-equaliser");
  await verifyPassword(await dummyHash, password);
}
