// Read access to one parsed sentence: children, subtrees and argument phrases over UD relations.
import type { Sentence, Token } from "../model/types.js";

/** Dependents that stay outside an argument phrase (clauses, coordination, appositions, punctuation). */
const CUT = new Set([
  "acl", "acl:relcl", "appos", "conj", "cc", "punct", "parataxis", "dep", "advcl", "ccomp", "xcomp", "csubj", "discourse", "vocative", "list",
  "reparandum", "orphan", "mark", "nsubj", "nsubj:pass", "cop", "aux", "aux:pass", "expl", "obj", "iobj",
]);

/** The head token of tokens [lo, hi): the last one whose head lies outside the range. */
export function headOf(tokens: readonly Token[], lo: number, hi: number): number | undefined {
  for (let i = hi - 1; i >= lo; i--) {
    const h = tokens[i]?.head;
    if (h !== undefined && (h < lo || h >= hi)) return i;
  }
  return undefined;
}

export class Tree {
  readonly tokens: readonly Token[];
  private readonly kids: number[][];

  constructor(readonly sentence: Sentence) {
    this.tokens = sentence.tokens;
    this.kids = this.tokens.map(() => []);
    this.tokens.forEach((t, i) => {
      if (t.head !== undefined && t.head >= 0 && t.head < this.tokens.length) this.kids[t.head]!.push(i);
    });
  }

  rel(i: number): string {
    return this.tokens[i]?.deprel ?? "dep";
  }

  head(i: number): number {
    return this.tokens[i]?.head ?? -1;
  }

  upos(i: number): string {
    return this.tokens[i]?.upos ?? "X";
  }

  xpos(i: number): string {
    return this.tokens[i]?.xpos ?? "";
  }

  text(i: number): string {
    return this.tokens[i]?.text ?? "";
  }

  lower(i: number): string {
    return this.text(i).toLowerCase();
  }

  children(i: number, ...rels: string[]): number[] {
    const all = this.kids[i] ?? [];
    if (!rels.length) return all;
    return all.filter((c) => {
      const r = this.rel(c);
      const colon = r.indexOf(":");
      return rels.includes(r) || (colon >= 0 && rels.includes(r.slice(0, colon)));
    });
  }

  child(i: number, ...rels: string[]): number | undefined {
    return this.children(i, ...rels)[0];
  }

  /** The preposition or case marker of a nominal ("in", "by", "'s"). */
  caseOf(i: number): string | undefined {
    const c = this.children(i, "case").filter((k) => k < i);
    return c.length ? c.map((k) => this.lower(k)).join(" ") : undefined;
  }

  /**
   * Token range [start, end) of the phrase headed by i, cutting clauses and, unless `withPPs`, non-"of"
   * modifiers; dependents whose relation is in `whole` come with their entire subtrees.
   */
  phrase(i: number, options: { withPPs?: boolean; whole?: ReadonlySet<string> } = {}): [number, number] {
    let lo = i;
    let hi = i;
    const all = (n: number) => {
      lo = Math.min(lo, n);
      hi = Math.max(hi, n);
      for (const c of this.children(n)) all(c);
    };
    // A predicate nominal's adverbs belong to its clause ("is not / also / now a member"); an adjective keeps them ("usually larger").
    const copular = this.upos(i) !== "ADJ" && this.child(i, "cop") !== undefined;
    const visit = (n: number) => {
      lo = Math.min(lo, n);
      hi = Math.max(hi, n);
      for (const c of this.children(n)) {
        const r = this.rel(c);
        if (options.whole?.has(r)) {
          if (r === "acl:relcl" && c > n && (this.text(this.leftmost(c)) === "," || this.text(this.leftmost(c) - 1) === ",")) continue;
          all(c);
          continue;
        }
        // Coordination inside a modifier is the modifier's ("the merger of Kroger and Albertsons");
        // only the phrase's own coordination is left to the caller, which expands it.
        if ((r === "conj" || r === "cc") && n !== i && this.nominalConjunct(n, c)) {
          visit(c);
          continue;
        }
        // An adjective's object is its own ("an aid package worth 10.6 billion euros").
        if (r === "obj" && this.upos(n) === "ADJ") {
          visit(c);
          continue;
        }
        if (CUT.has(r)) continue;
        if (copular && n === i && r === "advmod" && c < i) continue;
        if (r === "case" && n === i) continue; // the phrase's own preposition is not part of it
        if (/^(nmod|obl)/.test(r) && /^according\b/.test(this.caseOf(c) ?? "")) continue; // "…, according to data": attribution, not the phrase's
        if ((r === "nmod" || r === "nmod:npmod" || r === "obl") && !options.withPPs && this.caseOf(c) !== "of") continue;
        visit(c);
      }
    };
    visit(i);
    // Trim punctuation and stray markers at the edges.
    // A preposition of a modifier inside the phrase stays ("at least 40 people"); not one the parser
    // hung on a title inside a name ("by Governor Greg Abbott", with "Governor" a modifier of "Greg").
    const inner = (k: number) =>
      this.upos(k) === "ADP" && this.head(k) > k && this.head(k) <= hi && this.head(k) !== i && this.rel(this.head(k)) !== "case" && this.upos(this.head(k)) !== "PROPN";
    // A relative adverb the parser hung inside the phrase opens the clause, not the phrase ("Sudan, where
    // a year of war has displaced…").
    const relative = (k: number) => this.upos(k) === "ADV" && /^(where|when)$/.test(this.lower(k)) && k !== i;
    while (lo < hi && ((/^(PUNCT|CCONJ|ADP|SCONJ)$/.test(this.upos(lo)) && this.rel(lo) !== "nmod:poss" && !inner(lo)) || relative(lo))) lo++;
    while (hi > lo && this.upos(hi) === "PUNCT") hi--;
    return [lo, hi + 1];
  }

  /** Whether c, a conjunct or coordinator of n, joins nouns (not a clause the parser hung on a noun). */
  private nominalConjunct(n: number, c: number): boolean {
    const nominal = (k: number) => /^(NOUN|PROPN|NUM)$/.test(this.upos(k));
    if (!nominal(n)) return false;
    if (this.rel(c) === "cc") return this.rel(n) === "conj";
    // A conjunct with a preposition of its own that the modifier lacks belongs higher up ("hit by weak
    // demand for its chips and by delays": the delays did the hitting too, they are no kind of chips).
    const own = this.caseOf(c);
    if (own !== undefined && own !== this.caseOf(n)) return false;
    return nominal(c) && this.child(c, "nsubj", "nsubj:pass", "cop") === undefined;
  }

  /** The first token of i's subtree. */
  leftmost(i: number): number {
    let lo = i;
    for (const c of this.children(i)) if (c < lo) lo = Math.min(lo, this.leftmost(c));
    return lo;
  }

  /** The last token of i's subtree. */
  rightmost(i: number): number {
    let hi = i;
    for (const c of this.children(i)) if (c > hi) hi = Math.max(hi, this.rightmost(c));
    return hi;
  }

  span(range: [number, number]): { start: number; end: number; text: string } {
    const start = this.tokens[range[0]]!.start;
    const end = this.tokens[range[1] - 1]!.end;
    return { start, end, text: this.sentence.text.slice(start - this.sentence.start, end - this.sentence.start) };
  }
}
