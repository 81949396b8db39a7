import type { CountryRelation, LanguageLevel } from "@/generated/prisma/enums";

// Pure decisions of the directory: what the filters mean and how results are ranked. The SQL
// in search-sql.ts ranks with these same weights, so the unit tests here describe its order.

export const RELATIONS = ["BORN", "LIVED", "WORKED", "DID_BUSINESS", "EXPORTS_TO", "HAS_CONTACTS"] as const satisfies readonly CountryRelation[];
/** Strongest first. */
export const LEVELS = ["NATIVE", "FLUENT", "PROFESSIONAL", "BASIC"] as const satisfies readonly LanguageLevel[];
/** SNI 2007 sections. */
export const SECTORS = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U"] as const;
export type Sector = (typeof SECTORS)[number];

export const PAGE_SIZE = 20;
export const MAX_PAGE = 500;

/** Having lived a country beats trading with it, which beats knowing people there. */
export const RELATION_WEIGHT: Record<CountryRelation, number> = {
  BORN: 30,
  LIVED: 30,
  WORKED: 30,
  DID_BUSINESS: 20,
  EXPORTS_TO: 20,
  HAS_CONTACTS: 10,
};

export const LEVEL_WEIGHT: Record<LanguageLevel, number> = { NATIVE: 40, FLUENT: 30, PROFESSIONAL: 20, BASIC: 10 };

/** Same network as the viewer comes first whatever else matches: it outweighs every other signal together. */
export const SAME_NETWORK_WEIGHT = 1000;
/** A perfect free-text match (word similarity 1) adds this much. */
export const TEXT_WEIGHT = 50;
/**
 * The least pg_trgm word similarity that counts as a match. 0.5 (PostgreSQL's default is 0.6)
 * lets one wrong or missing letter through ("Bagdad" finds "Baghdad", "Nguyen" finds "Nguyễn")
 * without matching unrelated words.
 */
export const TEXT_THRESHOLD = 0.5;
/** A match in the bio ranks as the weakest match: name, headline and company name say more about a person. */
export const BIO_SIMILARITY = TEXT_THRESHOLD;

/** The levels that satisfy "at least `min`", e.g. professional → native, fluent, professional. */
export function levelsAtLeast(min: LanguageLevel | undefined): LanguageLevel[] {
  if (!min) return [...LEVELS];
  return LEVELS.slice(0, LEVELS.indexOf(min) + 1);
}

/** The weight of a person's strongest relation to a country; 0 without any. */
export function relationStrength(relations: readonly CountryRelation[] | null | undefined): number {
  return Math.max(0, ...(relations ?? []).map((relation) => RELATION_WEIGHT[relation]));
}

/** The relation a person is grouped under on a market page: the strongest one, in the order of RELATIONS. */
export function strongestRelation(relations: readonly CountryRelation[]): CountryRelation | null {
  return RELATIONS.find((relation) => relations.includes(relation)) ?? null;
}

/** Relations strongest first, in the order of RELATIONS, for display. */
export const sortRelations = <T extends CountryRelation>(relations: readonly T[]): T[] => [...relations].sort((a, b) => RELATIONS.indexOf(a) - RELATIONS.indexOf(b));

export interface RelevanceSignals {
  /** Member firm of one of the viewer's networks. */
  sameNetwork: boolean;
  /** Relations to the filtered country (or to any country with the filtered relation); none without such a filter. */
  relations?: readonly CountryRelation[] | null;
  /** Level in the filtered language; none without a language filter. */
  level?: LanguageLevel | null;
  /** pg_trgm word similarity (0–1) of the free text with the best-matching visible field. */
  textSimilarity?: number | null;
}

export function relevanceScore({ sameNetwork, relations, level, textSimilarity }: RelevanceSignals): number {
  return (
    (sameNetwork ? SAME_NETWORK_WEIGHT : 0) +
    relationStrength(relations) +
    (level ? LEVEL_WEIGHT[level] : 0) +
    Math.min(1, Math.max(0, textSimilarity ?? 0)) * TEXT_WEIGHT
  );
}

/** Relevance first; ties by name, then id, so that pages never overlap. */
export function compareResults(a: { score: number; name: string; id: string }, b: { score: number; name: string; id: string }): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export const pageCountOf = (total: number) => Math.max(1, Math.ceil(total / PAGE_SIZE));
