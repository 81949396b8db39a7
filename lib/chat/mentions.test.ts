import { describe, expect, it } from "vitest";
import { mentionedIn } from "./mentions";

const people = [
  { id: "amira", name: "Amira Haddad" },
  { id: "anna", name: "Anna B" },
  { id: "annaberg", name: "Anna Berg" },
  { id: "nameless", name: " " },
];

describe("mentionedIn", () => {
  it("finds full names after @, in any case", () => {
    expect(mentionedIn("@amira haddad can you help?", people)).toEqual(["amira"]);
    expect(mentionedIn("Thanks @Amira Haddad and @Anna B!", people).sort()).toEqual(["amira", "anna"]);
  });

  it("lets the longer name win", () => {
    expect(mentionedIn("Ask @Anna Berg", people)).toEqual(["annaberg"]);
  });

  it("ignores names without @, e-mail addresses and blank names", () => {
    expect(mentionedIn("Amira Haddad said so; write to amira@example.com", people)).toEqual([]);
    expect(mentionedIn("@ ", people)).toEqual([]);
  });
});
