import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { fromStockholmLocal, stockholmDay, stockholmMonth, toStockholmLocal } from "./time";

const iso = (value: string) => fromStockholmLocal(value)?.toISOString() ?? null;

/** Every wall-clock time of a Stockholm day, in `step`-minute steps, as datetime-local strings. */
const wallClock = (day: string, step: number) => Array.from({ length: (24 * 60) / step }, (_, index) => `${day}T${String(Math.floor((index * step) / 60)).padStart(2, "0")}:${String((index * step) % 60).padStart(2, "0")}`);

/** Every instant from `from` (UTC) for `hours` hours, in `step`-minute steps. */
const instants = (from: string, hours: number, step: number) => Array.from({ length: (hours * 60) / step }, (_, index) => new Date(Date.parse(from) + index * step * 60_000));

describe("fromStockholmLocal and toStockholmLocal", () => {
  it.each([
    ["2027-01-14T18:00", "2027-01-14T17:00:00.000Z"], // winter: UTC+1
    ["2027-07-01T12:00", "2027-07-01T10:00:00.000Z"], // summer: UTC+2
    ["2027-12-31T23:59", "2027-12-31T22:59:00.000Z"],
    ["2028-01-01T00:00", "2027-12-31T23:00:00.000Z"],
    ["2028-02-29T09:15", "2028-02-29T08:15:00.000Z"], // leap day
  ])("reads %s in Stockholm as %s and writes it back", (local, utc) => {
    expect(iso(local)).toBe(utc);
    expect(toStockholmLocal(new Date(utc))).toBe(local);
  });

  it("formats in Stockholm whatever zone the instant came from", () => {
    expect(toStockholmLocal(new Date("2027-06-15T23:30:00-07:00"))).toBe("2027-06-16T08:30");
  });

  describe("the spring change (2027-03-28, 02:00 → 03:00)", () => {
    it("keeps the hours on either side of the gap", () => {
      expect(iso("2027-03-28T01:59")).toBe("2027-03-28T00:59:00.000Z");
      expect(iso("2027-03-28T03:00")).toBe("2027-03-28T01:00:00.000Z");
      expect(iso("2027-03-28T10:00")).toBe("2027-03-28T08:00:00.000Z");
    });

    it("moves a time that does not exist forward by the hour skipped", () => {
      expect(iso("2027-03-28T02:00")).toBe("2027-03-28T01:00:00.000Z");
      expect(iso("2027-03-28T02:30")).toBe("2027-03-28T01:30:00.000Z");
      expect(toStockholmLocal(fromStockholmLocal("2027-03-28T02:30")!)).toBe("2027-03-28T03:30");
    });

    it("round-trips every existing wall-clock time of the day, and every instant", () => {
      const existing = wallClock("2027-03-28", 15).filter((local) => !local.startsWith("2027-03-28T02:"));
      expect(existing.map((local) => toStockholmLocal(fromStockholmLocal(local)!))).toEqual(existing);
      const around = instants("2027-03-27T22:00:00Z", 8, 15);
      expect(around.map((instant) => fromStockholmLocal(toStockholmLocal(instant))!.getTime())).toEqual(around.map((instant) => instant.getTime()));
    });
  });

  describe("the autumn change (2027-10-31, 03:00 → 02:00)", () => {
    it("keeps the hours on either side of the repeated hour", () => {
      expect(iso("2027-10-31T01:59")).toBe("2027-10-30T23:59:00.000Z");
      expect(iso("2027-10-31T03:00")).toBe("2027-10-31T02:00:00.000Z");
      expect(iso("2027-10-31T10:00")).toBe("2027-10-31T09:00:00.000Z");
    });

    it("reads an ambiguous time as the earlier instant, still in summer time (UTC+2)", () => {
      // Both 00:30Z and 01:30Z are 02:30 in Stockholm; time.ts documents the earlier one.
      expect(toStockholmLocal(new Date("2027-10-31T00:30:00Z"))).toBe("2027-10-31T02:30");
      expect(toStockholmLocal(new Date("2027-10-31T01:30:00Z"))).toBe("2027-10-31T02:30");
      expect(iso("2027-10-31T02:30")).toBe("2027-10-31T00:30:00.000Z");
      expect(iso("2027-10-31T02:00")).toBe("2027-10-31T00:00:00.000Z");
    });

    it("round-trips every wall-clock time of the day, and every instant outside the repeated hour", () => {
      const day = wallClock("2027-10-31", 15);
      expect(day.map((local) => toStockholmLocal(fromStockholmLocal(local)!))).toEqual(day);
      const around = instants("2027-10-30T22:00:00Z", 8, 15).filter((instant) => instant.getUTCHours() !== 1); // 01:xxZ repeats 02:xx
      expect(around.map((instant) => fromStockholmLocal(toStockholmLocal(instant))!.getTime())).toEqual(around.map((instant) => instant.getTime()));
    });
  });

  it("round-trips a whole year hour by hour, except the repeated autumn hour", () => {
    const year = instants("2027-01-01T00:00:00Z", 365 * 24, 60).filter((instant) => !(instant.toISOString().startsWith("2027-10-31T01:")));
    const mismatches = year.filter((instant) => fromStockholmLocal(toStockholmLocal(instant))!.getTime() !== instant.getTime());
    expect(mismatches.map((instant) => instant.toISOString())).toEqual([]);
  }, 60_000);

  it.each([
    "",
    "2027-01-14",
    "18:00",
    "2027-01-14 18:00",
    "2027-01-14T18:00:00",
    "2027-01-14T18:00Z",
    "2027-01-14T18:00+01:00",
    "2027-1-14T18:00",
    "2027-01-14T8:00",
    "2027-13-01T10:00",
    "2027-00-10T10:00",
    "2027-02-29T10:00",
    "2027-02-30T10:00",
    "2027-04-31T10:00",
    "2027-01-14T25:00",
    "2027-01-14T10:60",
    " 2027-01-14T18:00",
    "２０２７-01-14T18:00",
    "garbage",
  ])("refuses the malformed value %j", (value) => {
    expect(fromStockholmLocal(value)).toBeNull();
  });
});

