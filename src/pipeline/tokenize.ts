// Tokenizer and sentence splitter: text to sentences of tokens, each with character offsets.
// Penn-Treebank-like tokens (punctuation split off, "Egypt's" -> "Egypt" "'s", "U.S." kept whole),
// the convention the tagger, parser and NER were trained on. Pure; no model needed.
import type { Sentence, Token } from "../model/types.js";

/** Abbreviations that end in a period and do not end a sentence (titles, months, corporate suffixes). */
const ABBREVIATIONS = new Set(
  [
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "maj", "capt", "cpt", "sgt", "cmdr", "adm", "gens",
    "st", "jr", "sr", "rev", "fr", "hon", "pres", "amb", "supt", "insp", "det",
    "inc", "corp", "co", "ltd", "bros", "plc", "llc", "dept", "univ", "assn", "est",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "no", "nos", "vol", "v", "vs", "etc", "al", "approx", "fig", "p", "pp", "ca", "cf", "e.g", "i.e", "a.m", "p.m", "mt", "ft", "ave", "blvd", "rd",
    // U.S. states as news style abbreviates them in datelines ("CAPE CANAVERAL, Fla. (AP) -").
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md", "mass", "mich", "minn",
    "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
  ],
);
const WORD_LIKE = new Set(["sat", "sun", "mar", "wed", "no", "co", "est", "al", "fig", "p", "ca", "cf", "det", "fr", "pres", "rev", "art", "mt", "ill", "ind", "la", "miss", "mass", "wash", "del", "ore", "mo", "pa", "ga", "md", "va", "kan", "ark"]);
/** Titles before a name: a period after them never ends a sentence. */
const TITLE_ABBREVIATIONS = new Set(["mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "maj", "capt", "sgt", "st", "rev", "adm", "cmdr", "hon", "pres", "amb", "no", "v", "vs"]);

const OPENERS = /^[("'\[{\u201c\u2018\u00ab<]/u;
const CLOSERS = /[)"'\]}\u201d\u2019\u00bb>.,;:!?\u2026]$/u;
const DASHES = /[\u2014\u2013]|--/u;

/** Splits text into tokens with offsets. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const re = /[^\s\uFEFF]+/gu; // a byte-order mark separates like whitespace
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) splitChunk(m[0], m.index + offset, tokens);
  return tokens;
}

function push(tokens: Token[], text: string, start: number) {
  if (text) tokens.push({ text, start, end: start + text.length });
}

function splitChunk(chunk: string, start: number, out: Token[]): void {
  // Dashes inside a chunk ("ministry—figures") separate words.
  const dash = chunk.search(DASHES);
  if (dash >= 0 && chunk.length > 1) {
    const len = chunk.startsWith("--", dash) ? 2 : 1;
    if (dash > 0) splitChunk(chunk.slice(0, dash), start, out);
    push(out, chunk.slice(dash, dash + len), start + dash);
    if (dash + len < chunk.length) splitChunk(chunk.slice(dash + len), start + dash + len, out);
    return;
  }
  if (chunk === "''" || chunk === "``") {
    push(out, chunk, start);
    return;
  }
  // Text that is already tokenized ("the firm 's plan", "they 're"): a clitic after a word stays one token.
  const clitic = SPACED_CLITIC.exec(chunk);
  if (clitic && /[\p{L}\p{N}]$/u.test(out.at(-1)?.text ?? "")) {
    push(out, clitic[0], start);
    if (clitic[0].length < chunk.length) splitChunk(chunk.slice(clitic[0].length), start + clitic[0].length, out);
    return;
  }
  let s = 0;
  let e = chunk.length;
  const lead: Token[] = [];
  while (s < e && OPENERS.test(chunk[s]!)) {
    lead.push({ text: chunk[s]!, start: start + s, end: start + s + 1 });
    s++;
  }
  const trail: Token[] = [];
  while (e > s && CLOSERS.test(chunk[e - 1]!)) {
    const ch = chunk[e - 1]!;
    if (ch === "'" && chunk[e - 2] === "'") {
      // PTB's closing quote '' is one token
      trail.unshift({ text: "''", start: start + e - 2, end: start + e });
      e -= 2;
      continue;
    }
    if (ch === ".") {
      const body = chunk.slice(s, e);
      if (keepsPeriod(body)) break;
      // "..." as one token
      if (body.endsWith("...")) {
        trail.unshift({ text: "...", start: start + e - 3, end: start + e });
        e -= 3;
        continue;
      }
    }
    if ((ch === "'" || ch === "\u2019") && /s$/i.test(chunk.slice(s, e - 1)) && e - 1 > s + 1) {
      // plural possessive "hostages'" -> "hostages" "'"
      trail.unshift({ text: ch, start: start + e - 1, end: start + e });
      e--;
      break;
    }
    trail.unshift({ text: ch, start: start + e - 1, end: start + e });
    e--;
  }
  out.push(...lead);
  splitWord(chunk.slice(s, e), start + s, out);
  out.push(...trail);
}

/** "U.S." "Gen." "a.m." "3." keep their period when the word is a known abbreviation or an initialism. */
function keepsPeriod(word: string): boolean {
  const w = word.slice(0, -1);
  if (!w) return false;
  if (/^(\p{L}\.)+\p{L}$/u.test(w)) return true; // U.S, e.g
  if (/^\p{Lu}$/u.test(w)) return true; // initial "J."
  const lower = w.toLowerCase();
  // Abbreviations that are also words ("sat.", "no.", "sun.") count only when capitalized ("Sat.", "No.").
  if (WORD_LIKE.has(lower)) return /^\p{Lu}/u.test(w);
  return ABBREVIATIONS.has(lower);
}

const CLITIC = /^(.+?)(['\u2019](?:s|S|d|D|ll|LL|re|RE|ve|VE|m|M))$/u;
/** A clitic written apart from its word, possibly followed by punctuation (not by a quote). */
const SPACED_CLITIC = /^['\u2019](?:s|d|ll|re|ve|m)(?=[.,;:!?)\]]*$)/iu;
const NEG = /^(.+?)(n['\u2019]t)$/iu;

function splitWord(word: string, start: number, out: Token[]): void {
  if (!word) return;
  const neg = NEG.exec(word);
  if (neg && neg[1]!.length > 0) {
    push(out, neg[1]!, start);
    push(out, neg[2]!, start + neg[1]!.length);
    return;
  }
  const cl = CLITIC.exec(word);
  if (cl && /\p{L}|\d/u.test(cl[1]!)) {
    push(out, cl[1]!, start);
    push(out, cl[2]!, start + cl[1]!.length);
    return;
  }
  // "3%" -> "3" "%", as the treebanks write it.
  const percent = /^([+-]?\d[\d.,]*)%$/.exec(word);
  if (percent) {
    push(out, percent[1]!, start);
    push(out, "%", start + percent[1]!.length);
    return;
  }
  // "$63.90" -> "$" "63.90", as the treebanks write it.
  const money = /^([$€£¥])(\d[\d.,]*)$/u.exec(word);
  if (money) {
    push(out, money[1]!, start);
    push(out, money[2]!, start + money[1]!.length);
    return;
  }
  // A slash between words separates them ("Israel/Gaza"), but not in numbers or URLs.
  if (/^\p{L}+\/\p{L}+$/u.test(word) && !/^https?:/i.test(word)) {
    const i = word.indexOf("/");
    push(out, word.slice(0, i), start);
    push(out, "/", start + i);
    push(out, word.slice(i + 1), start + i + 1);
    return;
  }
  push(out, word, start);
}

/** Splits a text into sentences: at line breaks, and after ., ! or ? followed by a likely sentence start. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const lineRe = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = lineRe.exec(text))) {
    const tokens = tokenize(m[0], m.index);
    let begin = datelineEnd(tokens);
    if (begin > 0) addSentence(text, tokens.slice(0, begin), sentences, true);
    for (let i = 0; i < tokens.length; i++) {
      if (!endsSentence(tokens, i)) continue;
      // Closing quotes and brackets after the final mark stay with this sentence; a straight quote
      // with a space before it and none after it opens the next one ('mark. "I am …').
      let j = i + 1;
      while (j < tokens.length && /^[)"'\]\u201d\u2019]$/u.test(tokens[j]!.text) && !opensQuote(tokens, j)) j++;
      if (j >= tokens.length) break;
      if (!startsSentence(tokens[j]!)) continue;
      addSentence(text, tokens.slice(begin, j), sentences);
      begin = j;
      i = j - 1;
    }
    if (begin < tokens.length) addSentence(text, tokens.slice(begin), sentences);
  }
  return sentences;
}

/**
 * "CAIRO —", "Paris, France (Reuters) -", "SEOUL, March 14 (Reuters) -": a dateline before the first
 * sentence is a segment of its own. Returns its token count.
 */
function datelineEnd(tokens: readonly Token[]): number {
  for (let i = 1; i < Math.min(tokens.length - 1, 13); i++) {
    const t = tokens[i]!.text;
    if (!/^([\u2014\u2013-]|--)$/u.test(t)) continue;
    const head = tokens.slice(0, i);
    // Capitalized words, commas and brackets; numbers only in the date after the place.
    if (!head.every((x, k) => /^(\p{Lu}[\p{L}.'\u2019-]*|,|\(|\))$/u.test(x.text) || (k > 1 && /^\d{1,4}$/.test(x.text)))) return 0;
    // Not a sentence that opens with a name and a dash ("The Avocado Commission -- which …").
    if (/^(The|A|An|This|That)$/.test(head[0]!.text) || /^\p{Ll}/u.test(tokens[i + 1]!.text)) return 0;
    return i + 1;
  }
  return 0;
}

function endsSentence(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!.text;
  if (t === "." || t === "!" || t === "?" || t === "..." || t === "\u2026") return true;
  // A token that kept its period ("U.S.") ends a sentence only if it is no title and the next word clearly starts one.
  if (t.length > 1 && t.endsWith(".") && !TITLE_ABBREVIATIONS.has(t.slice(0, -1).toLowerCase()) && !/^\p{Lu}\.$/u.test(t)) {
    const next = tokens[i + 1];
    return next !== undefined && /^(The|A|An|In|On|He|She|It|They|We|But|And|This|That|These|Those|There|I)$/.test(next.text);
  }
  return false;
}

/** Whether the straight quote at j opens a quotation: spaced from the word before it, attached to the one after it. */
function opensQuote(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  if (t.text !== '"' && t.text !== "'") return false;
  const next = tokens[j + 1];
  return j > 0 && t.start > tokens[j - 1]!.end && next !== undefined && next.start === t.end;
}

function startsSentence(t: Token): boolean {
  return /^[\p{Lu}\d"'\u201c\u2018(\[]/u.test(t.text) || !/^\p{Ll}/u.test(t.text);
}

function addSentence(text: string, tokens: Token[], out: Sentence[], dateline = false): void {
  if (tokens.length === 0) return;
  const start = tokens[0]!.start;
  const end = tokens[tokens.length - 1]!.end;
  out.push({ index: out.length, start, end, text: text.slice(start, end), tokens, ...(dateline ? { dateline: true as const } : {}) });
}
