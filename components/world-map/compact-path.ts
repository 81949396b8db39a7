/**
 * Rewrites the absolute, integer-rounded path data of d3-geo ("M10,20L12,21L13,25Z…") with
 * relative line commands and implicit repetition ("M10 20l2 1 1 4z"), dropping points that
 * rounding made coincide and rings that collapsed to fewer than three points. About half
 * the size of d3's output, for the same picture.
 */
export function compactPath(d: string): string {
  let out = "";
  for (const ring of d.split("M").filter(Boolean)) {
    const closed = ring.endsWith("Z");
    const points = ring
      .replace(/Z$/, "")
      .split("L")
      .map((point) => point.split(",").map((value) => Math.round(Number(value))));
    const [start, ...rest] = points;
    if (!start || start.length !== 2 || start.some(Number.isNaN)) continue;
    let [x, y] = start as [number, number];
    let segment = `M${x} ${y}`;
    let moves = 0;
    for (const point of rest) {
      const [nextX, nextY] = point as [number, number];
      const dx = nextX - x;
      const dy = nextY - y;
      if (dx === 0 && dy === 0) continue;
      segment += `${moves === 0 ? "l" : dx < 0 ? "" : " "}${dx}${dy < 0 ? "" : " "}${dy}`;
      moves++;
      x = nextX;
      y = nextY;
    }
    if (moves < 2) continue;
    out += closed ? `${segment}z` : segment;
  }
  return out;
}
