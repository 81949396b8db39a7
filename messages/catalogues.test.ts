import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";

/**
 * Guards the UI catalogues: every locale must have exactly the keys of en.json,
 * no empty values, messages that parse as ICU MessageFormat, and the same
 * arguments, rich-text tags and select options as the English message.
 */

const dir = path.dirname(fileURLToPath(import.meta.url));
const SOURCE = "en";
const TRANSLATIONS = ["sv", "ar"] as const;
const LOCALES = [SOURCE, ...TRANSLATIONS];

type Catalogue = { [key: string]: string | Catalogue };

const load = (locale: string): Catalogue =>
  JSON.parse(readFileSync(path.join(dir, `${locale}.json`), "utf8")) as Catalogue;

/** Flattens nested messages to "a.b.c" paths; non-string leaves are kept so they can be reported. */
function flatten(node: unknown, prefix = "", out = new Map<string, unknown>()): Map<string, unknown> {
  if (node !== null && typeof node === "object" && !Array.isArray(node)) {
    for (const [key, value] of Object.entries(node)) flatten(value, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.set(prefix, node);
  }
  return out;
}

type Shape = {
  /** `name:type` for arguments, e.g. `count:plural`, `name:argument`. */
  args: Set<string>;
  tags: Set<string>;
  /** `arg` → option keys of select elements (plural options legitimately differ per locale). */
  selects: Map<string, Set<string>>;
  /** `arg` → option keys of plural elements. */
  plurals: Map<string, Set<string>>;
};

function collect(elements: MessageFormatElement[], shape: Shape): Shape {
  for (const el of elements) {
    switch (el.type) {
      case TYPE.argument:
        shape.args.add(`${el.value}:argument`);
        break;
      case TYPE.number:
        shape.args.add(`${el.value}:number`);
        break;
      case TYPE.date:
        shape.args.add(`${el.value}:date`);
        break;
      case TYPE.time:
        shape.args.add(`${el.value}:time`);
        break;
      case TYPE.select: {
        shape.args.add(`${el.value}:select`);
        const keys = shape.selects.get(el.value) ?? new Set<string>();
        for (const [key, option] of Object.entries(el.options)) {
          keys.add(key);
          collect(option.value, shape);
        }
        shape.selects.set(el.value, keys);
        break;
      }
      case TYPE.plural: {
        shape.args.add(`${el.value}:${el.pluralType === "ordinal" ? "selectordinal" : "plural"}`);
        const keys = shape.plurals.get(el.value) ?? new Set<string>();
        for (const [key, option] of Object.entries(el.options)) {
          keys.add(key);
          collect(option.value, shape);
        }
        shape.plurals.set(el.value, keys);
        break;
      }
      case TYPE.tag:
        shape.tags.add(el.value);
        collect(el.children, shape);
        break;
      default:
        // literal, pound: nothing to collect
        break;
    }
  }
  return shape;
}

const shapeOf = (message: string): Shape =>
  collect(parse(message), { args: new Set(), tags: new Set(), selects: new Map(), plurals: new Map() });

const sorted = (values: Iterable<string>) => [...values].sort();

const flattened = new Map(LOCALES.map((locale) => [locale, flatten(load(locale))]));
const messagesOf = (locale: string): Map<string, unknown> => {
  const messages = flattened.get(locale);
  if (!messages) throw new Error(`no catalogue loaded for ${locale}`);
  return messages;
};
const english = messagesOf(SOURCE);

describe("message catalogues", () => {
  it.each(TRANSLATIONS)("%s has exactly the keys of en.json", (locale) => {
    const keys = new Set(messagesOf(locale).keys());
    const missing = [...english.keys()].filter((key) => !keys.has(key));
    const extra = [...keys].filter((key) => !english.has(key));
    expect({ locale, missing, extra }).toEqual({ locale, missing: [], extra: [] });
  });

  it.each(LOCALES)("%s has no dots inside keys (next-intl uses `.` for nesting)", (locale) => {
    const dotted: string[] = [];
    const walk = (node: unknown, trail: string[]) => {
      if (node === null || typeof node !== "object" || Array.isArray(node)) return;
      for (const [key, value] of Object.entries(node)) {
        if (key.includes(".")) dotted.push([...trail, JSON.stringify(key)].join(" > "));
        walk(value, [...trail, key]);
      }
    };
    walk(load(locale), []);
    expect(dotted).toEqual([]);
  });

  it.each(LOCALES)("%s has only non-empty string values", (locale) => {
    const bad = [...messagesOf(locale)]
      .filter(([, value]) => typeof value !== "string" || value.trim() === "")
      .map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
    expect(bad, `empty or non-string values in ${locale}.json`).toEqual([]);
  });

  it.each(LOCALES)("%s messages all parse as ICU MessageFormat", (locale) => {
    const failures: string[] = [];
    for (const [key, value] of messagesOf(locale)) {
      if (typeof value !== "string") continue;
      try {
        parse(value);
      } catch (error) {
        failures.push(`${key}: ${(error as Error).message}`);
      }
    }
    expect(failures, `unparsable messages in ${locale}.json`).toEqual([]);
  });

  it.each(TRANSLATIONS)("%s uses the same arguments, tags and select options as English", (locale) => {
    const mismatches: string[] = [];
    for (const [key, source] of english) {
      const target = messagesOf(locale).get(key);
      if (typeof source !== "string" || typeof target !== "string") continue;
      let want: Shape;
      let got: Shape;
      try {
        want = shapeOf(source);
        got = shapeOf(target);
      } catch {
        continue; // reported by the parse test
      }
      const compare = (what: string, a: Iterable<string>, b: Iterable<string>) => {
        const [x, y] = [sorted(a), sorted(b)];
        if (JSON.stringify(x) !== JSON.stringify(y)) {
          mismatches.push(`${key}: ${what} en=[${x.join(", ")}] ${locale}=[${y.join(", ")}]`);
        }
      };
      // Names only: a translation may legitimately turn `{count}` into `{count, plural, …}`.
      const names = (args: Set<string>) => new Set([...args].map((arg) => arg.slice(0, arg.lastIndexOf(":"))));
      compare("arguments", names(want.args), names(got.args));
      compare("tags", want.tags, got.tags);
      for (const [arg, options] of want.selects) {
        compare(`select options of {${arg}}`, options, got.selects.get(arg) ?? []);
      }
    }
    expect(mismatches, `messages in ${locale}.json that differ from en.json`).toEqual([]);
  });

  it.each(LOCALES)("%s plurals use this locale's CLDR categories and always have `other`", (locale) => {
    const categories = new Set<string>(new Intl.PluralRules(locale).resolvedOptions().pluralCategories);
    const ordinalCategories = new Set<string>(
      new Intl.PluralRules(locale, { type: "ordinal" }).resolvedOptions().pluralCategories,
    );
    const problems: string[] = [];
    for (const [key, value] of messagesOf(locale)) {
      if (typeof value !== "string") continue;
      let shape: Shape;
      try {
        shape = shapeOf(value);
      } catch {
        continue; // reported by the parse test
      }
      for (const [arg, options] of shape.plurals) {
        if (!options.has("other")) problems.push(`${key}: {${arg}} has no \`other\``);
        const allowed = shape.args.has(`${arg}:selectordinal`) ? ordinalCategories : categories;
        for (const option of options) {
          if (!option.startsWith("=") && !allowed.has(option)) {
            problems.push(`${key}: {${arg}} uses "${option}", not a plural category of ${locale}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
