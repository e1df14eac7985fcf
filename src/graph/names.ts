// Name normalization and matching rules shared by entity resolution and lookups.

/** normalizeName's results by name (bounded): resolution normalizes the same few names again and again. */
const normalized = new Map<string, string>();

/** Lowercase, accents folded, possessive and leading article dropped, punctuation collapsed. */
export function normalizeName(name: string): string {
  let norm = normalized.get(name);
  if (norm === undefined) {
    norm = normalize(name);
    if (normalized.size >= 100_000) normalized.clear();
    normalized.set(name, norm);
  }
  return norm;
}

function normalize(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase()
    .replace(/'s\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(/^(the|a|an) /, "")
    .trim();
}

/** The words of a name that count for matching (no articles, no punctuation). */
export function nameWords(name: string): string[] {
  return normalizeName(name).split(" ").filter(Boolean);
}

const ACRONYM_SKIP = new Set(["of", "and", "the", "for", "in", "on", "de", "la", "du", "des", "&"]);

/** "Israel Defense Forces" -> "IDF"; "United Nations" -> "UN". Undefined for one-word names. */
export function acronymOf(name: string): string | undefined {
  const words = name.split(/[\s-]+/).filter((w) => w && !ACRONYM_SKIP.has(w.toLowerCase()));
  if (words.length < 2) return undefined;
  if (!words.every((w) => /^\p{Lu}/u.test(w))) return undefined;
  return words.map((w) => w[0]!.toUpperCase()).join("");
}

export function isAcronym(name: string): boolean {
  return /^(?:\p{Lu}\.?){2,6}$/u.test(name.replace(/\s+/g, ""));
}

/** "U.S." -> "US". */
export function acronymKey(name: string): string {
  return name.replace(/[.\s]/g, "").toUpperCase();
}

/** The fuller of two names: more words wins, then longer text. */
export function fullerName(a: string, b: string): string {
  const wa = nameWords(a).length;
  const wb = nameWords(b).length;
  if (wa !== wb) return wa > wb ? a : b;
  if (a.length !== b.length) return a.length > b.length ? a : b;
  // "Los Angeles" over "LOS ANGELES" (a dateline or headline in capitals); acronyms stay as they are.
  const shouted = (n: string) => /\p{Lu}{3}/u.test(n) && n === n.toUpperCase() && (wa > 1 || n.length > 5);
  if (shouted(a) !== shouted(b)) return shouted(a) ? b : a;
  return a < b ? a : b;
}

const DESIGNATORS = /\s+(corporation|corp|incorporated|inc|company|co|limited|ltd|llc|plc|group|holdings|ag|sa|gmbh|nv)$/;

/** An organization's name without a trailing legal designator: "Acme Corporation" -> "acme". */
export function organizationKey(name: string): string {
  return normalizeName(name).replace(DESIGNATORS, "");
}
