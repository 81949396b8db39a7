// The sign-in limits themselves, without password hashing in the way.
import { describe, expect, it } from "vitest";
import { uniqueEmail, uniqueIp } from "@/tests/factories";
import { recordFailedSignIn, recordSuccessfulSignIn, signInRetryAfter } from "./rate-limit";

async function fail(times: number, email: () => string, ip: string) {
  for (let attempt = 0; attempt < times; attempt++) await recordFailedSignIn(email(), ip);
}

describe("sign-in rate limits", () => {
  it("blocks an account at one address for 15 minutes from the 10th failure", async () => {
    const [email, ip] = [uniqueEmail(), uniqueIp()];
    await fail(9, () => email, ip);
    expect(await signInRetryAfter(email, ip)).toBe(0);
    await fail(1, () => email, ip);
    const retryAfter = await signInRetryAfter(email, ip);
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(await signInRetryAfter(email, uniqueIp())).toBe(0);
    expect(await signInRetryAfter(uniqueEmail(), ip)).toBe(0);
  });

  it("a success clears the account's count at that address", async () => {
    const [email, ip] = [uniqueEmail(), uniqueIp()];
    await fail(9, () => email, ip);
    await recordSuccessfulSignIn(email, ip);
    await fail(9, () => email, ip);
    expect(await signInRetryAfter(email, ip)).toBe(0);
  });

  it("blocks an address for a day from its 100th failure, whichever accounts it tried", async () => {
    const ip = uniqueIp();
    await fail(99, () => uniqueEmail("spray"), ip);
    expect(await signInRetryAfter(uniqueEmail(), ip)).toBe(0);
    await fail(1, () => uniqueEmail("spray"), ip);
    expect(await signInRetryAfter(uniqueEmail(), ip)).toBeGreaterThan(23 * 60 * 60);
    expect(await signInRetryAfter(uniqueEmail(), uniqueIp())).toBe(0);
  });
});
