import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { countryName } from "@/lib/i18n/display-names";
import { worldGeometry } from "./world-map/geometry";
import { colourFor, countClasses, NO_DATA_COLOUR } from "./world-map/scale";

const marketPath = (country: string) => `/markets/${country.toLowerCase()}`;

/**
 * A choropleth of how many people know each country, server-rendered as SVG (no client
 * JavaScript), with its legend and a table of the same numbers.
 *
 * Accessibility: the table is the accessible equivalent and the one way in for keyboard and
 * screen-reader users; it lists every country, including those too small for a 1:110m map.
 * The picture and its legend repeat it visually, so they are hidden from assistive
 * technology and the map's links are taken out of the tab order (tabIndex -1): every market
 * page is reached by keyboard exactly once, in the table's sensible order (most known first)
 * rather than the map's arbitrary one. Pointer users can click a country on the map; each
 * shaded country still carries a name and count as its label and tooltip.
 *
 * Right-to-left: the table follows the page's direction; the map is a picture of the world
 * and is never mirrored.
 */
export async function WorldMap({ locale, counts, emptyMessage }: { locale: string; counts: { country: string; count: number }[]; emptyMessage: string }) {
  const t = await getTranslations("worldMap");
  const format = await getFormatter();
  const { width, height, shapes } = worldGeometry();
  const byCountry = new Map(counts.map((row) => [row.country.toUpperCase(), row.count]));
  const classes = countClasses(Math.max(0, ...counts.map((row) => row.count)));
  const collator = new Intl.Collator(locale);
  const rows = counts
    .map((row) => ({ ...row, code: row.country.toUpperCase(), name: countryName(locale, row.country) }))
    .sort((a, b) => b.count - a.count || collator.compare(a.name, b.name));
  const label = (code: string, count: number) => t("countryMembers", { country: countryName(locale, code), count });

  return (
    <div className="space-y-5">
      <div aria-hidden="true" className="space-y-3" data-testid="world-map">
        <svg viewBox={`0 0 ${width} ${height}`} className="h-auto w-full" focusable="false">
          <g stroke="#ffffff" strokeWidth={0.5} strokeLinejoin="round">
            {shapes.map((shape) => {
              const count = shape.country ? (byCountry.get(shape.country) ?? 0) : 0;
              if (!shape.country || count === 0) return <path key={shape.key} d={shape.d} fill={NO_DATA_COLOUR} />;
              const name = label(shape.country, count);
              return (
                <a key={shape.key} href={`/${locale}${marketPath(shape.country)}`} tabIndex={-1} aria-label={name} data-country={shape.country}>
                  <title>{name}</title>
                  <path d={shape.d} fill={colourFor(count, classes)} className="transition-opacity hover:opacity-70" />
                </a>
              );
            })}
          </g>
        </svg>
        {classes.length > 0 && (
          <ul className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-700">
            <li className="font-medium">{t("legend")}</li>
            {classes.map((range) => (
              <li key={range.from} className="flex items-center gap-1.5">
                <span className="inline-block size-3.5 rounded-sm border border-slate-300" style={{ backgroundColor: range.colour }} />
                {range.from === range.to ? format.number(range.from) : t("range", { from: range.from, to: range.to })}
              </li>
            ))}
            <li className="flex items-center gap-1.5">
              <span className="inline-block size-3.5 rounded-sm border border-slate-300" style={{ backgroundColor: NO_DATA_COLOUR }} />
              {t("none")}
            </li>
          </ul>
        )}
      </div>
      {rows.length === 0 ? (
        <p className="text-slate-700">{emptyMessage}</p>
      ) : (
        // A long list scrolls within its box; its links are focusable, so keyboard users scroll it by moving through them.
        <div className="max-h-[26rem] overflow-y-auto px-1">
          <table className="w-full text-sm" data-testid="world-map-table">
            <caption className="mb-2 text-start text-base font-semibold text-slate-800">{t("caption", { count: rows.length })}</caption>
            <thead className="sticky top-0 bg-white">
              <tr className="border-b border-slate-200 text-slate-700">
                <th scope="col" className="py-1.5 pe-3 text-start font-medium">
                  {t("country")}
                </th>
                <th scope="col" className="py-1.5 pe-3 text-end font-medium">
                  {t("members")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((row) => (
                <tr key={row.code}>
                  <th scope="row" className="py-1.5 text-start font-normal">
                    <Link href={marketPath(row.code)} className="text-brand-800 underline underline-offset-2 hover:text-brand-900">
                      {row.name}
                    </Link>
                  </th>
                  <td className="py-1.5 pe-3 text-end tabular-nums">{format.number(row.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
