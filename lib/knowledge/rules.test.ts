import { describe, expect, it } from "vitest";
import { canAnswer, canEdit, canModerate, canPublish, canRead, canVote, canWriteIn, isMember, tagText, type ItemFacts, type KnowledgeActor } from "./rules";
import type { KnowledgeTopic } from "./topics";

// Every rule for every kind of person against an item written by `author` in network "home".
const person = (id: string, networkIds: string[] = [], moderatedNetworkIds: string[] = [], isAdmin = false): KnowledgeActor => ({ id, isAdmin, networkIds, moderatedNetworkIds });

const people = {
  visitor: null,
  author: person("author", ["home"]),
  member: person("member", ["home"]),
  memberElsewhere: person("memberElsewhere", ["away"]),
  organiser: person("organiser", ["home"], ["home"]),
  organiserElsewhere: person("organiserElsewhere", ["away"], ["away"]),
  noNetwork: person("noNetwork"),
  admin: person("admin", [], [], true),
} satisfies Record<string, KnowledgeActor | null>;
type Person = keyof typeof people;
const everyone = Object.keys(people) as Person[];

const item = (status: ItemFacts["status"], visibility: ItemFacts["visibility"]): ItemFacts => ({ authorId: "author", networkId: "home", status, visibility });

/** Who the rule allows, as a record of every person, so a failure names the person. */
const allowed = (rule: (actor: KnowledgeActor | null) => boolean) => Object.fromEntries(everyone.map((name) => [name, rule(people[name])]));
const only = (...names: Person[]) => Object.fromEntries(everyone.map((name) => [name, names.includes(name)]));
const allBut = (...names: Person[]) => only(...everyone.filter((name) => !names.includes(name)));

describe("isMember, canModerate and canWriteIn", () => {
  it("counts a person as a member when they belong to any network", () => {
    expect(allowed(isMember)).toEqual(only("author", "member", "memberElsewhere", "organiser", "organiserElsewhere"));
  });

  it("lets the item network's organisers and admins moderate", () => {
    expect(allowed((actor) => canModerate(actor, { networkId: "home" }))).toEqual(only("organiser", "admin"));
    expect(allowed((actor) => canModerate(actor, { networkId: "away" }))).toEqual(only("organiserElsewhere", "admin"));
  });

  it("lets people write only in their own networks; an admin without a network writes nowhere", () => {
    expect(allowed((actor) => canWriteIn(actor, "home"))).toEqual(only("author", "member", "organiser"));
    expect(allowed((actor) => canWriteIn(actor, "away"))).toEqual(only("memberElsewhere", "organiserElsewhere"));
    expect(allowed((actor) => canWriteIn(actor, "nowhere"))).toEqual(only());
  });
});

describe("canRead", () => {
  it.each([
    ["DRAFT", "PUBLIC", only("author")],
    ["DRAFT", "MEMBERS", only("author")],
    ["PUBLISHED", "PUBLIC", allBut()],
    ["PUBLISHED", "MEMBERS", allBut("visitor", "noNetwork")],
    ["UNPUBLISHED", "PUBLIC", only("author", "organiser", "admin")],
    ["UNPUBLISHED", "MEMBERS", only("author", "organiser", "admin")],
  ] as const)("a %s %s item", (status, visibility, expected) => {
    expect(allowed((actor) => canRead(actor, item(status, visibility)))).toEqual(expected);
  });
});

describe("canEdit and canPublish", () => {
  it.each(["PUBLIC", "MEMBERS"] as const)("let only the author edit and publish a draft or a published item (%s)", (visibility) => {
    for (const status of ["DRAFT", "PUBLISHED"] as const) {
      expect(allowed((actor) => canEdit(actor, item(status, visibility)))).toEqual(only("author"));
      expect(allowed((actor) => canPublish(actor, item(status, visibility)))).toEqual(only("author"));
    }
  });

  it("let nobody edit a taken-down item, and only its network's moderators bring it back", () => {
    expect(allowed((actor) => canEdit(actor, item("UNPUBLISHED", "PUBLIC")))).toEqual(only());
    expect(allowed((actor) => canPublish(actor, item("UNPUBLISHED", "PUBLIC")))).toEqual(only("organiser", "admin"));
  });
});

describe("canAnswer and canVote", () => {
  it("let members who can read a published question answer it", () => {
    expect(allowed((actor) => canAnswer(actor, item("PUBLISHED", "PUBLIC")))).toEqual(only("author", "member", "memberElsewhere", "organiser", "organiserElsewhere"));
    expect(allowed((actor) => canAnswer(actor, item("PUBLISHED", "MEMBERS")))).toEqual(only("author", "member", "memberElsewhere", "organiser", "organiserElsewhere"));
  });

  it("let nobody answer or vote on a draft or a taken-down question", () => {
    for (const status of ["DRAFT", "UNPUBLISHED"] as const) {
      for (const visibility of ["PUBLIC", "MEMBERS"] as const) {
        expect(allowed((actor) => canAnswer(actor, item(status, visibility)))).toEqual(only());
        expect(allowed((actor) => canVote(actor, item(status, visibility), "member"))).toEqual(only());
      }
    }
  });

  it("let members vote on others' answers, never on their own", () => {
    const question = item("PUBLISHED", "MEMBERS");
    expect(allowed((actor) => canVote(actor, question, "member"))).toEqual(only("author", "memberElsewhere", "organiser", "organiserElsewhere"));
    expect(allowed((actor) => canVote(actor, question, "author"))).toEqual(only("member", "memberElsewhere", "organiser", "organiserElsewhere"));
    expect(allowed((actor) => canVote(actor, question, "someone else"))).toEqual(only("author", "member", "memberElsewhere", "organiser", "organiserElsewhere"));
  });
});

describe("tagText", () => {
  const label = (topic: KnowledgeTopic, locale: string) => `${topic}@${locale}`;

  it("names each country in English, Swedish and the text's language, and topics in English and Swedish", () => {
    expect(tagText(["SE", "VN"], ["customs"], "de", label).split(" · ")).toEqual(["Sweden", "Vietnam", "customs@en", "Sverige", "customs@sv", "Schweden"]);
  });

  it("names each word once", () => {
    expect(tagText(["VN"], ["payments", "customs"], "en", label)).toBe("Vietnam · payments@en · customs@en · payments@sv · customs@sv");
    expect(tagText([], [], "sv", label)).toBe("");
  });
});
