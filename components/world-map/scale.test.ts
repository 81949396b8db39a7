import { describe, expect, it } from "vitest";
import { CLASS_COLOURS, colourFor, countClasses, NO_DATA_COLOUR } from "./scale";

const ranges = (max: number) => countClasses(max).map((range) => [range.from, range.to]);

describe("countClasses", () => {
  it("has no classes without data", () => {
    expect(countClasses(0)).toEqual([]);
  });

  it("covers 1…max with contiguous, non-empty ranges, at most one per colour", () => {
    for (const max of [1, 2, 3, 5, 12, 40, 142, 1000]) {
      const classes = countClasses(max);
      expect(classes.length).toBeLessThanOrEqual(CLASS_COLOURS.length);
      expect(classes[0]?.from).toBe(1);
      expect(classes.at(-1)?.to).toBe(max);
      classes.forEach((range, index) => {
        expect(range.to).toBeGreaterThanOrEqual(range.from);
        if (index > 0) expect(range.from).toBe(classes[index - 1]!.to + 1);
      });
    }
  });

  it("grows the ranges geometrically", () => {
    expect(ranges(12)).toEqual([
      [1, 2],
      [3, 3],
      [4, 4],
      [5, 7],
      [8, 12],
    ]);
    expect(ranges(2)).toEqual([
      [1, 1],
      [2, 2],
    ]);
  });

  it("always gives the top class the darkest colour", () => {
    for (const max of [1, 2, 3, 12]) expect(countClasses(max).at(-1)?.colour).toBe(CLASS_COLOURS.at(-1));
    expect(countClasses(2)[0]?.colour).toBe(CLASS_COLOURS[0]);
  });
});

describe("colourFor", () => {
  it("maps a count to its class's colour, and no members to the no-data grey", () => {
    const classes = countClasses(12);
    expect(colourFor(0, classes)).toBe(NO_DATA_COLOUR);
    expect(colourFor(1, classes)).toBe(CLASS_COLOURS[0]);
    expect(colourFor(12, classes)).toBe(CLASS_COLOURS[4]);
    expect(colourFor(6, classes)).toBe(CLASS_COLOURS[3]);
  });
});
