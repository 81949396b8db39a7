import { beforeAll, describe, expect, it } from "vitest";
import { createUnsubscribeToken, readUnsubscribeToken, UNSUBSCRIBE_TOKEN_DAYS } from "./unsubscribe-token";

beforeAll(() => {
  process.env.AUTH_SECRET ??= "unit-tests-only-secret-0123456789";
});

describe("unsubscribe tokens", () => {
  const claim = { userId: "user-1", kind: "event.reminder" };

  it("carry who and what", () => {
    expect(readUnsubscribeToken(createUnsubscribeToken(claim))).toEqual(claim);
  });

  it("are refused when altered, forged, malformed or expired", () => {
    const token = createUnsubscribeToken(claim);
    const [payload, signature] = token.split(".") as [string, string];
    const otherPayload = Buffer.from(JSON.stringify({ u: "user-2", k: "event.reminder", e: 9_999_999_999 })).toString("base64url");
    expect(readUnsubscribeToken(`${otherPayload}.${signature}`)).toBeNull();
    expect(readUnsubscribeToken(`${payload}.${signature.slice(0, -2)}xx`)).toBeNull();
    expect(readUnsubscribeToken(`${payload}.`)).toBeNull();
    expect(readUnsubscribeToken(`${token}.more`)).toBeNull();
    for (const junk of ["", "abc", null, 42, { token }, "x".repeat(600)]) expect(readUnsubscribeToken(junk)).toBeNull();
    const issuedLongAgo = createUnsubscribeToken(claim, Date.now() - (UNSUBSCRIBE_TOKEN_DAYS + 1) * 86_400_000);
    expect(readUnsubscribeToken(issuedLongAgo)).toBeNull();
  });

  it("are refused when signed with another secret", () => {
    const token = createUnsubscribeToken(claim);
    const original = process.env.AUTH_SECRET;
    process.env.AUTH_SECRET = "another-installation-secret-9876543210";
    try {
      expect(readUnsubscribeToken(token)).toBeNull();
    } finally {
      process.env.AUTH_SECRET = original;
    }
  });
});
