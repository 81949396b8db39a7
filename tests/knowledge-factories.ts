// Factories for the knowledge bank's tests: an author in a fresh network, and items written
// through the real service (so plain text, tags and revisions are made as in the app).
import { randomUUID } from "node:crypto";
import { saveKnowledgeItem } from "@/lib/knowledge/items";
import { addMember, createNetworkWithPeople, createUser } from "./factories";

/**
 * A made-up word of 14 letters (long, so that no two are similar enough for the typo fallback) no other test uses: search tests put one in every item they write and in
 * every query, so items of tests running beside them never change their counts.
 */
export const uniqueWord = () => `zq${randomUUID().replace(/-/g, "").replace(/\d/g, (digit) => "ghijklmnop"[Number(digit)]!).slice(0, 12)}`;

export async function knowledgeNetwork() {
  const people = await createNetworkWithPeople();
  const reader = await createUser({ name: "Reader elsewhere" });
  const otherNetwork = await createNetworkWithPeople();
  await addMember(otherNetwork.network.id, reader.id);
  return { ...people, reader };
}

type Input = Record<string, unknown>;

export const articleInput = (networkId: string, overrides: Input = {}): Input => ({
  title: "Getting paid by buyers in Vietnam",
  summary: "What payment terms work with first-time buyers.",
  body: "## Terms\n\nWe ask for **30 % up front** and the rest against the bill of lading.",
  language: "en",
  countries: ["VN"],
  topics: ["payments"],
  visibility: "MEMBERS",
  networkId,
  ...overrides,
});

export async function publishArticle(authorId: string, networkId: string, overrides: Input = {}) {
  return saveKnowledgeItem({ actorId: authorId, kind: "ARTICLE", intent: "publish", ...articleInput(networkId, overrides) });
}

export async function askQuestion(authorId: string, networkId: string, overrides: Input = {}) {
  return saveKnowledgeItem({
    actorId: authorId,
    kind: "QUESTION",
    title: "Which payment terms are normal in Vietnam?",
    body: "We sell machine parts and have a first order from Hanoi.",
    language: "en",
    countries: ["VN"],
    topics: ["payments"],
    visibility: "MEMBERS",
    networkId,
    ...overrides,
  });
}
