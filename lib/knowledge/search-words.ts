// The words of a search query, as the statement (search-sql.ts) and the typo correction
// (lexicon.ts) need them. websearch_to_tsquery parses the query itself; these helpers only
// pick words out of it.

const MAX_FUZZY_TERMS = 5;

/** The query's exclusions (`-word`, `-"a phrase"`), which the similarity fallback must respect too. */
export function exclusions(q: string): string[] {
  return [...q.matchAll(/(?:^|\s)-("[^"]+"|[^\s"-][^\s"]*)/g)].map((match) => match[1]!);
}

/**
 * The query's positive words joined by "or", for snippets: ts_headline looks for a passage
 * holding every word of its query, and a word found only in the title or tags would
 * otherwise leave the snippet without any highlight.
 */
export function anyWordQuery(q: string): string {
  const words = q
    .replace(/(?:^|\s)-("[^"]+"|\S+)/g, " ")
    .split(/[\s"]+/)
    .filter((word) => word && word.toLowerCase() !== "or" && word !== "-");
  return words.join(" or ");
}

/** Words worth correcting: not excluded (-word), not operators, three letters or more. */
export function fuzzyTerms(q: string): string[] {
  const terms = q
    .split(/\s+/)
    .filter((token) => token && !token.startsWith("-") && token.toLowerCase() !== "or")
    .flatMap((token) => token.toLowerCase().split(/[^\p{L}\p{N}]+/u))
    .filter((term) => [...term].length >= 3);
  return [...new Set(terms)].slice(0, MAX_FUZZY_TERMS);
}
