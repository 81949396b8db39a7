// Search matches as ranges over plain text, so that a page can wrap them in <mark> elements
// and the API can return offsets: no markup ever travels with the text.

export interface HighlightedText {
  text: string;
  /** [start, end) offsets into `text`, in order, not overlapping. */
  highlights: [number, number][];
}

const START = "\u0001";
const STOP = "\u0002";

/** Text from ts_headline with StartSel \u0001 and StopSel \u0002 (see search-sql.ts). */
export function parseMarked(marked: string): HighlightedText {
  let text = "";
  const highlights: [number, number][] = [];
  let start = -1;
  for (const char of marked) {
    if (char === START) start = text.length;
    else if (char === STOP) {
      if (start >= 0 && text.length > start) highlights.push([start, text.length]);
      start = -1;
    } else text += char;
  }
  return { text, highlights };
}

const fold = (value: string) => value.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** pg_trgm's trigrams of one word: padded with two spaces before and one after. */
function trigrams(word: string): Set<string> {
  const padded = `  ${word} `;
  const grams = new Set<string>();
  for (let index = 0; index + 3 <= padded.length; index++) grams.add(padded.slice(index, index + 3));
  return grams;
}

/** pg_trgm's similarity(): shared trigrams over all trigrams of the two words. */
export function trigramSimilarity(a: string, b: string): number {
  const left = trigrams(fold(a));
  const right = trigrams(fold(b));
  let shared = 0;
  for (const gram of left) if (right.has(gram)) shared++;
  return shared / (left.size + right.size - shared);
}

export const FUZZY_WORD_SIMILARITY = 0.4;

/** Marks the words of `text` that look like one of `terms` (for matches found by similarity). */
export function highlightSimilarWords(text: string, terms: string[]): HighlightedText {
  const highlights: [number, number][] = [];
  if (terms.length > 0) {
    for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
      const word = match[0];
      if ([...word].length < 3) continue;
      if (terms.some((term) => trigramSimilarity(word, term) >= FUZZY_WORD_SIMILARITY)) highlights.push([match.index, match.index + word.length]);
    }
  }
  return { text, highlights };
}

/** The text cut to about `length` characters at a word boundary, with highlights kept inside. */
export function truncateHighlighted({ text, highlights }: HighlightedText, length: number): HighlightedText {
  if (text.length <= length) return { text, highlights };
  const cut = text.lastIndexOf(" ", length);
  const end = cut > length / 2 ? cut : length;
  return { text: `${text.slice(0, end)} …`, highlights: highlights.filter(([, stop]) => stop <= end) };
}
