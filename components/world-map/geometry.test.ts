import { describe, expect, it } from "vitest";
import { MAP_WIDTH, worldGeometry } from "./geometry";

describe("worldGeometry", () => {
  const geometry = worldGeometry();

  it("projects the countries of the 1:110m map into a viewBox of the map's width, without Antarctica", () => {
    expect(geometry.width).toBe(MAP_WIDTH);
    expect(geometry.height).toBeGreaterThan(350);
    expect(geometry.height).toBeLessThan(500);
    expect(geometry.shapes.length).toBeGreaterThan(170);
    expect(geometry.shapes.some((shape) => shape.country === "AQ")).toBe(false);
  });

  it("names every shape with its ISO alpha-2 code, Kosovo included; only disputed areas have none", () => {
    const codes = geometry.shapes.map((shape) => shape.country);
    for (const code of ["SE", "VN", "BR", "US", "XK", "SY", "CL"]) expect(codes).toContain(code);
    expect(geometry.shapes.filter((shape) => shape.country === null).length).toBeLessThanOrEqual(2);
    expect(new Set(geometry.shapes.map((shape) => shape.key)).size).toBe(geometry.shapes.length);
  });

  it("keeps the path data small: whole numbers, relative commands", () => {
    const bytes = geometry.shapes.reduce((sum, shape) => sum + shape.d.length, 0);
    expect(bytes).toBeLessThan(45_000);
    for (const shape of geometry.shapes) expect(shape.d).toMatch(/^M[-\d lz M]+$/);
  });

  it("is computed once per process", () => {
    expect(worldGeometry()).toBe(geometry);
  });
});
