import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-redirect";

describe("safeReturnPath", () => {
  it.each(["/sv/networks?x=1", "/en", "/ar/networks/skane/members#top", "/sv/sök"])("accepts the same-site path %j", (path) => {
    expect(safeReturnPath(path, "sv")).toBe(path);
  });

  it.each([
    "//evil.com",
    "//evil.com/sv",
    "https://evil.com",
    "http:/evil.com",
    "javascript:alert(1)",
    "/\\evil.com",
    "evil.com/sv",
    "",
    "/sv\r\nSet-Cookie: x=1",
    "/sv\nx",
    "/\t/evil.com",
    "/\n/evil.com",
    "/\t\\evil.com",
    "/sv\u0000",
    `/${"a".repeat(500)}`,
  ])("sends %j home", (path) => {
    expect(safeReturnPath(path, "sv")).toBe("/sv");
  });

  it.each([undefined, null, 42, ["/sv"], { href: "/sv" }])("sends a non-string %j home", (value) => {
    expect(safeReturnPath(value, "en")).toBe("/en");
  });
});
