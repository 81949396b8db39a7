import "server-only";
import { geoEqualEarth, geoPath } from "d3-geo";
import countries from "i18n-iso-countries";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import atlas from "world-atlas/countries-110m.json";
import { compactPath } from "./compact-path";

export const MAP_WIDTH = 960;

export type CountryShape = { key: string; country: string | null; d: string };
export type WorldGeometry = { width: number; height: number; shapes: CountryShape[] };

/** Natural Earth shapes that carry no ISO numeric code in world-atlas. */
const ALPHA2_BY_NAME: Record<string, string> = { Kosovo: "XK" };
const ANTARCTICA = "010";

let memo: WorldGeometry | null = null;

/**
 * Every country of world-atlas's 1:110m map projected once per process (Equal Earth, fitted
 * to MAP_WIDTH, Antarctica left out) with path data rounded to whole units and compacted:
 * about 40 kB for the world, reused by every network page.
 */
export function worldGeometry(): WorldGeometry {
  if (memo) return memo;
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  const features = collection.features.filter((shape) => shape.id !== ANTARCTICA);
  const land = { type: "FeatureCollection" as const, features };
  const projection = geoEqualEarth().fitWidth(MAP_WIDTH, land);
  const path = geoPath(projection).digits(0);
  const [, [, bottom]] = path.bounds(land);
  const shapes = features.flatMap((shape, index) => {
    const d = compactPath(path(shape) ?? "");
    if (!d) return [];
    const name = shape.properties?.name ?? "";
    const country = shape.id !== undefined ? (countries.numericToAlpha2(String(shape.id)) ?? null) : (ALPHA2_BY_NAME[name] ?? null);
    return [{ key: String(shape.id ?? `${name}-${index}`), country, d }];
  });
  memo = { width: MAP_WIDTH, height: Math.ceil(bottom), shapes };
  return memo;
}
