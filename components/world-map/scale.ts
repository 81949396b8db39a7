// The sequential colour scale of the world map: a few classes from "a few members" to "many",
// with class bounds that grow geometrically, because a handful of countries (the members'
// countries of birth) are known by many members and most by one or two.

/** Light to dark in the brand's teal (brand-200 to brand-900); countries without members are a neutral grey. */
export const CLASS_COLOURS = ["#a9d3d4", "#6fb3b6", "#2b8a8e", "#175b5f", "#0c3234"] as const;
export const NO_DATA_COLOUR = "#e5e7eb";

export type CountClass = { from: number; to: number; colour: string };

/** Inclusive integer ranges covering 1…max, at most CLASS_COLOURS.length of them, never empty or overlapping. */
export function countClasses(max: number): CountClass[] {
  if (max < 1) return [];
  const steps = CLASS_COLOURS.length;
  const uppers: number[] = [];
  for (let step = 1; step <= steps; step++) {
    const upper = step === steps ? max : Math.round(max ** (step / steps));
    if (upper >= 1 && upper > (uppers.at(-1) ?? 0)) uppers.push(upper);
  }
  // With fewer classes than colours, spread them over the whole ramp so the top class is the darkest.
  return uppers.map((to, index) => {
    const colourIndex = uppers.length === 1 ? steps - 1 : Math.round((index * (steps - 1)) / (uppers.length - 1));
    return { from: index === 0 ? 1 : (uppers[index - 1] as number) + 1, to, colour: CLASS_COLOURS[colourIndex] as string };
  });
}

export function colourFor(count: number, classes: readonly CountClass[]): string {
  if (count < 1) return NO_DATA_COLOUR;
  return classes.find((range) => count <= range.to)?.colour ?? classes.at(-1)?.colour ?? NO_DATA_COLOUR;
}
