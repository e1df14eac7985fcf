// Search over entity names and aliases, for the autocomplete box. Names are folded (case, accents,
// punctuation) once; a query matches a name when every query word is a prefix of one of its words, or
// when the folded name contains the query. Ranked: exact, prefix of the name, word prefixes, substring;
// then names before aliases, then the most connected entity.
import type { ViewGraph } from "../data/load";

export interface SearchHit {
  readonly id: string;
  readonly label: string;
  readonly type: string;
  /** The alias that matched, when the name itself did not. */
  readonly alias?: string;
}

interface Entry {
  readonly id: string;
  readonly folded: string;
  readonly words: readonly string[];
  readonly alias?: string;
}

export function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export interface SearchIndex {
  search(query: string, limit: number): SearchHit[];
}

export function createSearchIndex(graph: ViewGraph): SearchIndex {
  const entries: Entry[] = [];
  const degree = new Map<string, number>();
  graph.forEachNode((id, a) => {
    degree.set(id, graph.degree(id));
    const add = (name: string, alias?: string) => {
      const folded = fold(name);
      if (folded) entries.push({ id, folded, words: folded.split(" "), ...(alias ? { alias } : {}) });
    };
    add(a.label);
    for (const alias of a.aliases) add(alias, alias);
  });

  const rank = (entry: Entry, q: string, qWords: readonly string[]): number => {
    if (entry.folded === q) return 0;
    if (entry.folded.startsWith(q)) return 1;
    if (qWords.every((w) => entry.words.some((word) => word.startsWith(w)))) return 2;
    if (entry.folded.includes(q)) return 3;
    return -1;
  };

  return {
    search(query, limit) {
      const q = fold(query);
      if (!q) return [];
      const qWords = q.split(" ");
      const best = new Map<string, { score: number; entry: Entry }>();
      for (const entry of entries) {
        const r = rank(entry, q, qWords);
        if (r < 0) continue;
        const score = r * 2 + (entry.alias ? 1 : 0);
        const previous = best.get(entry.id);
        if (!previous || score < previous.score) best.set(entry.id, { score, entry });
      }
      return [...best.values()]
        .sort((x, y) => x.score - y.score || (degree.get(y.entry.id) ?? 0) - (degree.get(x.entry.id) ?? 0) || (x.entry.id < y.entry.id ? -1 : 1))
        .slice(0, limit)
        .map(({ entry }) => {
          const a = graph.getNodeAttributes(entry.id);
          return { id: entry.id, label: a.label, type: a.type, ...(entry.alias ? { alias: entry.alias } : {}) };
        });
    },
  };
}
