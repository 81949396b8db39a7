import { describe, expect, it } from "vitest";
import { compactPath } from "./compact-path";

describe("compactPath", () => {
  it("turns absolute line commands into relative ones with implicit repetition", () => {
    expect(compactPath("M10,20L12,21L13,25L10,20Z")).toBe("M10 20l2 1 1 4-3-5z");
  });

  it("keeps several rings and open paths", () => {
    expect(compactPath("M0,0L5,0L5,5ZM10,10L12,10L12,12")).toBe("M0 0l5 0 0 5zM10 10l2 0 0 2");
  });

  it("drops repeated points and rings that collapsed when rounded", () => {
    expect(compactPath("M1,1L1,1L3,1L3,1L3,4Z")).toBe("M1 1l2 0 0 3z");
    expect(compactPath("M1,1L1,1L2,1ZM5,5L6,5L6,6Z")).toBe("M5 5l1 0 0 1z");
    expect(compactPath("")).toBe("");
  });

  it("rounds coordinates that are not whole numbers", () => {
    expect(compactPath("M0.4,0.6L2.5,1.2L3,3Z")).toBe("M0 1l3 0 0 2z");
  });
});