describe("stockholmMonth", () => {
  it("spans a winter month from local midnight to local midnight", () => {
    expect(stockholmMonth("2027-01")).toEqual({ start: new Date("2026-12-31T23:00:00Z"), end: new Date("2027-01-31T23:00:00Z") });
  });

  it("spans a month with the spring change: 31 days less an hour", () => {
    const march = stockholmMonth("2027-03")!;
    expect(march).toEqual({ start: new Date("2027-02-28T23:00:00Z"), end: new Date("2027-03-31T22:00:00Z") });
    expect(march.end.getTime() - march.start.getTime()).toBe((31 * 24 - 1) * 3_600_000);
  });

  it("spans a month with the autumn change: 31 days and an hour", () => {
    const october = stockholmMonth("2027-10")!;
    expect(october).toEqual({ start: new Date("2027-09-30T22:00:00Z"), end: new Date("2027-10-31T23:00:00Z") });
    expect(october.end.getTime() - october.start.getTime()).toBe((31 * 24 + 1) * 3_600_000);
  });

  it("crosses the year in December, and February of a leap year has 29 days", () => {
    expect(stockholmMonth("2027-12")).toEqual({ start: new Date("2027-11-30T23:00:00Z"), end: new Date("2027-12-31T23:00:00Z") });
    const february = stockholmMonth("2028-02")!;
    expect(february.end.getTime() - february.start.getTime()).toBe(29 * 24 * 3_600_000);
  });

  it("meets the next month exactly: every instant belongs to one month", () => {
    const months = Array.from({ length: 12 }, (_, index) => stockholmMonth(`2027-${String(index + 1).padStart(2, "0")}`)!);
    for (let index = 1; index < months.length; index++) expect(months[index]!.start).toEqual(months[index - 1]!.end);
  });

  it.each(["", "2027", "2027-1", "2027-13", "2027-00", "2027-01-01", "27-01", "2027/01", "january"])("refuses %j", (month) => {
    expect(stockholmMonth(month)).toBeNull();
  });
});

describe("stockholmDay", () => {
  it.each([
    ["2027-01-14T22:59:59.999Z", "2027-01-14"], // 23:59 in winter
    ["2027-01-14T23:00:00.000Z", "2027-01-15"], // midnight in winter
    ["2027-07-01T21:59:00.000Z", "2027-07-01"], // 23:59 in summer
    ["2027-07-01T22:00:00.000Z", "2027-07-02"], // midnight in summer, still July 1st in UTC
    ["2027-12-31T23:30:00.000Z", "2028-01-01"], // New Year in Stockholm before it is in UTC
    ["2027-03-28T00:30:00.000Z", "2027-03-28"],
    ["2027-10-30T22:30:00.000Z", "2027-10-31"],
  ])("puts %s on %s", (instant, day) => {
    expect(stockholmDay(new Date(instant))).toBe(day);
  });

  it("agrees with the month bounds", () => {
    const { start, end } = stockholmMonth("2027-03")!;
    expect(stockholmDay(start)).toBe("2027-03-01");
    expect(stockholmDay(new Date(end.getTime() - 1))).toBe("2027-03-31");
    expect(stockholmDay(end)).toBe("2027-04-01");
    expect(DateTime.fromJSDate(end, { zone: "Europe/Stockholm" }).toFormat("HH:mm")).toBe("00:00");
  });
});
