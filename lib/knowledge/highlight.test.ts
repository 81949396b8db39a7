import { describe, expect, it } from "vitest";
import { FUZZY_WORD_SIMILARITY, highlightSimilarWords, parseMarked, trigramSimilarity, truncateHighlighted, type HighlightedText } from "./highlight";

const S = "\u0001";
const E = "\u0002";

/** The highlighted parts of a text, so expectations read as words rather than offsets. */
const marked = ({ text, highlights }: HighlightedText) => highlights.map(([start, end]) => text.slice(start, end));

describe("parseMarked", () => {
  it("turns markers into offsets over the unmarked text", () => {
    const result = parseMarked(`Exporting to ${S}Vietnam${E} and ${S}Thailand${E}.`);
    expect(result).toEqual({ text: "Exporting to Vietnam and Thailand.", highlights: [[13, 20], [25, 33]] });
    expect(marked(result)).toEqual(["Vietnam", "Thailand"]);
  });

  it("keeps adjacent marks apart, and marks at the very start and end", () => {
    const result = parseMarked(`${S}tull${E}${S}verket${E} och ${S}skatt${E}`);
    expect(result).toEqual({ text: "tullverket och skatt", highlights: [[0, 4], [4, 10], [15, 20]] });
  });

  it("leaves text without markers as it is", () => {
    expect(parseMarked("No match here")).toEqual({ text: "No match here", highlights: [] });
    expect(parseMarked("")).toEqual({ text: "", highlights: [] });
  });

  it("drops empty marks and a stop without a start", () => {
    expect(parseMarked(`a${S}${E}b${E}c`)).toEqual({ text: "abc", highlights: [] });
  });

  it("counts offsets in UTF-16 units, as String.slice does, after emoji and accents", () => {
    const result = parseMarked(`🚢 Malmö → ${S}Hải Phòng${E}`);
    expect(marked(result)).toEqual(["Hải Phòng"]);
    expect(result.text).toBe("🚢 Malmö → Hải Phòng");
  });
});

describe("trigramSimilarity", () => {
  // Values from PostgreSQL's pg_trgm: SELECT similarity(a, b).
  it.each([
    ["vietnam", "vietnma", 0.45454547],
    ["vietnam", "vietnam", 1],
    ["abc", "xyz", 0],
    ["vietnam", "vienna", 0.25],
    ["vietnma", "vienna", 0.25],
    ["goteborg", "gotebrog", 0.3846154],
    ["customs", "custom", 0.6666667],
    ["sweden", "swedne", 0.4],
    ["Vietnam", "VIETNMA", 0.45454547],
  ])("similarity(%j, %j) = %d, as pg_trgm computes it", (a, b, expected) => {
    expect(trigramSimilarity(a, b)).toBeCloseTo(expected, 6);
    expect(trigramSimilarity(b, a)).toBeCloseTo(expected, 6);
  });

  it("ignores case and accents, like the unaccented, lower-cased fuzzy column", () => {
    expect(trigramSimilarity("Malmö", "malmo")).toBe(1);
    expect(trigramSimilarity("GÖTEBORG", "goteborg")).toBe(1);
    expect(trigramSimilarity("Hải Phòng", "hai phong")).toBe(1);
    expect(trigramSimilarity("São", "sao")).toBe(1);
  });
});

describe("highlightSimilarWords", () => {
  it("marks a word close to a misspelt term, and not a merely similar-looking one", () => {
    const result = highlightSimilarWords("Flights from Vietnam to Vienna", ["vietnma"]);
    expect(marked(result)).toEqual(["Vietnam"]);
    expect(result.text).toBe("Flights from Vietnam to Vienna");
  });

  it("marks at exactly the threshold and every word matching any term", () => {
    expect(FUZZY_WORD_SIMILARITY).toBe(0.4);
    expect(marked(highlightSimilarWords("Sweden, Sverige and Norway", ["swedne"]))).toEqual(["Sweden"]);
    expect(marked(highlightSimilarWords("Göteborg and Malmo ports; Malmö again", ["malmo", "goteborg"]))).toEqual(["Göteborg", "Malmo", "Malmö"]);
  });

  it("gives offsets into the original text", () => {
    const result = highlightSimilarWords("Tips: customs, customs!", ["customs"]);
    expect(result.highlights).toEqual([[6, 13], [15, 22]]);
  });

  it("skips words shorter than three letters and marks nothing without terms", () => {
    expect(highlightSimilarWords("in VN in", ["in", "vn"]).highlights).toEqual([]);
    expect(highlightSimilarWords("Vietnam", []).highlights).toEqual([]);
  });
});

describe("truncateHighlighted", () => {
  const text = "alpha beta gamma delta";
  const all: HighlightedText = { text, highlights: [[0, 5], [6, 10], [11, 16], [17, 22]] };

  it("leaves a short enough text as it is", () => {
    expect(truncateHighlighted(all, text.length)).toEqual(all);
    expect(truncateHighlighted(all, 100)).toEqual(all);
  });

  it("cuts at the last space before the length and keeps only highlights inside the cut", () => {
    const result = truncateHighlighted(all, 12);
    expect(result).toEqual({ text: "alpha beta …", highlights: [[0, 5], [6, 10]] });
    expect(marked(result)).toEqual(["alpha", "beta"]);
  });

  it("drops a highlight that the cut would split", () => {
    expect(truncateHighlighted({ text, highlights: [[8, 13]] }, 12)).toEqual({ text: "alpha beta …", highlights: [] });
  });

  it("cuts in the middle of a word when the last space is too early", () => {
    const long = { text: "ab cdefghijklmnopqrstuvwxyz", highlights: [[0, 2], [3, 8], [9, 12]] as [number, number][] };
    expect(truncateHighlighted(long, 10)).toEqual({ text: "ab cdefghi …", highlights: [[0, 2], [3, 8]] });
  });
});
