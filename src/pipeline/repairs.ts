// Corrections of the models' output by general rules, as pure functions over labels, tags and trees:
// names the recognizer broke at a particle, words inside names or ending a role phrase the tagger
// misread, a noun the parser made a second subject, a name hung on a time phrase. Each is measured on
// the development sets before it is kept (see the commit messages).
import { BECOME_VERBS, CALENDAR_NAMES, KIND_NOUNS, ORGANIZATION_HEADS, ORGANIZATION_NOUNS, PERSON_NOUNS, TITLE_WORDS, isObjectControlVerb } from "./lexicon.js";

/** Common nouns for an organization ("group", "company", "broadcaster"). */
const ORGANIZATION_KIND_NOUNS = new Set([...ORGANIZATION_NOUNS, ...[...KIND_NOUNS].filter(([, k]) => k === "Organization").map(([w]) => w), "body", "coalition", "alliance", "association", "organization"]);

/**
 * A tree's heads and labels (heads changed in place) with a noun the parser made a second subject of a
 * verb attached to the subject right after it, as its compound: in "Education Secretary Jane Roe
 * said", "Education" modifies "Secretary"; in "Latchford viaduct was opened", "Latchford" modifies
 * "viaduct". Only when the first ends where the second begins (no punctuation between), and both are nouns.
 */
export function joinDoubleSubjects(heads: number[], deprels: string[], upos: readonly string[]): string[] {
  const out = [...deprels];
  const n = heads.length;
  const lo = heads.map((_, i) => i);
  const hi = heads.map((_, i) => i);
  for (let i = 0; i < n; i++) {
    if (upos[i] === "PUNCT") continue; // a comma between the two keeps them apart
    // Widen each ancestor's span by i (trees are acyclic; the step bound guards bad input).
    for (let h = heads[i]!, steps = 0; h >= 0 && steps < n; h = heads[h]!, steps++) {
      if (i < lo[h]!) lo[h] = i;
      if (i > hi[h]!) hi[h] = i;
    }
  }
  const subjects = new Map<number, number[]>();
  heads.forEach((h, i) => {
    if (h >= 0 && /^nsubj/.test(out[i]!)) subjects.set(h, [...(subjects.get(h) ?? []), i]);
  });
  for (const [v, of] of subjects) {
    if (of.length !== 2) continue;
    const [a, b] = of as [number, number];
    if (b > v || hi[a]! + 1 !== lo[b]! || upos[lo[b]!] === "PUNCT" || !/^(NOUN|PROPN)$/.test(upos[a]!) || !/^(NOUN|PROPN)$/.test(upos[b]!)) continue;
    heads[a] = b;
    out[a] = "compound";
  }
  return out;
}

const TIME_NOUNS = new Set("day week weekend month year night morning afternoon evening season summer winter spring autumn fall decade quarter".split(" "));
const TIME_MODIFIERS = new Set("next last this every coming past".split(" "));

/**
 * A tree's heads and labels (heads changed in place) with a name the parser hung on a time phrase
 * after it made the verb's object: in "would visit Seoul next month", "Seoul" is what is visited,
 * not a modifier of "month". Only for a verb without an object.
 */
export function detachNamesFromTimes(heads: number[], deprels: string[], words: readonly string[], upos: readonly string[]): string[] {
  const out = [...deprels];
  for (let c = 0; c < heads.length; c++) {
    const m = heads[c]!;
    if (m < 0 || out[c] !== "compound" || upos[c] !== "PROPN" || !TIME_NOUNS.has(words[m]!.toLowerCase())) continue;
    const v = heads[m]!;
    const modifier = heads.some((h, d) => h === m && c < d && d < m && TIME_MODIFIERS.has(words[d]!.toLowerCase()));
    if (!modifier || v < 0 || upos[v] !== "VERB" || !/^(obl|nmod|obj)/.test(out[m]!)) continue;
    if (heads.some((h, d) => h === v && d !== m && /^obj/.test(out[d]!))) continue;
    heads[c] = v;
    out[c] = "obj";
    if (out[m] === "obj") out[m] = "obl:tmod";
  }
  return out;
}

/**
 * Labels (changed in place) for an infinitive the parser labelled an oblique: in "came from behind to
 * beat Arsenal", "to beat …" is a clause of purpose or result (advcl), which UD never calls obl (an
 * oblique is a noun phrase).
 */
export function infinitiveObliques(heads: readonly number[], deprels: string[], words: readonly string[], xpos: readonly string[]): void {
  for (let v = 0; v < heads.length; v++) {
    if (deprels[v] === "obl" && xpos[v] === "VB" && heads[v]! >= 0 && /^VB/.test(xpos[heads[v]!]!) && heads.some((h, i) => h === v && i < v && deprels[i] === "mark" && /^to$/i.test(words[i]!))) deprels[v] = "advcl";
  }
}

/**
 * Labels (changed in place) for a verb's object that has a preposition of its own: in "grew 0.4%,
 * according to Statistics Canada", "Statistics Canada" is an oblique (UD never gives an object a
 * case marker), not what grew. Only for a preposition before the noun, and not one of comparison.
 */
export function casedObjects(heads: readonly number[], deprels: string[], words: readonly string[], upos: readonly string[]): void {
  // ("than" and "as" compare an amount, which may well be the object: "lost less than a third", "hired as many as 50".)
  const marks = (i: number, o: number) => heads[i] === o && i < o && deprels[i] === "case" && (upos[i] === "ADP" || upos[i] === "VERB") && !/^(than|as)$/i.test(words[i]!);
  for (let o = 0; o < heads.length; o++) {
    if ((deprels[o] !== "obj" && deprels[o] !== "iobj") || !heads.some((h, i) => marks(i, o))) continue;
    deprels[o] = "obl";
  }
}

/**
 * Heads and labels (changed in place) for a noun phrase the parser split at an adjective: in "won
 * Sunday's snap parliamentary election", "snap" modifies "election" (compound), which is the object,
 * not a complement of "won". Only for a singular common noun that is a verb's object and a common
 * noun with nothing before it but adjectives (right after the object), labelled a complement or a
 * second object of the same verb.
 */
export function splitNounPhrases(heads: number[], deprels: string[], words: readonly string[], upos: readonly string[], xpos: readonly string[]): void {
  for (let o = 0; o < heads.length; o++) {
    const v = heads[o]!;
    // (An adjective after "something" or "nobody" is its own: "want something cheap".)
    if (v < 0 || deprels[o] !== "obj" || xpos[o] !== "NN" || /^(some|any|no|every)(thing|body|one)$/i.test(words[o]!) || !/^VB/.test(xpos[v]!) || heads.some((h, i) => h === o && i > o)) continue;
    let x = o + 1;
    while (x < heads.length && upos[x] === "ADJ" && heads[x]! > x) x++;
    if (x === o + 1 || x >= heads.length || heads[x] !== v || !/^(xcomp|obj)$/.test(deprels[x]!) || upos[x] !== "NOUN") continue;
    if (heads.some((h, i) => h === x && i < o)) continue;
    for (let i = 0; i < o; i++) if (heads[i] === o) heads[i] = x;
    for (let i = o + 1; i < x; i++) heads[i] = x;
    heads[o] = x;
    deprels[o] = "compound";
    deprels[x] = "obj";
  }
}

/** A game's score ("2-1", "3–0"). */
const SCORE = /^\d{1,3}[-–]\d{1,3}$/;

/**
 * Heads and labels (changed in place) for a game's score after a verb's object: in "Liverpool beat
 * Arsenal 2-1 at Anfield" the score (and a place or time after it) says how the game ended, an
 * adverbial of "beat" (obl:npmod), not its object nor part of the name; an indirect object the parser
 * then left without an object is the object ("beat Arsenal 2-1", parsed as giving Arsenal a 2-1).
 */
export function scoresAfterObjects(heads: number[], deprels: string[], words: readonly string[], xpos: readonly string[]): void {
  for (let k = 1; k < heads.length; k++) {
    if (!SCORE.test(words[k]!)) continue;
    let o = heads[k]!;
    if (o < 0) continue;
    const verb = /^VB/.test(xpos[o]!) ? o : heads[o]!;
    if (verb < 0 || !/^VB/.test(xpos[verb]!) || verb > k) continue;
    if (o !== verb && !/^(obj|iobj)$/.test(deprels[o]!)) continue;
    o = o === verb ? heads.findIndex((h, i) => h === verb && i < k && /^(obj|iobj)$/.test(deprels[i]!)) : o;
    // (Right after the object's phrase, and not itself a phrase: "a 2-0 lead", "rose to 92-14".)
    if (o < 0 || o > k || subtreeEnd(heads, o) < k - 1 || heads.some((h, i) => h === k && deprels[i] === "case")) continue;
    heads[k] = verb;
    deprels[k] = "obl:npmod";
    for (let i = k + 1; i < heads.length; i++) if (heads[i] === o && /^(nmod|obl)/.test(deprels[i]!)) {
      heads[i] = verb;
      deprels[i] = "obl";
    }
    if (deprels[o] === "iobj" && !heads.some((h, i) => h === verb && deprels[i] === "obj")) deprels[o] = "obj";
  }
}

/**
 * Heads and labels (changed in place) for the end of a period the parser hung on the verb: in "rose
 * to $35.1 billion in the three months to October", "to October" says when the months end (nmod of
 * "months"), not where revenue rose. Only for "to", "through" or "until" and a month, weekday or
 * year right after a phrase headed by a plural time noun ("months", "weeks") or "year", "quarter".
 */
export function periodEnds(heads: number[], deprels: string[], words: readonly string[]): void {
  for (let o = 2; o < heads.length; o++) {
    const v = heads[o]!;
    if (v < 0 || v > o || !/^obl/.test(deprels[o]!) || !(CALENDAR_NAMES.test(words[o]!) || /^(19|20)\d\d$/.test(words[o]!))) continue;
    const c = o - 1;
    if (heads[c] !== o || deprels[c] !== "case" || !/^(to|through|until|till)$/i.test(words[c]!)) continue;
    const n = c - 1;
    const noun = words[n]!.toLowerCase();
    const period = (noun.endsWith("s") && TIME_NOUNS.has(noun.slice(0, -1))) || noun === "year" || noun === "quarter" || noun === "period";
    if (!period || !isUnder(heads, n, v)) continue;
    heads[o] = n;
    deprels[o] = "nmod";
  }
}

/**
 * Heads and labels (changed in place) for a time phrase the parser hung on the verb's object: in
 * "approved the bill last week", "last week" says when the approving was (obl:unmarked of the verb),
 * not which bill. Only for a time noun with "last", "next", "this" … right after the object's words.
 */
export function timesAfterObjects(heads: number[], deprels: string[], words: readonly string[]): void {
  for (let t = 0; t < heads.length; t++) {
    const o = heads[t]!;
    if (o < 0 || !/^nmod:(unmarked|tmod)$/.test(deprels[t]!) || deprels[o] !== "obj" || !TIME_NOUNS.has(words[t]!.toLowerCase())) continue;
    const v = heads[o]!;
    const modifiers = heads.flatMap((h, d) => (h === t && d < t ? [d] : []));
    if (v < 0 || modifiers.length !== 1 || modifiers[0] !== t - 1 || !TIME_MODIFIERS.has(words[t - 1]!.toLowerCase())) continue;
    if (t < o || subtreeEnd(heads, o) !== subtreeEnd(heads, t)) continue;
    heads[t] = v;
    deprels[t] = "obl:unmarked";
  }
}

const DAYS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/**
 * Heads and labels (changed in place) for the time between a subject and its verb: in "The Commission
 * on Wednesday fined Apple", "on Wednesday" says when the fine was, not which commission (obl of the
 * verb). Only for a phrase headed by a weekday, month, "today" or "yesterday" right before the verb.
 */
export function timesBeforeVerbs(heads: number[], deprels: string[], words: readonly string[]): void {
  for (let d = 0; d < heads.length; d++) {
    const n = heads[d]!;
    if (n < 0 || n > d || deprels[d] !== "nmod" || !DAYS.test(words[d]!) || !/^nsubj/.test(deprels[n]!)) continue;
    const v = heads[n]!;
    if (v <= d || !heads.every((h, i) => i <= d || i >= v || isUnder(heads, i, d))) continue;
    heads[d] = v;
    deprels[d] = "obl";
  }
}

/**
 * Heads and labels (changed in place) for a time the parser made a compound of the noun after a comma:
 * in "Gunmen abducted 30 students early on Friday, police said", "on Friday" ends the report ("abducted",
 * the verb above the word before it), not a name for the police.
 */
export function timesBeforeCommas(heads: number[], deprels: string[], words: readonly string[], upos: readonly string[]): void {
  for (let d = 1; d < heads.length; d++) {
    const n = heads[d]!;
    if (deprels[d] !== "compound" || n <= d + 1 || !DAYS.test(words[d]!) || words[d + 1] !== ",") continue;
    let u = subtreeStart(heads, d) - 1;
    while (u >= 0 && upos[u] !== "VERB") u = heads[u]!;
    if (u < 0 || isUnder(heads, u, n)) continue;
    heads[d] = u;
    deprels[d] = "obl";
  }
}

/** Lowercase words inside names from many languages: "Lula da Silva", "Rio Grande do Sul", "Ludwig van Beethoven". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set("da de do dos das del della di du des van von der den ter bin ibn al la le y".split(" "));

/** A word opening with an Arabic article or patronymic, hyphened to a capitalized word ("al-Sham", "el-Sisi", "bin-Salman"). */
const ARABIC_ARTICLE = /^(al|el|ad|ash|as|at|az|ar|an|bin|ibn|abu)-\p{Lu}/u;

/**
 * Entity labels (BIO) with a name that the recognizer broke at its particles made whole: in "Rio
 * Grande do Sul" labelled B-LOC I-LOC O B-LOC (or O O), the particle and the capitalized words after
 * it that are no common words join the first name.
 */
export function joinNameParticles(words: readonly string[], labels: readonly string[], isCommonWord: (word: string) => boolean = () => false): string[] {
  const out = [...labels];
  for (let i = 1; i < words.length; i++) {
    // An Arabic article joined to the name's word: "Hayat Tahrir al-Sham", "Bashar al-Assad" (CoNLL-2003
    // train: 7 such words right after a name continue it, none is outside it).
    if (out[i] === "O" && out[i - 1] !== "O" && ARABIC_ARTICLE.test(words[i]!)) {
      out[i] = `I-${out[i - 1]!.slice(2)}`;
      continue;
    }
    if (out[i] !== "O" || out[i - 1] === "O" || !NAME_PARTICLES.has(words[i]!)) continue;
    let j = i;
    while (j < words.length && j - i < 2 && out[j] === "O" && NAME_PARTICLES.has(words[j]!)) j++;
    if (j >= words.length || !/^\p{Lu}/u.test(words[j]!) || (out[j] === "O" && isCommonWord(words[j]!))) continue;
    const type = out[i - 1]!.slice(2);
    for (let k = i; k < j; k++) out[k] = `I-${type}`;
    // The rest of the name: the next name, or capitalized words the recognizer left out.
    const named = out[j] !== "O";
    for (let k = j; k < words.length; k++) {
      if (named ? out[k] === "O" || (k > j && out[k]!.startsWith("B-")) : out[k] !== "O" || !/^\p{Lu}/u.test(words[k]!) || isCommonWord(words[k]!)) break;
      out[k] = `I-${type}`;
    }
  }
  return out;
}

/** Words that open a noun phrase before a name, never inside one. */
const NAME_OPENERS: ReadonlySet<string> = new Set("the a an this that these those its their his her our my your".split(" "));

/**
 * Entity labels (BIO) with an organization's name that the recognizer broke at its "and" made whole:
 * in "the Ethics and Anti-Corruption Commission" labelled O B-MISC O B-ORG I-ORG, the capitalized
 * common words before "and" belong to the name after it when that name ends in an organization's head
 * word ("commission", "forum", "council"). Not across a name that is no common word ("Procter and
 * Gamble Co" stays as the recognizer read it), and not at a sentence's start, where any word is capitalized.
 */
export function joinCoordinatedNames(words: readonly string[], labels: readonly string[], isCommonWord: (word: string) => boolean = () => false): string[] {
  const out = [...labels];
  for (let i = 2; i < words.length - 1; i++) {
    if (words[i] !== "and" || out[i] !== "O" || out[i + 1] !== "B-ORG") continue;
    let e = i + 2;
    while (e < words.length && out[e] === "I-ORG") e++;
    if (e - i < 3 || !ORGANIZATION_HEADS.has(words[e - 1]!.toLowerCase())) continue;
    let b = i;
    while (b > 1 && i - b < 3 && /^\p{Lu}\p{Ll}/u.test(words[b - 1]!) && !NAME_OPENERS.has(words[b - 1]!.toLowerCase()) && isCommonWord(words[b - 1]!) && /^(O|[BI]-(ORG|MISC))$/.test(out[b - 1]!)) b--;
    if (b === i) continue;
    // A name the common words end ("Acme Fire and Rescue Service") joins whole.
    while (b > 0 && out[b]!.startsWith("I-") && out[b - 1]!.slice(2) === out[b]!.slice(2)) b--;
    if (/^\p{Lu}/u.test(words[b - 1]!) && !NAME_OPENERS.has(words[b - 1]!.toLowerCase()) && !out[b]!.startsWith("B-")) continue;
    out[b] = "B-ORG";
    for (let k = b + 1; k < e; k++) out[k] = "I-ORG";
  }
  return out;
}

/**
 * Entity labels (changed in place) without a one-word name on a participle opening the sentence
 * before a preposition: "Born in Chicago in 1933, Jones …" names no place "Born", even if a gazetteer
 * knows one ("Reading beat Bristol" keeps its club). Only for a common word the tagger read as a participle.
 */
export function openingParticiplesAsNoNames(words: readonly string[], labels: string[], upos: readonly string[], xpos: readonly string[], isCommonWord: (word: string) => boolean): void {
  if (/^B-/.test(labels[0] ?? "") && !/^I-/.test(labels[1] ?? "") && /^VB[NG]$/.test(xpos[0] ?? "") && upos[1] === "ADP" && isCommonWord(words[0]!)) labels[0] = "O";
}

/**
 * Tags (changed in place) with the words of person, organization and place names (`labels`, BIO)
 * parsed as proper nouns where the tagger read a capitalized one as a verb ("Boeing on Wednesday
 * named …"), a capitalized word of a person's name as anything ("Christian Norgaard" read as an
 * adjective and a name), an acronym read as a pronoun ("WHO"), or a particle inside a name as
 * anything ("Lula da Silva").
 */
export function namesAsProperNouns(words: readonly string[], labels: readonly string[], upos: string[], xpos: string[]): void {
  labels.forEach((label, i) => {
    const capital = /^\p{Lu}/u.test(words[i]!);
    const person = /^[BI]-PER$/.test(label) && capital && upos[i] !== "PROPN" && upos[i] !== "PUNCT";
    // (A one-word Misc name too, unless it is a hyphened modifier: "Boeing factory workers", not
    // "London-based"; not a word of a title's, which is rather a verb: "I've Just Got to Forget You".)
    const misc = label === "B-MISC" && labels[i + 1] !== "I-MISC" && !words[i]!.includes("-");
    // (An acronym read as a pronoun too: "WHO warns of …".)
    const acronym = /^[BI]-(ORG|LOC)$/.test(label) && upos[i] === "PRON" && /^\p{Lu}{2,}$/u.test(words[i]!);
    if (person || acronym || ((/^[BI]-(PER|ORG|LOC)$/.test(label) || misc) && ((xpos[i]!.startsWith("VB") && capital) || (label.startsWith("I-") && NAME_PARTICLES.has(words[i]!))))) {
      upos[i] = "PROPN";
      xpos[i] = "NNP";
    }
  });
}

/**
 * Tags (changed in place) with a role word the tagger read as an adjective made a noun where its
 * phrase ends (a determiner or modifier before it, punctuation, a verb, a preposition or the name it titles after):
 * "Boeing's chief executive, Kelly Ortberg, said", "IAG chief executive Luis Gallego".
 */
export function roleWordsAsNouns(words: readonly string[], upos: string[], xpos: string[], canBeNoun: (word: string) => boolean): void {
  words.forEach((w, i) => {
    const lower = w.toLowerCase();
    if (upos[i] !== "ADJ" || !TITLE_WORDS.has(lower) || lower === "general" || !canBeNoun(lower)) return;
    if (!/^(DET|ADJ|PART|PROPN)$/.test(upos[i - 1] ?? "") || !/^(PUNCT|VERB|AUX|PROPN|ADP|undefined)$/.test(String(upos[i + 1]))) return;
    upos[i] = "NOUN";
    xpos[i] = "NN";
  });
}

/**
 * Tags (changed in place) with an adjective that ends a prepositional or object phrase after "the"
 * made a noun when it can be one, before a preposition of its own: "beating Dortmund in the final at
 * Wembley", "reached the final of the cup" (read as an adjective, it was hung on the noun after the
 * preposition). Not before "than", "as" or "to", which an adjective takes.
 */
export function adjectivesAsNounsBeforePrepositions(words: readonly string[], upos: string[], xpos: string[], canBeNoun: (word: string) => boolean): void {
  for (let i = 2; i + 1 < words.length; i++) {
    if (xpos[i] !== "JJ" || !/^\p{Ll}+$/u.test(words[i]!) || !/^the$/i.test(words[i - 1]!) || !/^(ADP|VERB)$/.test(upos[i - 2]!)) continue;
    if (xpos[i + 1] !== "IN" || /^(than|as|to|that)$/i.test(words[i + 1]!) || !canBeNoun(words[i]!)) continue;
    upos[i] = "NOUN";
    xpos[i] = "NN";
  }
}

/**
 * Tags (changed in place) with a lowercase word the tagger read as a proper noun, outside any name
 * the recognizer found, made a common noun when it can be one: "The England captain, who joined …"
 * (capitals around it mislead the tagger; news spells its names with capitals).
 */
export function lowercaseCommonNouns(words: readonly string[], labels: readonly string[] | undefined, upos: string[], xpos: string[], canBeNoun: (word: string) => boolean): void {
  words.forEach((w, i) => {
    if (upos[i] !== "PROPN" || (labels?.[i] ?? "O") !== "O" || !/^\p{Ll}[\p{Ll}-]*$/u.test(w)) return;
    const plural = xpos[i] === "NNPS" || (/[^s]s$/.test(w) && !canBeNoun(w) && canBeNoun(w.slice(0, -1)));
    if (!canBeNoun(plural ? w.slice(0, -1) : w)) return;
    upos[i] = "NOUN";
    xpos[i] = plural ? "NNS" : "NN";
  });
}

/**
 * Tags (changed in place) with an adjective that ends a determiner's phrase of names made a noun,
 * when it can be one: in "reach the Champions League final for the 18th time", "final" is the noun
 * the names modify (no adjective stands between a name and a preposition there).
 */
export function nounsAfterNames(words: readonly string[], upos: string[], xpos: string[], canBeNoun: (word: string) => boolean): void {
  for (let i = 2; i < words.length; i++) {
    if (upos[i] !== "ADJ" || !/^\p{Ll}+$/u.test(words[i]!) || upos[i - 1] !== "PROPN" || !canBeNoun(words[i]!)) continue;
    if (i + 1 < words.length && upos[i + 1] !== "ADP" && upos[i + 1] !== "PUNCT") continue;
    let k = i - 1;
    while (k > 0 && upos[k] === "PROPN") k--;
    if (!/^(the|a|an)$/i.test(words[k]!)) continue;
    upos[i] = "NOUN";
    xpos[i] = "NN";
  }
}

/**
 * Tags (changed in place) with a participle in -ing before a title and a name made an adjective: in
 * "beat defending champion Carlos Alcaraz", "outgoing president Jane Roe", the participle describes
 * the title (which a verb's object would not be without its determiner).
 */
export function participlesBeforeTitles(words: readonly string[], upos: string[], xpos: string[]): void {
  for (let i = 0; i + 2 < words.length; i++) {
    if (xpos[i] !== "VBG" || !/^\p{Ll}+ing$/u.test(words[i]!)) continue;
    const title = words[i + 1]!;
    if (!/^\p{Ll}/u.test(title) || !(TITLE_WORDS.has(title) || PERSON_NOUNS.has(title)) || !/^\p{Lu}/u.test(words[i + 2]!) || upos[i + 2] !== "PROPN") continue;
    upos[i] = "ADJ";
    xpos[i] = "JJ";
  }
}

/**
 * Tags (changed in place) with a verb's base form opening a sentence before a plural noun made a noun
 * when a finite verb follows: in "Flash floods in eastern Spain have killed 205 people", "Flash" is no
 * imperative but what kind of floods (UD EWT train: 2 of ~200 such words are VB; the rest modify the
 * noun). So is a present tense there ("Measles cases in Europe rose": no such word in UD EWT train is
 * one). Not in a sentence with a quote or a relative clause, where an imperative may open one.
 */
export function nounsOpeningSentences(words: readonly string[], upos: string[], xpos: string[]): void {
  if (words.length < 4 || (xpos[0] !== "VB" && xpos[0] !== "VBZ") || xpos[1] !== "NNS" || !/^\p{Lu}\p{Ll}+$/u.test(words[0]!)) return;
  if (words.some((w) => /^(["\u201c\u201d]|``|''|that|which|who)$/i.test(w))) return;
  if (!xpos.slice(2).some((x) => /^(VBD|VBZ|VBP|MD)$/.test(x))) return;
  upos[0] = "NOUN";
  xpos[0] = "NN";
}

/** Verbs that take no object, whose -ing form before a noun can only describe it ("rising prices"). */
const INTRANSITIVE_GERUNDS = new Set("rising falling soaring surging plunging declining dwindling mounting dying ageing aging emerging looming".split(" "));

/**
 * Tags (changed in place) with the -ing form of a verb that takes no object made an adjective before
 * a noun: in "warns of rising measles cases", "rising" describes the cases (nothing can be risen).
 */
export function intransitiveGerundsBeforeNouns(words: readonly string[], upos: string[], xpos: string[]): void {
  for (let i = 0; i + 1 < words.length; i++) {
    if (xpos[i] !== "VBG" || !INTRANSITIVE_GERUNDS.has(words[i]!.toLowerCase())) continue;
    let j = i + 1;
    while (j < words.length && upos[j] === "ADJ") j++;
    if (upos[j] !== "NOUN") continue;
    upos[i] = "ADJ";
    xpos[i] = "JJ";
  }
}

/**
 * Tags (changed in place) with a participle right after a verb that is no auxiliary made an adjective
 * when a noun (after adjectives only) follows it: in "NASA delays crewed lunar mission", "sells frozen
 * meals", the participle describes the object (a verb's participle after it would need "have" or "be").
 */
export function participlesBeforeObjects(words: readonly string[], upos: string[], xpos: string[]): void {
  for (let i = 1; i + 1 < words.length; i++) {
    if (xpos[i] !== "VBN" || upos[i - 1] !== "VERB" || !/^VB[DZP]$/.test(xpos[i - 1]!) || !/^\p{Ll}+ed$/u.test(words[i]!)) continue;
    if (/^(ha[sd]|have|get|gets|got|is|are|was|were|became|becomes|seemed|seems|looked|looks|felt|feels|remained|remains|stayed|stays|kept|keeps)$/i.test(words[i - 1]!)) continue;
    let j = i + 1;
    while (j < words.length && upos[j] === "ADJ") j++;
    if (upos[j] !== "NOUN" || (j + 1 < words.length && upos[j + 1] === "NOUN" && j === i + 1)) continue;
    upos[i] = "ADJ";
    xpos[i] = "JJ";
  }
}

/**
 * Tags (changed in place) with a verb whose participle is spelled as its noun read as that noun right
 * after "has", "have" or "had" and before an amount: in "The program has cost more than $90 billion",
 * "cost" is the participle ("has cost" a perfect; a noun there would take a determiner first).
 */
export function participlesAfterHave(words: readonly string[], upos: string[], xpos: string[], canBeBaseVerb: (word: string) => boolean): void {
  for (let i = 1; i + 1 < words.length; i++) {
    if (xpos[i] !== "NN" || !/^(has|have|had)$/i.test(words[i - 1]!) || !/^(cost|hit|cut|set|put|spread|hurt|shut|quit|split|cast|forecast|broadcast|upset|bet|let)$/i.test(words[i]!)) continue;
    if (!/^(more|less|about|nearly|almost|roughly|some|at|over|up|\$|\p{N}.*)$/u.test(words[i + 1]!) && !/^(DET|PRON|PROPN|NUM)$/.test(upos[i + 1]!)) continue;
    if (!canBeBaseVerb(words[i]!)) continue;
    upos[i - 1] = "AUX";
    upos[i] = "VERB";
    xpos[i] = "VBN";
  }
}

/**
 * Tags (changed in place) with a word in -ing after a preposition made a noun when a determiner, a
 * name, a pronoun or a number follows: in "after meeting King Charles", "meeting" is a gerund with
 * an object (UD EWT train: 310 of 315 such words are VBG; a noun would take a determiner itself).
 */
export function gerundsAfterPrepositions(words: readonly string[], upos: string[], xpos: string[]): void {
  for (let i = 1; i + 1 < words.length; i++) {
    if (xpos[i] !== "NN" || !/^\p{Ll}+ing$/u.test(words[i]!) || /thing$/.test(words[i]!)) continue;
    if (upos[i - 1] !== "ADP" && upos[i - 1] !== "SCONJ") continue;
    // (Not before a subject's pronoun: "said in training they were taught …".)
    if (!/^(DET|PROPN|PRON|NUM)$/.test(upos[i + 1]!) || /^(that|which|what|who|i|he|she|we|they)$/i.test(words[i + 1]!)) continue;
    upos[i] = "VERB";
    xpos[i] = "VBG";
  }
}

/**
 * Tags (changed in place) with "has", "have" or "had" read as an auxiliary before a noun phrase and
 * no participle: in "Salgado, 80, has Alzheimer's disease", "has" is the verb (UD EWT train: 768 of
 * 778 such words are verbs; the others ask or invert, with a participle after the noun phrase:
 * "Has Don provided the payment?", "so has its demand"). Not at the sentence's start or after a
 * wh-word or "so".
 */
export function haveBeforeNouns(words: readonly string[], upos: string[], xpos: string[]): void {
  for (let i = 1; i + 1 < words.length; i++) {
    if (upos[i] !== "AUX" || !/^(has|have|had)$/i.test(words[i]!)) continue;
    if (!/^(DET|PROPN|NOUN|NUM)$/.test(upos[i + 1]!) && xpos[i + 1] !== "PRP$") continue;
    if (/^(so|how|what|where|when|why|which|who|never|nor|neither)$/i.test(words[i - 1]!) || (upos[i - 1] === "PUNCT" && /^["'`(]/.test(words[i - 1]!))) continue;
    let j = i + 1;
    while (j < words.length && upos[j] !== "PUNCT" && upos[j] !== "VERB" && upos[j] !== "AUX") j++;
    if (j < words.length && (upos[j] === "VERB" || upos[j] === "AUX")) continue;
    upos[i] = "VERB";
  }
}

/**
 * Tags (changed in place) with the verb of a sentence that opens with a noun and a reduced passive
 * relative, read as a second participle: in "Wildfires fueled by strong winds destroyed hundreds of
 * homes", "destroyed" is the past tense (a passive participle takes no object). Only when no finite
 * verb comes before it, the "by" phrase holds nouns only, and a noun phrase follows.
 */
export function pastAfterReducedRelatives(words: readonly string[], upos: string[], xpos: string[]): void {
  const p = xpos.findIndex((x, i) => x === "VBN" && words[i + 1]?.toLowerCase() === "by");
  if (p < 1 || upos.slice(0, p).some((u) => /^(VERB|AUX|ADP|SCONJ|PRON)$/.test(u)) || !/^(NOUN|PROPN)$/.test(upos[p - 1]!)) return;
  let v = p + 2;
  while (v < words.length && (/^(DET|ADJ|NOUN|PROPN|NUM|CCONJ)$/.test(upos[v]!) || /^of$/i.test(words[v]!))) v++;
  if (v === p + 2 || v + 1 >= words.length || xpos[v] !== "VBN" || !/^\p{Ll}+ed$/u.test(words[v]!)) return;
  if (!/^(DET|NUM|NOUN|ADJ|PROPN)$/.test(upos[v + 1]!) || xpos[v + 1] === "PRP") return;
  upos[v] = "VERB";
  xpos[v] = "VBD";
}

/**
 * Tags (changed in place) with a present tense after "this" or "that" that the tagger read as a
 * plural noun: in "This changes how we plan missions", "this" is the subject (a determiner does not
 * go with a plural: UD EWT train has 3 determiners "this"/"that" before a plural noun in -s, and 287
 * before a present tense). Only for a word that can be a present tense, not before a verb
 * ("that changes were made" has its verb).
 */
export function presentVerbsAfterThis(words: readonly string[], upos: string[], xpos: string[], canBePresentVerb: (word: string) => boolean): void {
  for (let i = 1; i < words.length; i++) {
    if (xpos[i] !== "NNS" || xpos[i - 1] !== "DT" || !/^(this|that)$/i.test(words[i - 1]!) || !/^\p{Ll}+s$/u.test(words[i]!)) continue;
    if (/^(VERB|AUX)$/.test(upos[i + 1] ?? "") || !canBePresentVerb(words[i]!)) continue;
    upos[i - 1] = "PRON";
    upos[i] = "VERB";
    xpos[i] = "VBZ";
  }
}

/**
 * Tags (changed in place) with a singular noun in -s the tagger read as a present-tense verb: in
 * "said that debris from a downed drone had fallen", "debris" is no verb. Only a word the tagger's
 * lexicon knows as a singular noun and never as a present tense ("debris", "news", "series").
 */
export function nounsReadAsPresentVerbs(words: readonly string[], upos: string[], xpos: string[], lexicon: { canBeNoun: (w: string) => boolean; canBePresentVerb: (w: string) => boolean }): void {
  words.forEach((w, i) => {
    if (xpos[i] !== "VBZ" || !/^\p{Ll}+s$/u.test(w) || lexicon.canBePresentVerb(w) || !lexicon.canBeNoun(w)) return;
    upos[i] = "NOUN";
    xpos[i] = "NN";
  });
}

/**
 * Tags (changed in place) with a name's present-tense verb before an infinitive that the tagger read
 * as a plural noun: in "NASA plans to send astronauts to Mars", "plans" is the verb. Only for a word
 * in -s that can be a present tense, right after a proper noun with no determiner or possessive
 * before it (UD EWT train, a name, such a word and "to" with a verb's base form: 16 present tenses,
 * 4 plural nouns, none of which can be a verb).
 */
export function presentVerbsBeforeInfinitives(words: readonly string[], upos: string[], xpos: string[], canBePresentVerb: (word: string) => boolean): void {
  for (let i = 1; i + 2 < words.length; i++) {
    if (xpos[i] !== "NNS" || !/^\p{Ll}+s$/u.test(words[i]!) || upos[i - 1] !== "PROPN" || !/^to$/i.test(words[i + 1]!) || xpos[i + 2] !== "VB") continue;
    let k = i - 1;
    while (k > 0 && upos[k - 1] === "PROPN") k--;
    if (k > 0 && (/^(DET|PRON)$/.test(upos[k - 1]!) || xpos[k - 1] === "POS")) continue;
    if (!canBePresentVerb(words[i]!)) continue;
    upos[i] = "VERB";
    xpos[i] = "VBZ";
  }
}

/**
 * Tags (changed in place) with an infinitive's coordinated verb the tagger read as a noun: in "voted
 * to accept a new contract and end a strike", "end" is the second verb. Only for a word that can be
 * a verb's base form, right after a coordinating conjunction and before a determiner or possessive,
 * in a sentence with an earlier "to" and a verb's base form (UD EWT train, such a word there: 57
 * base forms, 1 singular noun).
 */
export function baseVerbsAfterConjunctions(words: readonly string[], upos: string[], xpos: string[], canBeBaseVerb: (word: string) => boolean): void {
  let infinitive = false;
  for (let i = 1; i + 1 < words.length; i++) {
    if (xpos[i] === "VB" && /^to$/i.test(words[i - 1]!)) infinitive = true;
    if (!infinitive || xpos[i] !== "NN" || upos[i - 1] !== "CCONJ" || !/^(DT|PRP\$)$/.test(xpos[i + 1]!)) continue;
    if (!/^\p{Ll}+$/u.test(words[i]!) || !canBeBaseVerb(words[i]!)) continue;
    upos[i] = "VERB";
    xpos[i] = "VB";
  }
}

/** Subordinating conjunctions and the prepositions that open clauses (UD EWT train's SCONJ words). */
const SUBORDINATORS = new Set(
  "that if as because for of before while after in with since like so on by to about whether although than though until from unless once without into at cause upon over till whilst whereas but then except when where whenever wherever lest".split(" "),
);

/**
 * Tags (changed in place) with a verb the tagger read as a subordinating conjunction made a verb: in
 * "Jannik Sinner of Italy beat defending champion Carlos Alcaraz", "beat" is no conjunction (it is
 * none of English's few), and after a noun it is the past tense or present tense it can be.
 */
export function verbsReadAsConjunctions(words: readonly string[], upos: string[], xpos: string[], canBeVerb: { past: (w: string) => boolean; present: (w: string) => boolean }): void {
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (upos[i] !== "SCONJ" || SUBORDINATORS.has(w.toLowerCase()) || !/^\p{Ll}+$/u.test(w) || !/^(NOUN|PROPN|PRON)$/.test(upos[i - 1]!)) continue;
    const tag = canBeVerb.past(w) ? "VBD" : canBeVerb.present(w) ? (/s$/.test(w) ? "VBZ" : "VBP") : undefined;
    if (!tag) continue;
    upos[i] = "VERB";
    xpos[i] = tag;
  }
}

/**
 * Tags (changed in place) with a plural noun after "and" or "or" and before "a", "an", "the" or a name made a
 * present-tense verb when the sentence has one before it and the word can be one (and one after a
 * determiner's singular noun, before "to" and a verb): in "The budget adds
 * 400 officers and funds a new program", "funds" is the second verb (UD EWT train: 15 of 16 such
 * words after a present tense are VBZ).
 */
export function presentVerbsAfterConjunctions(words: readonly string[], upos: string[], xpos: string[], canBePresentVerb: (word: string) => boolean): void {
  // "as the planemaker tries to fix": a plural noun between a determiner's singular noun and "to" with a
  // verb's base form is the present tense (UD EWT train: 20 of 22 such words are VBZ).
  for (let i = 2; i + 2 < words.length; i++) {
    if (xpos[i] !== "NNS" || xpos[i - 1] !== "NN" || !/^(DT|PRP\$|NNP)$/.test(xpos[i - 2]!) || !/^to$/i.test(words[i + 1]!) || xpos[i + 2] !== "VB") continue;
    if (!/^\p{Ll}+s$/u.test(words[i]!) || !canBePresentVerb(words[i]!)) continue;
    upos[i] = "VERB";
    xpos[i] = "VBZ";
  }
  for (let i = 2; i + 1 < words.length; i++) {
    if (xpos[i] !== "NNS" || !/^(and|or)$/i.test(words[i - 1]!) || !(/^(a|an|the)$/i.test(words[i + 1]!) || xpos[i + 1] === "NNP") || !/^\p{Ll}+s$/u.test(words[i]!)) continue;
    if (!xpos.slice(0, i - 1).includes("VBZ") || !canBePresentVerb(words[i]!)) continue;
    upos[i] = "VERB";
    xpos[i] = "VBZ";
  }
}

/**
 * Tags (changed in place) with a word in -ing between a noun and a finite auxiliary made a noun: in "a
 * wheel bearing had overheated", "bearing" ends the subject (UD EWT train tags 11 of 12 such words
 * NN: "arms smuggling is", "emergency funding was").
 */
export function gerundNounsBeforeAuxiliaries(words: readonly string[], upos: string[], xpos: string[]): void {
  words.forEach((w, i) => {
    if (xpos[i] !== "VBG" || !/ing$/i.test(w) || upos[i - 1] !== "NOUN" || upos[i + 1] !== "AUX" || !/^(VBD|VBZ|VBP|MD)$/.test(xpos[i + 1] ?? "")) return;
    upos[i] = "NOUN";
    xpos[i] = "NN";
  });
}

/**
 * Tags (changed in place) for "have more than doubled": "more than" / "less than" between a form of
 * "have" and a past participle modifies the participle (an adverb), and "have" is its auxiliary.
 */
export function comparativesBeforeParticiples(words: readonly string[], upos: string[], xpos: string[]): void {
  for (let i = 1; i + 2 < words.length; i++) {
    if (!/^(more|less)$/i.test(words[i]!) || !/^than$/i.test(words[i + 1]!) || xpos[i + 2] !== "VBN" || !/^(have|has|had|'ve)$/i.test(words[i - 1]!)) continue;
    upos[i - 1] = "AUX";
    upos[i] = "ADV";
    xpos[i] = "RBR";
    upos[i + 1] = "ADP";
    xpos[i + 1] = "IN";
  }
}

/** What the tagger's word knowledge says a word can be as a verb. */
export interface VerbForms {
  canBePresentVerb(word: string): boolean;
  canBePastVerb(word: string): boolean;
  canBeBaseVerb(word: string): boolean;
}

/**
 * Tags (changed in place) for "The lander, which cost 18 billion yen, …" tagged as a determiner and a
 * noun: after a comma "which" is a relative pronoun (all 120 times in UD EWT train), so a noun right
 * after it that can be a finite verb ("cost", "rose", "plans") is that verb.
 */
export function relativePronounsBeforeVerbs(words: readonly string[], upos: string[], xpos: string[], verbs: VerbForms): void {
  for (let i = 1; i + 1 < words.length; i++) {
    if (words[i - 1] !== "," || !/^which$/i.test(words[i]!) || upos[i] === "PRON" || upos[i + 1] !== "NOUN") continue;
    const w = words[i + 1]!;
    const tag = /s$/i.test(w) && verbs.canBePresentVerb(w) ? "VBZ" : verbs.canBePastVerb(w) ? "VBD" : !/s$/i.test(w) && verbs.canBeBaseVerb(w) ? "VBP" : undefined;
    if (!tag) continue;
    upos[i] = "PRON";
    xpos[i] = "WDT";
    upos[i + 1] = "VERB";
    xpos[i + 1] = tag;
  }
}

/** Verbs whose object may be the subject of what they report: "saying several of the measures were illegal". */
const REPORTING_VERBS = /^(say|says|said|saying|claim|claims|claimed|claiming|argue|argues|argued|arguing|insist|insists|insisted|insisting|believe|believes|believed|believing|think|thinks|thought|thinking|fear|fears|feared|fearing)$/i;

/**
 * Heads and labels (changed in place) for a reported clause without "that" that the parser broke into
 * an object and a clause under it: in "saying several of the measures were illegal", "several" is the
 * subject of "illegal", which is what was said (ccomp). Only when the clause has no subject and a
 * copula or an auxiliary (so it is finite), right after the object's phrase.
 */
export function reportedClauses(heads: number[], deprels: string[], words: readonly string[]): void {
  for (let v = 0; v < heads.length; v++) {
    if (!REPORTING_VERBS.test(words[v]!)) continue;
    const o = heads.findIndex((h, i) => h === v && i > v && deprels[i] === "obj");
    if (o < 0) continue;
    const finite = (i: number) => heads.some((h, k) => h === i && k < i && /^(cop|aux|aux:pass)$/.test(deprels[k]!));
    let p = heads.findIndex((h, i) => i > o && isUnder(heads, i, o) && /^(advcl|acl|acl:relcl|ccomp|parataxis)$/.test(deprels[i]!) && finite(i));
    if (p < 0) {
      // Or hung on the verb right after the object's phrase and its comma ("said inflation, which
      // eased in February, was still above the target": "was … target" as a conjunct of "said").
      const end = subtreeEnd(heads, o);
      p = heads.findIndex((h, i) => h === v && i > end && /^(conj|parataxis|advcl|ccomp)$/.test(deprels[i]!) && finite(i));
      const first = p >= 0 ? phraseStart(heads, words, p) : -1;
      if (first !== end + 1 && !(first === end + 2 && words[end + 1] === ",")) p = -1;
    }
    if (p < 0 || hasChild(heads, deprels, p, /^(nsubj|mark|cc)/)) continue;
    heads[p] = v;
    deprels[p] = "ccomp";
    heads[o] = p;
    deprels[o] = "nsubj";
  }
}

/**
 * Heads and labels (changed in place) for a reported clause without "that" whose subject is two
 * coordinated nouns, which the parser read as the verb's object and a second clause: in "Scientists
 * say climate change and the weather pattern have made rain more frequent", what they say is that
 * both have made it. Only when the second clause's subject follows the object's phrase right after
 * "and" or "or", is a singular noun, and its verb agrees with a plural ("have", "are", "were", a
 * plural present), which only the two subjects together make.
 */
export function coordinatedReportedSubjects(heads: number[], deprels: string[], words: readonly string[], xpos: readonly string[]): void {
  for (let v = 0; v < heads.length; v++) {
    if (!REPORTING_VERBS.test(words[v]!)) continue;
    const o = heads.findIndex((h, i) => h === v && i > v && deprels[i] === "obj");
    if (o < 0 || !/^NNP?$/.test(xpos[o]!)) continue;
    const cc = subtreeEnd(heads, o) + 1;
    if (!/^(and|or)$/i.test(words[cc] ?? "")) continue;
    const c = heads[cc]!;
    if (c <= cc || heads[c] !== v || deprels[c] !== "conj") continue;
    const s = heads.findIndex((h, i) => h === c && i < c && deprels[i] === "nsubj");
    if (s < 0 || !/^NNP?$/.test(xpos[s]!) || phraseStart(heads, words, s) !== cc + 1) continue;
    const aux = heads.findIndex((h, i) => h === c && i > s && i < c && /^(aux|cop)$/.test(deprels[i]!));
    const agreeing = aux >= 0 ? /^(have|are|were)$/i.test(words[aux]!) : xpos[c] === "VBP";
    if (!agreeing) continue;
    heads[c] = v;
    deprels[c] = "ccomp";
    heads[o] = c;
    deprels[o] = "nsubj";
    heads[s] = o;
    deprels[s] = "conj";
    heads[cc] = s;
  }
}

/**
 * A tree's heads (changed in place) with a name in apposition moved from the "of" phrase of a title to
 * the title: in "the regional president of Valencia, Carlos Mazón, said", the parser hangs the name on
 * "Valencia", but it names the president. Only for a proper-noun apposition after a proper-noun "of"
 * phrase of a title word ("president", "chief executive", "mayor").
 */
export function titleAppositions(heads: number[], deprels: readonly string[], words: readonly string[], upos: readonly string[]): void {
  for (let d = 0; d < heads.length; d++) {
    const m = heads[d]!;
    if (m < 0 || deprels[d] !== "appos" || upos[d] !== "PROPN" || upos[m] !== "PROPN" || deprels[m] !== "nmod") continue;
    const title = heads[m]!;
    if (title < 0 || title > m || m > d || !TITLE_WORDS.has(words[title]!.toLowerCase())) continue;
    if (!heads.some((h, c) => h === m && deprels[c] === "case" && words[c]!.toLowerCase() === "of")) continue;
    heads[d] = title;
  }
}

/**
 * Heads and labels (changed in place) with each name of several words (`labels`, BIO) made one
 * phrase where the parser broke it into pieces on one word outside it: in "Moody's Investors Service
 * warned", the parser made "Investors" the object and "Service" the subject. The name's head word
 * (the last, or the one before its first preposition: "Bank" of "Bank of England") keeps its place;
 * the other pieces hang on it (compounds before it; after it, an "of" phrase as nmod, else flat).
 */
export function namesAsSubtrees(heads: number[], deprels: string[], labels: readonly string[], words: readonly string[]): void {
  for (const { start, end } of bioSpans(labels)) {
    if (end - start < 2) continue;
    const outside = (k: number) => heads[k]! < start || heads[k]! >= end;
    const pieces: number[] = [];
    for (let k = start; k < end; k++) if (outside(k)) pieces.push(k);
    // (Only pieces on one word outside: a name split between two clauses or phrases is left alone.)
    // And only where the parser made two pieces arguments ("Service" subject, "Investors" object):
    // pieces that modify one noun together ("South African townships") are a modifier already.
    if (pieces.length < 2 || pieces.some((k) => heads[k] !== heads[pieces[0]!])) continue;
    if (pieces.filter((k) => /^(nsubj|obj|iobj|obl|expl)/.test(deprels[k]!)).length < 2) continue;
    const of = words.slice(start, end).findIndex((w, i) => i > 0 && /^(of|for|on|in|at|de|del|du)$/.test(w));
    let root = of > 0 ? start + of - 1 : end - 1;
    for (let steps = 0; !outside(root) && steps < end - start; steps++) root = heads[root]!;
    if (!outside(root)) continue;
    for (const k of pieces) {
      if (k === root || isUnder(heads, root, k)) continue;
      const prep = heads.some((h, c) => h === k && deprels[c] === "case");
      heads[k] = root;
      deprels[k] = k < root ? "compound" : prep ? "nmod" : "flat";
    }
  }
}

/**
 * Heads and labels (changed in place) for a place or time phrase the parser hung on a person's name
 * that is a verb's object: in "met Marcos in Tokyo", "in Tokyo" is where they met (obl of "met"),
 * not a part of "Marcos". Only for a person (`labels`, BIO) and a preposition of place or time.
 */
export function obliquesOnPersonObjects(heads: number[], deprels: string[], labels: readonly string[], words: readonly string[], upos: readonly string[]): void {
  for (const { start, end } of bioSpans(labels)) {
    if (!labels[start]!.endsWith("PER")) continue;
    const o = [...Array(end - start).keys()].map((i) => start + i).find((k) => heads[k]! < start || heads[k]! >= end);
    const v = o === undefined ? -1 : heads[o]!;
    if (o === undefined || v < 0 || deprels[o] !== "obj" || upos[v] !== "VERB") continue;
    for (let x = end; x < heads.length; x++) {
      if (heads[x] !== o || deprels[x] !== "nmod") continue;
      if (!/^(in|at|on|during|after|before|since|until)$/.test(caseWord(heads, deprels, words, x) ?? "")) continue;
      heads[x] = v;
      deprels[x] = "obl";
    }
  }
}

/**
 * Heads and labels (changed in place) for what "worth" is worth, which the parser hung on the noun
 * "worth" describes: in "steered contracts worth $12 million to two firms", "$12 million" is the
 * object of "worth" (as UD has it), not a second object of "contracts".
 */
export function worthObjects(heads: number[], deprels: string[], words: readonly string[], upos: readonly string[]): void {
  for (let w = 0; w < heads.length - 1; w++) {
    if (!/^worth$/i.test(words[w]!) || upos[w] !== "ADJ" || heads.some((h) => h === w)) continue;
    const n = heads[w]!;
    if (n < 0 || n > w || !/^(NOUN|PROPN|PRON)$/.test(upos[n]!)) continue;
    const k = heads.findIndex((h, i) => h === n && i > w && subtreeStart(heads, i) === w + 1 && /^(obj|nmod|dep|appos|nummod|obl)$/.test(deprels[i]!));
    if (k < 0 || !/^(SYM|NUM|NOUN)$/.test(upos[k]!)) continue;
    heads[k] = w;
    deprels[k] = "obj";
  }
}

/** Token spans [start, end) of BIO labels (any type). */
function bioSpans(labels: readonly string[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  labels.forEach((l, i) => {
    if (l.startsWith("B-") || (l.startsWith("I-") && (i === 0 || labels[i - 1] === "O" || labels[i - 1]!.slice(2) !== l.slice(2)))) spans.push({ start: i, end: i + 1 });
    else if (l.startsWith("I-") && spans.length) spans[spans.length - 1]!.end = i + 1;
  });
  return spans;
}

/**
 * A tree's heads (changed in place) with a second apposition that says what kind of organization
 * something is moved to the name the first apposition ends with: in "Paul Clement, a lawyer for
 * NetChoice, a trade group that represents the companies", the parser hangs "a trade group" on
 * Clement, but it says what NetChoice is. Only when the first apposition ends in a proper-noun
 * nmod right before the comma, and the second's head is a common noun for an organization.
 */
export function organizationAppositions(heads: number[], deprels: readonly string[], words: readonly string[], upos: readonly string[]): void {
  for (let d = 0; d < heads.length; d++) {
    const h = heads[d]!;
    if (h < 0 || deprels[d] !== "appos" || upos[d] !== "NOUN" || !ORGANIZATION_KIND_NOUNS.has(words[d]!.toLowerCase())) continue;
    const first = heads.findIndex((x, a) => x === h && a < d && deprels[a] === "appos");
    if (first < 0) continue;
    const lo = subtreeStart(heads, d);
    if (words[lo - 1] !== "," && words[lo] !== ",") continue;
    const comma = words[lo] === "," ? lo : lo - 1;
    const n = nameHeadToken(heads, deprels, upos, comma - 1);
    if (heads[n] !== first || !/^nmod/.test(deprels[n]!) || upos[n] !== "PROPN") continue;
    heads[d] = n;
  }
}

/** The head of the name or noun ending at token k: up its flat and compound arcs ("Ken Bowersox" -> "Ken"). */
function nameHeadToken(heads: readonly number[], deprels: readonly string[], upos: readonly string[], k: number): number {
  while (/^(flat|compound)/.test(deprels[k]!) && heads[k]! >= 0 && /^(NOUN|PROPN)$/.test(upos[heads[k]!]!)) k = heads[k]!;
  return k;
}

/** Whether token i lies in the subtree of token top (i itself excluded; the step bound guards bad input). */
function isUnder(heads: readonly number[], i: number, top: number): boolean {
  for (let a = heads[i]!, steps = 0; a >= 0 && steps < heads.length; a = heads[a]!, steps++) if (a === top) return true;
  return false;
}

/** The last token of the contiguous run of tokens after i that lie under it (i's phrase to the right). */
function subtreeEnd(heads: readonly number[], i: number): number {
  let end = i;
  while (end + 1 < heads.length && isUnder(heads, end + 1, i)) end++;
  return end;
}

/** The first token of the contiguous run of tokens before i that lie under it (i's phrase to the left). */
function subtreeStart(heads: readonly number[], i: number): number {
  let start = i;
  while (start > 0 && isUnder(heads, start - 1, i)) start--;
  return start;
}

/** The first word of i's phrase, past any commas the parser hung on i ("…, Latin America's economy"). */
function phraseStart(heads: readonly number[], words: readonly string[], i: number): number {
  let start = subtreeStart(heads, i);
  while (start < i && words[start] === ",") start++;
  return start;
}

/** The preposition (lowercased) that token i's phrase opens with, if any: its first case marker before it. */
function caseWord(heads: readonly number[], deprels: readonly string[], words: readonly string[], i: number): string | undefined {
  const c = heads.findIndex((h, k) => h === i && k < i && deprels[k] === "case");
  return c < 0 ? undefined : words[c]!.toLowerCase();
}

/** Whether token v has a dependent whose label matches. */
function hasChild(heads: readonly number[], deprels: readonly string[], v: number, label: RegExp): boolean {
  return heads.some((h, i) => h === v && label.test(deprels[i]!));
}

/** A finite verb's or auxiliary's Penn tag. */
const FINITE_TAG = /^(VBD|VBZ|VBP|MD)$/;

/** Labels the parser gives a comma-led "who" or "which" clause it did not hang on the noun before it. */
const MISPLACED_RELATIVE = new Set(["ccomp", "parataxis", "conj", "advcl", "dep"]);

/**
 * A tree's heads and labels (both changed in place) with a clause whose subject is "who" right after
 * a comma made a relative clause of the noun before the comma: in "'It was a good launch,' said
 * Jane Roe, who leads the agency", the parser made "leads" a second complement of "said". Only when
 * a noun or name ends right before the comma and the clause follows it. A "which" clause only when it
 * comes before the verb it was hung on ("Acme, which makes the pill, said"): after it, "which" may
 * follow a phrase that is not what it is about ("a report on Monday, which found …").
 */
export function commaRelatives(heads: number[], deprels: string[], words: readonly string[], upos: readonly string[]): void {
  for (let s = 2; s < heads.length; s++) {
    const v = heads[s]!;
    if (!/^nsubj(:pass)?$/.test(deprels[s]!) || v <= s || !MISPLACED_RELATIVE.has(deprels[v]!)) continue;
    // "which" too when the clause comes before the verb it hangs on, which no complement does
    // ("Acme, which makes the pill, said …").
    if (!/^who$/i.test(words[s]!) && !(/^which$/i.test(words[s]!) && heads[v]! > v)) continue;
    if (words[s - 1] !== "," || !/^(NOUN|PROPN)$/.test(upos[s - 2]!)) continue;
    const noun = nameHeadToken(heads, deprels, upos, s - 2);
    if (isUnder(heads, noun, v)) continue; // the noun is inside the clause itself
    heads[v] = noun;
    deprels[v] = "acl:relcl";
  }
}

/**
 * A tree's heads and labels (both changed in place) for "Erdogan, who visited the area on Monday,
 * promised to rebuild", which the parser reads with the name as the root and the main verb as a
 * conjunct of the relative clause's verb: the main verb becomes the root with the name as its
 * subject (so too when the parser made the main verb a parataxis of the clause's). Only when the
 * conjunct is a finite verb after the comma that closes the clause (an adverb of its own between),
 * with no subject or coordinating word of its own.
 */
export function relativeConjunctRoots(heads: number[], deprels: string[], words: readonly string[], upos: readonly string[], xpos: readonly string[]): void {
  const root = heads.indexOf(-1);
  if (root < 0 || !/^(NOUN|PROPN)$/.test(upos[root]!)) return;
  const relative = heads.findIndex((h, i) => h === root && i > root && deprels[i] === "acl:relcl" && upos[i] === "VERB");
  if (relative < 0 || !heads.some((h, i) => h === relative && i < relative && /^(who|which)$/i.test(words[i]!) && words[i - 1] === ",")) return;
  // (Or a parataxis, and an adverb of its own may follow the comma: "…, who did not run, also congratulated her".)
  const main = heads.findIndex((h, i) => h === relative && i > relative && (deprels[i] === "conj" || deprels[i] === "parataxis") && upos[i] === "VERB" && /^(VBD|VBZ|VBP)$/.test(xpos[i]!));
  const comma = main > 0 && words[main - 1] !== "," && heads[main - 1] === main && deprels[main - 1] === "advmod" ? main - 2 : main - 1;
  if (main < 0 || words[comma] !== "," || heads.some((h, i) => h === main && (/^nsubj/.test(deprels[i]!) || deprels[i] === "cc"))) return;
  heads[main] = -1;
  deprels[main] = "root";
  heads[root] = main;
  deprels[root] = "nsubj";
  // What followed the main verb on the old root (the final period, say) now hangs on the main verb.
  heads.forEach((h, i) => {
    if (h === root && i > main) heads[i] = main;
  });
}

/**
 * A tree's heads and labels (both changed in place) for "Acme, whose capsule failed last year, has
 * not been cleared", which the parser reads with the relative clause's verb as the root, the name
 * hanging on it and the real main verb as its conjunct: the main verb becomes the root with the name
 * as its subject, and the relative clause hangs on the name. Only when the conjunct has no subject
 * or coordinating word of its own, and the name opens the sentence.
 */
export function relativeRoots(heads: number[], deprels: string[], words: readonly string[], upos: readonly string[]): void {
  const root = heads.indexOf(-1);
  if (root < 0) return;
  const r = words.findIndex((w, i) => i > 1 && i < root && /^(who|whose|which)$/i.test(w) && words[i - 1] === ",");
  if (r < 0 || words.slice(0, r - 1).some((w) => w === "," || /^(who|whose|which)$/i.test(w))) return;
  if (!/^(NOUN|PROPN)$/.test(upos[r - 2]!)) return;
  const noun = nameHeadToken(heads, deprels, upos, r - 2);
  if (heads[noun] !== root) return;
  // The name may be the root's subject when the relative clause has a subject of its own there
  // ("Kobakhidze, whose party won …, accused": two subjects of "won").
  if (/^nsubj/.test(deprels[noun]!) && !heads.some((h, i) => h === root && i > r && /^nsubj/.test(deprels[i]!))) return;
  // The relative word belongs to the root's clause: "who" / "which" as its subject, "whose" on it.
  if (heads[r] !== root && heads[heads[r]!] !== root) return;
  const main = heads.findIndex((h, i) => h === root && i > r && deprels[i] === "conj" && words[i - 1] !== "and");
  if (main < 0 || upos[main] !== "VERB" && upos[main] !== "AUX" && !heads.some((h, i) => h === main && deprels[i] === "cop")) return;
  if (heads.some((h, i) => h === main && (/^nsubj/.test(deprels[i]!) || deprels[i] === "cc"))) return;
  // A comma closes the relative clause right before the main verb's first word.
  const first = heads.findIndex((_, i) => i <= main && (i === main || isUnder(heads, i, main)));
  if (words[first] !== ",") return;
  const passive = heads.some((h, i) => h === main && deprels[i] === "aux:pass");
  heads[main] = -1;
  deprels[main] = "root";
  heads[noun] = main;
  deprels[noun] = passive ? "nsubj:pass" : "nsubj";
  heads[root] = noun;
  deprels[root] = "acl:relcl";
  // What followed the main verb on the old root (the final period, say) now hangs on the main verb.
  heads.forEach((h, i) => {
    if (h === root && i > main) heads[i] = main;
  });
}

/**
 * Labels (changed in place) with a subject the parser put after a gerund that has no object made its
 * object: in "won the title, beating champion Carlos Alcaraz in the final", Alcaraz is who was beaten.
 * English puts subjects after the verb only in inversions, which a gerund clause never has.
 */
export function objectsAfterGerunds(heads: readonly number[], deprels: string[], xpos: readonly string[]): void {
  for (let s = 0; s < heads.length; s++) {
    const v = heads[s]!;
    if (v < 0 || v > s || deprels[s] !== "nsubj" || xpos[v] !== "VBG") continue;
    if (!/^(advcl|acl|xcomp|conj)$/.test(deprels[v]!)) continue;
    if (heads.some((h, i) => h === v && (/^(obj|aux|cop|nsubj)/.test(deprels[i]!) && i !== s))) continue;
    deprels[s] = "obj";
  }
}

/**
 * Heads and labels (changed in place) with "more than", "less than" or "fewer than" before a number
 * made a modifier of that number ("joined more than 1,500 crews"), as UD has it, where the parser
 * made "more" an argument of its own.
 */
export function comparativeNumbers(heads: number[], deprels: string[], words: readonly string[], upos: readonly string[]): void {
  for (let m = 0; m + 2 < heads.length; m++) {
    if (!/^(more|less|fewer)$/i.test(words[m]!) || words[m + 1]!.toLowerCase() !== "than" || upos[m + 2] !== "NUM") continue;
    if (heads[m + 1] !== m || deprels[m] === "advmod" && heads[m] === m + 2) continue;
    if (!/^(obj|nsubj|nsubj:pass|obl|iobj|dep)$/.test(deprels[m]!)) continue;
    // Whatever hung on "more" (a preposition, say) would be left out of the number's phrase.
    if (heads.some((h, i) => h === m && i !== m + 1)) continue;
    heads[m] = m + 2;
    deprels[m] = "advmod";
  }
}

/**
 * Heads and labels (changed in place) with a name the parser made a compound of an amount after it
 * made the verb's indirect object: in "fined Burke 2 million dollars", Burke is who was fined, not
 * a kind of dollars. Only when a number stands between the name and the amount's noun.
 */
export function namesBeforeAmounts(heads: number[], deprels: string[], upos: readonly string[]): void {
  for (let c = 0; c < heads.length; c++) {
    let m = heads[c]!;
    if (m <= c || deprels[c] !== "compound" || upos[c] !== "PROPN" || upos[c + 1] !== "NUM") continue;
    // "Burke 2 million dollars" may hang the name on "million", itself on "dollars".
    while (/^(nummod|compound)$/.test(deprels[m]!) && heads[m]! > m) m = heads[m]!;
    const v = heads[m]!;
    if (v < 0 || v > c || deprels[m] !== "obj" || upos[v] !== "VERB") continue;
    if (heads.some((h, i) => h === v && /^(obj|iobj)$/.test(deprels[i]!) && i !== m)) continue;
    heads[c] = v;
    deprels[c] = "iobj";
  }
}

/**
 * Heads and labels (changed in place) for a second participle in -ing that the parser made a
 * compound of its object, itself coordinated with the first participle's object: in "killing at
 * least 157 people and injuring hundreds", "injuring" is the second verb and "hundreds" its object.
 */
export function gerundConjuncts(heads: number[], deprels: string[], words: readonly string[], xpos: readonly string[]): void {
  for (let g = 1; g + 1 < heads.length; g++) {
    const n = heads[g]!;
    if (xpos[g] !== "VBG" || deprels[g] !== "compound" || n !== g + 1 || deprels[n] !== "conj" || !/^(and|or)$/i.test(words[g - 1]!)) continue;
    const o = heads[n]!;
    const v = o >= 0 ? heads[o]! : -1;
    if (v < 0 || deprels[o] !== "obj" || xpos[v] !== "VBG" || v > o) continue;
    heads[g] = v;
    deprels[g] = "conj";
    heads[n] = g;
    deprels[n] = "obj";
    if (heads[g - 1] === n) heads[g - 1] = g;
  }
}

/**
 * Heads and labels (changed in place) for a relative pronoun the parser made a second subject of the
 * verb of saying in its clause: in "the plan, which they said would undermine sovereignty", "which"
 * is the subject of "undermine" (what they said) and the clause is a relative clause on "plan" (UD:
 * acl:relcl). Only for a verb with a complement clause that has no subject of its own. Also when the
 * parser read the pronoun as the possessor of the verb's subject ("which analysts said": only "whose"
 * is one).
 */
export function relativeSubjectsOfComplements(heads: number[], deprels: string[], words: readonly string[], upos: readonly string[]): void {
  for (let a = 1; a < heads.length; a++) {
    if (!/^(which|who|that)$/i.test(words[a]!)) continue;
    const possessed = deprels[a] === "nmod:poss" && heads[a]! > a && deprels[heads[a]!] === "nsubj" ? heads[a]! : -1;
    const v = possessed >= 0 ? heads[possessed]! : heads[a]!;
    if (v <= a || (deprels[a] !== "nsubj" && possessed < 0)) continue;
    const other = possessed >= 0 ? possessed : heads.findIndex((h, b) => h === v && b > a && b < v && deprels[b] === "nsubj");
    const c = heads.findIndex((h, k) => h === v && k > v && deprels[k] === "ccomp");
    if (other < 0 || c < 0 || hasChild(heads, deprels, c, /^nsubj/)) continue;
    heads[a] = c;
    deprels[a] = "nsubj";
    let n = a - 1;
    if (words[n] === ",") n--;
    if (n < 0 || !/^(NOUN|PROPN)$/.test(upos[n]!)) continue;
    n = nameHeadToken(heads, deprels, upos, n);
    if (n === v || isUnder(heads, n, v)) continue;
    heads[v] = n;
    deprels[v] = "acl:relcl";
  }
}

/** The grammatical number a noun's Penn tag gives it ("S" or "P"); proper nouns' plurals ("States") are left out. */
function nounNumber(xpos: string): "S" | "P" | undefined {
  return xpos === "NN" || xpos === "NNP" ? "S" : xpos === "NNS" ? "P" : undefined;
}

/** The number a clause's finite verb agrees with: "is", "has", "leads" singular; "are", "have", "lead" plural. */
function clauseNumber(heads: readonly number[], deprels: readonly string[], words: readonly string[], xpos: readonly string[], v: number): "S" | "P" | undefined {
  for (const k of [v, ...heads.flatMap((h, k) => (h === v && /^(aux|cop)/.test(deprels[k]!) ? [k] : []))]) {
    if (xpos[k] === "VBZ" || /^was$/i.test(words[k]!)) return "S";
    if (xpos[k] === "VBP" || /^were$/i.test(words[k]!)) return "P";
  }
  return undefined;
}

/**
 * Heads (changed in place) for a relative clause the parser hung on the wrong noun of "<noun> of
 * <noun>": its verb agrees with the noun it is about. In "Shares of Nissan, which is partly owned by
 * Renault, fell", "is" is singular, so the clause is about Nissan, not the shares; in "the leader of
 * the rebels, who is …", about the leader. Only for a common noun as the head the parser chose, a
 * "which", "who" or "that" as the clause's subject, a finite verb or auxiliary of the other number,
 * and a noun of that number joined to the head by a modifier's arc between it and the clause.
 */
export function relativesAgreeingInNumber(heads: number[], deprels: readonly string[], words: readonly string[], upos: readonly string[], xpos: readonly string[]): void {
  for (let v = 0; v < heads.length; v++) {
    if (deprels[v] !== "acl:relcl") continue;
    const h = heads[v]!;
    const head = upos[h] === "NOUN" ? nounNumber(xpos[h]!) : undefined;
    const rel = heads.findIndex((x, k) => x === v && k < v && /^nsubj/.test(deprels[k]!) && /^(which|who|that)$/i.test(words[k]!));
    if (!head || rel < 0 || rel < h) continue;
    const number = clauseNumber(heads, deprels, words, xpos, v);
    if (!number || number === head) continue;
    let noun = -1;
    for (let k = rel - 1; k > h && noun < 0; k--) {
      if (!/^(NOUN|PROPN)$/.test(upos[k]!) || nounNumber(xpos[k]!) !== number) continue;
      if (heads[k] === h && deprels[k] === "nmod") noun = k;
    }
    // "the leader of the rebels, who is": the noun the chosen head modifies.
    if (noun < 0 && deprels[h] === "nmod" && heads[h]! < h && heads[h]! >= 0 && /^(NOUN|PROPN)$/.test(upos[heads[h]!]!) && nounNumber(xpos[heads[h]!]!) === number) noun = heads[h]!;
    if (noun < 0) continue;
    heads[v] = nameHeadToken(heads, deprels, upos, noun);
  }
}

const ONE = /^(1|one|a|an|single)$/i;

/**
 * Heads and labels (changed in place) for coordinated modifiers of a plural noun that the parser
 * coordinated with the noun: in "four exploration and production companies", "four exploration" is
 * no phrase (a number above one counts a plural), so "companies" is the head and "exploration and
 * production" its compound. Only for a singular noun with a number that is not one, coordinated
 * with a plural noun right after it that has a compound of its own.
 */
export function coordinatedCompounds(heads: number[], deprels: string[], words: readonly string[], xpos: readonly string[]): void {
  for (let n = 1; n < heads.length; n++) {
    if (xpos[n] !== "NN") continue;
    const num = heads.findIndex((h, c) => h === n && c === n - 1 && deprels[c] === "nummod");
    if (num < 0 || ONE.test(words[num]!)) continue;
    const plural = heads.findIndex((h, c) => h === n && c > n && deprels[c] === "conj" && xpos[c] === "NNS");
    if (plural < 0 || !/^(and|or|&)$/i.test(words[n + 1]!)) continue;
    const compound = heads.findIndex((h, c) => h === plural && c === plural - 1 && deprels[c] === "compound");
    if (compound !== n + 2) continue;
    heads[plural] = heads[n]!;
    deprels[plural] = deprels[n]!;
    heads[num] = plural;
    heads[n] = plural;
    deprels[n] = "compound";
    heads[compound] = n;
    deprels[compound] = "conj";
    // The coordinator goes with the second conjunct; anything on the singular noun after the plural moves to it.
    if (heads[n + 1] === plural) heads[n + 1] = compound;
    for (let c = plural + 1; c < heads.length; c++) if (heads[c] === n) heads[c] = plural;
  }
}

/**
 * Heads and labels (changed in place) for an amount before a noun that the parser made the head,
 * with the noun its apposition: in "approved the mayor's $2 billion spending plan", the plan is
 * what was approved and "$2 billion" says how large it is (a compound of "plan"). Only when the
 * noun's phrase starts right after the amount's numbers (no comma or bracket between); the
 * amount's determiner and possessor move to the noun.
 */
export function amountsBeforeNouns(heads: number[], deprels: string[], words: readonly string[], upos: readonly string[]): void {
  for (let d = 1; d < heads.length; d++) {
    const a = heads[d]!;
    if (a < 0 || a > d || deprels[d] !== "appos" || upos[d] !== "NOUN" || !(upos[a] === "SYM" || upos[a] === "NUM")) continue;
    let end = a;
    while (end + 1 < d && upos[end + 1] === "NUM" && (heads[end + 1] === a || heads[end + 1] === end + 2 || heads[end + 1] === end)) end++;
    const lo = subtreeStart(heads, d);
    if (lo !== end + 1 || /^[,(;:\u2013\u2014-]$/.test(words[lo]!)) continue;
    heads[d] = heads[a]!;
    deprels[d] = deprels[a]!;
    heads[a] = d;
    deprels[a] = "compound";
    for (let c = 0; c < a; c++) if (heads[c] === a && /^(det|nmod:poss|amod)$/.test(deprels[c]!)) heads[c] = d;
  }
}

/**
 * Heads and labels (changed in place) for a subject with a reduced relative that the parser read as
 * the clause: in "tornadoes spawned by the storm tore through the county", "spawned" is no verb of
 * the clause but describes "tornadoes", and "tore" (made its complement) is the clause's verb. Only
 * for a participle without auxiliaries whose complement is a past tense, or a verb with a finite
 * auxiliary ("Economists polled by Reuters last week had expected …"), without a subject of its own,
 * or with only a time the parser took for one ("last week": the participle's time, obl:tmod). After a
 * participle in -ing, a past participle with an object and no auxiliary is a past tense too ("A
 * wildfire burning out of control forced residents to leave": tagged VBD then).
 */
export function reducedRelatives(heads: number[], deprels: string[], words: readonly string[], xpos: string[]): void {
  for (let v = 0; v < heads.length; v++) {
    if ((xpos[v] !== "VBN" && xpos[v] !== "VBG") || hasChild(heads, deprels, v, /^(aux|cop)/)) continue;
    const n = heads.findIndex((h, i) => h === v && i < v && deprels[i] === "nsubj");
    const pastParticiple = (i: number) => xpos[v] === "VBG" && xpos[i] === "VBN" && hasChild(heads, deprels, i, /^obj$/) && !hasChild(heads, deprels, i, /^aux/);
    const finiteAuxiliary = (i: number) => heads.some((a, j) => a === i && /^aux/.test(deprels[j]!) && FINITE_TAG.test(xpos[j]!));
    const x = heads.findIndex(
      (h, i) =>
        h === v && i > v && /^(xcomp|ccomp|advcl)$/.test(deprels[i]!) &&
        (xpos[i] === "VBD" || pastParticiple(i) || (/^VB/.test(xpos[i]!) && finiteAuxiliary(i))),
    );
    if (n < 0 || x < 0 || hasChild(heads, deprels, x, /^(mark|cc)$/)) continue;
    const subject = heads.findIndex((h, i) => h === x && /^nsubj/.test(deprels[i]!));
    if (subject >= 0 && !(subject > v && subject < x && isTimeWord(words[subject]!))) continue;
    if (subject >= 0) {
      heads[subject] = v;
      deprels[subject] = "obl:tmod";
    }
    if (pastParticiple(x)) xpos[x] = "VBD";
    heads[x] = heads[v]!;
    deprels[x] = deprels[v]!;
    heads[n] = x;
    deprels[n] = "nsubj";
    heads[v] = n;
    deprels[v] = "acl";
    heads.forEach((h, i) => {
      if (h === v && (i > x || (i < n && deprels[i] !== "punct"))) heads[i] = x;
    });
  }
}

/**
 * Heads, labels and tags (changed in place) for a passive participle phrase on a subject that the
 * parser read as its clause, with the clause's own verb hung below it. In "The Socialists, led by
 * Pedro Santos, took 31 percent" the parser made "led" the clause and "took" its conjunct; in "A
 * wildfire fanned by strong winds burned through forests" it made "burned" describe the winds. The
 * participle (a past participle with no auxiliary, its subject before it) describes the subject, and
 * the later verb is the clause's: a verb in the past with no subject, auxiliary or conjunction of its
 * own that is either a conjunct of the participle right after a comma that closes the participle's
 * phrase (tagged past tense, or the phrase set off by commas on both sides: a second participle
 * after a phrase that is not is a coordinated one, "a think tank founded in 2005, named after …"),
 * or a participle phrase with an object or oblique on the noun of the participle's "by" phrase. A
 * sentence needs a finite verb, and the participle is none.
 */
export function participlePhrasesOnSubjects(heads: number[], deprels: string[], words: readonly string[], xpos: string[]): void {
  for (let v = 0; v < heads.length; v++) {
    if (xpos[v] !== "VBN" || !/^(root|ccomp|conj|advcl|parataxis)$/.test(deprels[v]!) || hasChild(heads, deprels, v, /^(aux|cop|mark|expl)/)) continue;
    const n = heads.findIndex((h, i) => h === v && i < v && deprels[i] === "nsubj");
    if (n < 0 || heads.some((h, i) => h === v && i > n && i < v && deprels[i] !== "punct" && deprels[i] !== "advmod")) continue;
    const past = (x: number) => /^(VBD|VBN)$/.test(xpos[x]!) && !hasChild(heads, deprels, x, /^(nsubj|aux|cop|cc|mark|expl)/);
    const agent = heads.findIndex((h, i) => h === v && i > v && deprels[i] === "obl:agent");
    // Whether the tokens from lo to hi (inclusive) all lie under top and none under x.
    const within = (lo: number, hi: number, top: number, x: number) => {
      for (let i = lo; i <= hi; i++) if ((i !== top && !isUnder(heads, i, top)) || isUnder(heads, i, x)) return false;
      return true;
    };
    const conjunct = heads.findIndex((h, i) => h === v && i > v + 1 && deprels[i] === "conj" && words[i - 1] === "," && (xpos[i] === "VBD" || words[v - 1] === ",") && past(i) && within(v + 1, i - 2, v, i));
    const described = agent < 0 ? -1 : heads.findIndex((h, i) => h === agent && i > agent && deprels[i] === "acl" && past(i) && within(agent, i - 1, agent, i) && hasChild(heads, deprels, i, /^(obj|obl)$/));
    const x = conjunct >= 0 ? conjunct : described;
    if (x < 0) continue;
    // (A second finite verb after it means the phrase was a clause after all.)
    if (xpos.some((t, i) => i > x && FINITE_TAG.test(t) && isUnder(heads, i, v) && !isUnder(heads, i, x))) continue;
    if (xpos[x] === "VBN") xpos[x] = "VBD";
    heads[x] = heads[v]!;
    deprels[x] = deprels[v]!;
    heads.forEach((h, i) => {
      if (h === v && (i > x || (i < n && deprels[i] !== "punct"))) heads[i] = x;
    });
    heads[n] = x;
    deprels[n] = "nsubj";
    heads[v] = n;
    deprels[v] = "acl";
  }
}

/**
 * Heads and labels (changed in place) for an apposition the parser read as a conjunct without a
 * conjunction: in "Annual inflation in Argentina, Latin America's third-largest economy, has risen",
 * the economy is Argentina, not a second thing that rose. A noun set off by commas and coordinated
 * with nothing ("and"/"or" nowhere in the coordination), and that is a description (with a determiner
 * or a possessive, or a person noun), is an apposition of the noun phrase right
 * before its comma: the name there if there is one ("Argentina"), unless the apposition is a person
 * noun ("the head of Acme, a former banker": the head).
 */
export function appositionsWithoutConjunctions(heads: number[], deprels: string[], words: readonly string[], upos: readonly string[]): void {
  for (let i = 0; i < heads.length; i++) {
    const h = heads[i]!;
    if (deprels[i] !== "conj" || h < 0 || h > i || upos[i] !== "NOUN" || !/^(NOUN|PROPN)$/.test(upos[h]!)) continue;
    const conjuncts = heads.flatMap((a, k) => (a === h && deprels[k] === "conj" ? [k] : []));
    if (heads.some((a, k) => (a === h || conjuncts.includes(a)) && deprels[k] === "cc")) continue;
    // A description: "a …", "the …", "Latin America's …", or a person noun ("chairman of …").
    const described = heads.some((a, k) => a === i && k < i && (deprels[k] === "det" || deprels[k] === "nmod:poss"));
    if (!described && !PERSON_NOUNS.has(words[i]!.toLowerCase()) && !TITLE_WORDS.has(words[i]!.toLowerCase())) continue;
    // A noun with a subject or a copula of its own is a clause ("…, 230 are in the field").
    if (hasChild(heads, deprels, i, /^(nsubj|cop|aux)/)) continue;
    const start = phraseStart(heads, words, i);
    const end = subtreeEnd(heads, i);
    if (words[start - 1] !== "," || (end + 1 < words.length && words[end + 1] !== "," && upos[end + 1] !== "PUNCT")) continue;
    // Not an item of a list that goes on ("X, an interest in Y, and Z"), nor after a verb.
    if (/^(and|or)$/i.test(words[end + 2] ?? "")) continue;
    if (words.slice(h + 1, start - 1).some((_, j) => !isUnder(heads, h + 1 + j, h) || /^(VERB|AUX)$/.test(upos[h + 1 + j]!))) continue;
    // The phrase right before the comma: a name inside the first conjunct's phrase, or that conjunct.
    let target = h;
    const k = start - 2;
    if (k > h && upos[k] === "PROPN" && isUnder(heads, k, h) && !PERSON_NOUNS.has(words[i]!.toLowerCase())) {
      target = k;
      while (deprels[target] === "flat" || deprels[target] === "compound") target = heads[target]!;
    }
    heads[i] = target;
    deprels[i] = "appos";
  }
}

/**
 * Heads (changed in place) for a singular apposition after the last of coordinated names that the
 * parser hung on the first: in "between Abdel Fattah al-Burhan and Mohamed Hamdan Dagalo, the leader
 * of the Rapid Support Forces", the leader is Dagalo. A description of the whole coordination is
 * plural ("…, the two generals") and stays. Only for a name conjunct whose phrase ends right before
 * the apposition's comma.
 */
export function appositionsOfLastConjuncts(heads: number[], deprels: readonly string[], words: readonly string[], upos: readonly string[], xpos: readonly string[]): void {
  for (let a = 0; a < heads.length; a++) {
    const h = heads[a]!;
    if (deprels[a] !== "appos" || h < 0 || h > a || upos[h] !== "PROPN" || upos[a] !== "NOUN" || xpos[a] !== "NN") continue;
    const start = phraseStart(heads, words, a);
    if (words[start - 1] !== ",") continue;
    let last = -1;
    for (let c = h + 1; c < start; c++) if (heads[c] === h && deprels[c] === "conj") last = c;
    if (last < 0 || upos[last] !== "PROPN" || subtreeEnd(heads, last) !== start - 2) continue;
    if (!heads.some((g, k) => g === last && deprels[k] === "cc" && /^(and|or)$/i.test(words[k]!))) continue;
    heads[a] = last;
  }
}

/**
 * Heads and labels (changed in place) for a name set off by commas after a person noun that the
 * parser hung on the verb instead: in "Scholz fired his finance minister, Christian Lindner, on
 * Wednesday", Lindner is the minister (appos), not a second object or an oblique of "fired". Only
 * for a proper-noun phrase without a preposition of its own, right after the phrase of a person noun
 * (a role or title word) that is the same verb's object or oblique.
 */
export function namedAppositionsOfObjects(heads: number[], deprels: string[], words: readonly string[], upos: readonly string[]): void {
  for (let i = 0; i < heads.length; i++) {
    const v = heads[i]!;
    if (v < 0 || v > i || upos[i] !== "PROPN" || !/^(obj|iobj|obl|obl:tmod|obl:npmod|dep)$/.test(deprels[i]!)) continue;
    if (heads.some((h, k) => h === i && !/^(flat|compound|punct)$/.test(deprels[k]!))) continue;
    const start = phraseStart(heads, words, i);
    const end = subtreeEnd(heads, i);
    if (words[start - 1] !== "," || (end + 1 < words.length && !/^[,.;]$/.test(words[end + 1]!))) continue;
    const n = start - 2;
    if (n <= v || upos[n] !== "NOUN" || heads[n] !== v || !/^(obj|obl)$/.test(deprels[n]!)) continue;
    const noun = words[n]!.toLowerCase();
    if (!PERSON_NOUNS.has(noun) && !TITLE_WORDS.has(noun)) continue;
    // Not a list of people ("the minister, Roe and Doe").
    if (/^(and|or)$/i.test(words[end + 2] ?? "")) continue;
    heads[i] = n;
    deprels[i] = "appos";
  }
}

/**
 * Heads, labels and tags (changed in place) for a clause after "after", "before", "since" or "until"
 * that the parser read as a noun with a participle on it: in "walked off the job after the union failed
 * to reach new contracts", the union is the subject of "failed" (a past tense), and the clause says
 * when they walked (advcl, "after" its mark). Only for a participle right after the noun's phrase,
 * with no auxiliary, no agent ("by …") and an object or a complement of its own. The parser may also
 * make the past tense the sentence's verb ("walked off the job on Monday after the union and the city
 * failed to agree", "walked" its adverbial clause): a finite verb right after the phrase, without a
 * subject of its own, that the clause holding the phrase hangs on, becomes that clause's adverbial
 * clause, and the dependents it had before the preposition go back to the clause's verb. So does one
 * the parser hung on that clause's verb ("came weeks after the court said …", "said" a parataxis),
 * also with the phrase as its own oblique ("rose after Saudi Arabia and Russia agreed to extend cuts").
 * A finite verb after "as" and a noun is a clause too ("scored twice as Liverpool came from behind"),
 * unless "as" compares ("such as", "as well as", "as many as", or an "as" before it).
 */
export function clausesAfterPrepositions(heads: number[], deprels: string[], words: readonly string[], xpos: string[]): void {
  for (let v = 0; v < heads.length; v++) {
    const n = heads[v]!;
    if (n < 0 || n > v || deprels[v] !== "acl" || !/^(VBN|VBD)$/.test(xpos[v]!)) continue;
    const c = heads.findIndex((h, i) => h === n && i < n && deprels[i] === "case" && /^(after|before|since|until)$/i.test(words[i]!));
    if (c < 0 || subtreeStart(heads, n) !== c) continue;
    const children = heads.flatMap((h, i) => (h === v ? [i] : []));
    if (children.some((i) => /^(aux|nsubj|mark|obl:agent)/.test(deprels[i]!) || /^by$/i.test(words[i]!))) continue;
    if (children.some((i) => deprels[i] === "obl" && heads.some((h, k) => h === i && deprels[k] === "case" && /^by$/i.test(words[k]!)))) continue;
    if (!children.some((i) => /^(obj|xcomp|ccomp)$/.test(deprels[i]!))) continue;
    if (words.slice(n + 1, v).some((w, j) => w === "," || !isUnder(heads, n + 1 + j, n))) continue;
    heads[v] = heads[n]!;
    deprels[v] = "advcl";
    heads[n] = v;
    deprels[n] = "nsubj";
    heads[c] = v;
    deprels[c] = "mark";
    xpos[v] = "VBD";
  }
  for (let c = 0; c < heads.length; c++) {
    if (deprels[c] !== "case" || !/^(after|before|since|until|as)$/i.test(words[c]!)) continue;
    // ("such as", "as well as", "as many as" and "the same as" are no conjunctions.)
    if (/^as$/i.test(words[c]!) && (/^(such|well|same|much|many|far|long|soon|as)$/i.test(words[c - 1] ?? "") || words.slice(0, c).some((w) => /^as$/i.test(w)))) continue;
    const n = heads[c]!;
    if (n <= c || !/^(NN|PRP)/.test(xpos[n]!) || subtreeStart(heads, n) !== c) continue;
    const v = subtreeEnd(heads, n) + 1;
    if (v >= heads.length || !/^(VBD|VBZ|VBP)$/.test(xpos[v]!) || hasChild(heads, deprels, v, /^(nsubj|csubj|expl|aux)/)) continue;
    let m = heads[n] === v ? heads[v]! : heads[n]!; // the verb of the clause that holds the phrase
    for (let steps = 0; m >= 0 && m !== v && !/^VB/.test(xpos[m]!) && steps < heads.length; steps++) m = heads[m]!;
    if (m < 0 || m >= c || !/^VB/.test(xpos[m]!) || (heads[m] !== v && heads[v] !== m)) continue;
    if (heads[m] === v) {
      for (let i = 0; i < c; i++) if (heads[i] === v && i !== m) heads[i] = m;
      const last = heads.length - 1;
      if (heads[last] === v && deprels[last] === "punct") heads[last] = m;
      heads[m] = heads[v]!;
      deprels[m] = deprels[v]!;
      heads[v] = m;
    }
    deprels[v] = "advcl";
    heads[n] = v;
    deprels[n] = "nsubj";
    heads[c] = v;
    deprels[c] = "mark";
  }
}

/**
 * Heads and labels (changed in place) for a report that follows what it reports and a participle
 * clause the parser hung on it: in "An earthquake killed 2,000 people, a spokesman said Sunday, making
 * it one of the deadliest quakes", "making …" says what the killing did (advcl of "killed"), and "said"
 * reports the sentence (parataxis, as UD EWT has it), not the participle clause. A participle of
 * speech stays the speaker's ("…, the agency said on Thursday, urging governments to act"), as an
 * adverbial clause of the report, wherever the parser hung it.
 */
export function participlesAfterReports(heads: number[], deprels: string[], words: readonly string[], xpos: readonly string[]): void {
  for (let r = 0; r < heads.length; r++) {
    const h = heads[r]!;
    if (h < 0 || h > r || !/^(ccomp|parataxis)$/.test(deprels[r]!) || !REPORTING_VERBS.test(words[r]!)) continue;
    const c = heads.findIndex((a, i) => a === r && i > r && /^(ccomp|xcomp|advcl|conj)$/.test(deprels[i]!) && xpos[i] === "VBG");
    if (c < 0 || words[c - 1] !== "," || hasChild(heads, deprels, c, /^(nsubj|mark|cc|aux)/)) continue;
    deprels[r] = "parataxis";
    deprels[c] = "advcl";
    if (!SPEECH_PARTICIPLES.test(words[c]!)) heads[c] = h; // "…, the agency said, urging …": the speaker urges
  }
  // "Cases rose, the agency said on Thursday, urging governments to act": a participle of speech
  // after a report that follows what it reports is the speaker's, wherever the parser hung it.
  for (let c = 2; c < heads.length; c++) {
    if (xpos[c] !== "VBG" || words[c - 1] !== "," || !SPEECH_PARTICIPLES.test(words[c]!) || hasChild(heads, deprels, c, /^(nsubj|mark|aux)/)) continue;
    let r = c - 2;
    while (r > 0 && words[r] !== "," && !REPORTING_VERBS.test(words[r]!)) r--;
    if (!REPORTING_VERBS.test(words[r]!) || heads[c] === r || deprels[r] !== "parataxis" || heads[r]! > r) continue;
    if (!hasChild(heads, deprels, r, /^nsubj/)) continue;
    heads[c] = r;
    deprels[c] = "advcl";
  }
}

/**
 * Heads and labels (changed in place) for a report after a comma that the parser made a relative
 * clause of the object before it: in "Floods have killed 205 people, officials said on Friday", the
 * officials report the sentence (parataxis of "killed"); they are no kind of people. Only for a
 * reporting verb with its own subject right after the comma and no relative word.
 */
export function reportsAfterObjects(heads: number[], deprels: string[], words: readonly string[]): void {
  for (let r = 2; r < heads.length; r++) {
    const n = heads[r]!;
    if (n < 0 || n > r || deprels[r] !== "acl:relcl" || !REPORTING_VERBS.test(words[r]!) || heads[n]! < 0) continue;
    const s = heads.findIndex((h, i) => h === r && /^nsubj/.test(deprels[i]!));
    const lo = s < 0 ? -1 : subtreeStart(heads, s);
    const before = lo - 2;
    if (s < 0 || s > r || words[lo - 1] !== "," || before < 0 || (before !== n && !isUnder(heads, before, n)) || isUnder(heads, before, r)) continue;
    if (heads.some((h, i) => h === r && /^(who|which|that|whom|whose)$/i.test(words[i]!))) continue;
    heads[r] = heads[n]!;
    deprels[r] = "parataxis";
  }
}

/** Participles that say more of what a speaker said ("urging", "adding", "calling for"). */
const SPEECH_PARTICIPLES = /^(urging|adding|calling|warning|noting|citing|saying|accusing|praising|insisting|arguing|describing|vowing|pledging|promising|asking|demanding|stressing|blaming|denying)$/i;

/**
 * Heads and labels (changed in place) for the source of a report that the parser coordinated with
 * the object before it: in "The quake killed 2,000 people, officials said on Sunday", the officials
 * are who said it (the subject of "said", a parataxis of "killed"), not a second thing killed. Only
 * for a reporting verb without a subject right after a noun coordinated with no conjunction, or
 * made the apposition of a verb.
 */
export function speakersAfterObjects(heads: number[], deprels: string[], words: readonly string[], upos: readonly string[]): void {
  for (let r = 1; r < heads.length; r++) {
    const h = heads[r]!;
    if (h < 0 || h > r || !(REPORTING_VERBS.test(words[r]!) || /^(told|added)$/i.test(words[r]!)) || hasChild(heads, deprels, r, /^nsubj/)) continue;
    let n = r - 1;
    // "…, its administrator, Deanne Criswell, told reporters": the speaker is the noun the name is the apposition of.
    if (words[n] === "," && n > 0) n--;
    while (deprels[n] === "flat" && heads[n]! < n) n = heads[n]!; // "Ahmed Khan": the name's first word
    if (n !== r - 1 && deprels[n] === "appos" && heads[n]! < n && /^(NOUN|PROPN)$/.test(upos[heads[n]!]!) && words[n - 1] === ",") n = heads[n]!;
    else if (n !== r - 1 && words[r - 1] === ",") continue;
    // (Or the apposition of a verb, which has none: "… and forced 70,000 from their homes, the agency said";
    // or a modifier without a preposition, which a noun after a comma is not: "…, its administrator".)
    const appositionOfVerb = deprels[n] === "appos" && upos[heads[n]!] === "VERB";
    const bareModifier = deprels[n] === "nmod" && !hasChild(heads, deprels, n, /^case$/);
    if (!/^(NOUN|PROPN)$/.test(upos[n]!) || !(deprels[n] === "conj" || appositionOfVerb || bareModifier) || hasChild(heads, deprels, n, /^cc$/)) continue;
    if (words[phraseStart(heads, words, n) - 1] !== ",") continue;
    if (h === n) {
      // The report was hung on its speaker: it reports the clause the speaker was hung on, from its first conjunct.
      let t = heads[n]!;
      while (deprels[t] === "conj" && heads[t]! >= 0) t = heads[t]!;
      heads[r] = t;
    }
    heads[n] = r;
    deprels[n] = "nsubj";
    if (deprels[r] !== "parataxis" && deprels[r] !== "ccomp") deprels[r] = "parataxis";
  }
}

/**
 * Heads and labels (changed in place) for a report after the clause it reports that the parser read
 * as a relative clause of its speaker's title: in "Microsoft will invest $3 billion in India, Chief
 * Executive Satya Nadella said on Tuesday", "Chief Executive" was made an apposition with "said" a
 * relative clause on it. The title is the name's, and "said" a parataxis of the clause before the
 * comma. Only for a reporting verb with a proper-noun subject after the title and no relative
 * pronoun, the title right after a comma, and a verb as the sentence's root before it.
 */
export function reportsOnTitles(heads: number[], deprels: string[], words: readonly string[], upos: readonly string[]): void {
  const root = heads.indexOf(-1);
  if (root < 0 || upos[root] !== "VERB") return;
  for (let r = 1; r < heads.length; r++) {
    const h = heads[r]!;
    if (deprels[r] !== "acl:relcl" || !REPORTING_VERBS.test(words[r]!) || h < 0 || h > r || !/^(NOUN|PROPN)$/.test(upos[h]!)) continue;
    if (heads.some((x, k) => x === r && /^(which|who|whom|that)$/i.test(words[k]!))) continue;
    const s = heads.findIndex((x, k) => x === r && k > h && k < r && deprels[k] === "nsubj" && upos[k] === "PROPN");
    const comma = phraseStart(heads, words, h) - 1;
    if (s < 0 || comma <= root || words[comma] !== ",") continue;
    heads[h] = s;
    deprels[h] = "nmod:desc";
    heads[r] = root;
    deprels[r] = "parataxis";
    if (heads[comma] === h) heads[comma] = r;
  }
}

/**
 * Heads and labels (changed in place) for a report that ends the sentence, which the parser
 * coordinated with a clause before it: in "Helene killed 130 people after making landfall in
 * Florida, officials said on Monday", "said" is no second thing done after landfall but a parataxis
 * of the sentence's verb, reporting all of it. Only for a reporting verb with a subject of its own
 * right after a comma, without a conjunction, complementizer, object or clause of its own. So is a
 * report the parser made the parataxis of the last of coordinated verbs ("… killed 56 people and
 * forced 24,000 from their homes, authorities said Saturday"); a time word after the report is no
 * second subject of it ("Saturday", obl:tmod).
 */
export function trailingReports(heads: number[], deprels: string[], words: readonly string[], upos: readonly string[]): void {
  const root = heads.indexOf(-1);
  if (root < 0 || upos[root] !== "VERB") return;
  for (let r = root + 2; r < heads.length; r++) {
    if (!REPORTING_VERBS.test(words[r]!) || heads[r] === root) continue;
    if (deprels[r] !== "conj" && !(deprels[r] === "parataxis" && deprels[heads[r]!] === "conj" && isUnder(heads, r, root))) continue;
    const time = heads.findIndex((x, k) => x === r && k === r + 1 && deprels[k] === "nsubj" && isTimeWord(words[k]!));
    if (time > 0 && heads.some((x, k) => x === r && k < r && deprels[k] === "nsubj")) deprels[time] = "obl:tmod";
    const s = heads.findIndex((x, k) => x === r && k < r && deprels[k] === "nsubj");
    if (s < 0 || hasChild(heads, deprels, r, /^(cc|mark|obj|ccomp|xcomp|iobj)$/)) continue;
    const comma = phraseStart(heads, words, s) - 1;
    if (comma <= root || words[comma] !== ",") continue;
    heads[r] = root;
    deprels[r] = "parataxis";
    if (heads[comma] !== r && isUnder(heads, comma, root)) heads[comma] = r;
  }
}

/** "week", "Monday", "yesterday", "March": a word that names a time. */
function isTimeWord(word: string): boolean {
  return TIME_NOUNS.has(word.toLowerCase()) || DAYS.test(word);
}

/**
 * Heads, labels and tags (changed in place) for a subject with an active participle phrase that the
 * parser read as the clause: in "a freight train carrying chemicals derailed in Ohio", "carrying"
 * describes "train", and "derailed" (made a clause of the object) is the clause's verb. Only when the
 * root is a participle in -ing without auxiliaries, with a subject before it and an object after it,
 * and the verb under the object, with no subject of its own, is the one finite verb of the sentence
 * (a sentence needs one; a participle alone is none).
 */
export function participleRoots(heads: number[], deprels: string[], xpos: string[]): void {
  const r = heads.indexOf(-1);
  if (r < 0 || xpos[r] !== "VBG" || heads.some((h, i) => h === r && /^(aux|cop)/.test(deprels[i]!))) return;
  const n = heads.findIndex((h, i) => h === r && i < r && deprels[i] === "nsubj");
  const o = heads.findIndex((h, i) => h === r && i > r && deprels[i] === "obj");
  if (n < 0 || o < 0) return;
  const finite = (i: number) => FINITE_TAG.test(xpos[i]!);
  const v = xpos.findIndex((x, i) => i > o && /^(VBD|VBZ|VBP|VBN)$/.test(x) && /^acl/.test(deprels[i]!) && isUnder(heads, i, o));
  if (v < 0 || xpos.some((_, i) => i !== v && finite(i))) return;
  if (heads.some((h, i) => h === v && /^(nsubj|aux|cop|mark)/.test(deprels[i]!))) return;
  heads[v] = -1;
  deprels[v] = "root";
  if (xpos[v] === "VBN") xpos[v] = "VBD";
  heads.forEach((h, i) => {
    if (h === r && (i > v || (i < n && deprels[i] !== "punct"))) heads[i] = v;
  });
  heads[n] = v;
  heads[r] = n;
  deprels[r] = "acl";
}

/** Particles of phrasal verbs ("shot down", "gave up"). */
const PARTICLES = new Set(["down", "up", "off", "out", "back", "away", "over"]);

/**
 * Heads and labels (changed in place) for a verb's particle the parser hung on the number after it:
 * in "shot down 30 of 38 drones", "down" belongs to "shot" (the relation is "shot down").
 */
export function particlesBeforeNumbers(heads: number[], deprels: string[], words: readonly string[], upos: readonly string[]): void {
  for (let d = 1; d + 1 < heads.length; d++) {
    const v = d - 1;
    const h = heads[d]!;
    if (upos[v] !== "VERB" || !PARTICLES.has(words[d]!.toLowerCase()) || h !== d + 1 || upos[h] !== "NUM" || !isUnder(heads, h, v)) continue;
    heads[d] = v;
    deprels[d] = "compound:prt";
  }
}

/**
 * Heads and labels (changed in place) for a rate after an amount that the parser made a second
 * object or oblique of the verb: in "will pay $63.50 a share", "rose to $90 a barrel" and "earns
 * 3,000 euros a month", "a share" says what the amount is per (UD: nmod:npmod of the amount).
 */
export function ratesAfterAmounts(heads: number[], deprels: string[], words: readonly string[], upos: readonly string[]): void {
  for (let i = 2; i < heads.length; i++) {
    if (upos[i] !== "NOUN" || !/^(a|an|per)$/i.test(words[i - 1]!) || heads[i - 1] !== i) continue;
    // The amount: a number, the currency sign it belongs to ("$63.50"), or a counted noun ("3,000 euros").
    const p = i - 2;
    const n = heads[p]!;
    const counted = upos[p] === "NOUN" && upos[p - 1] === "NUM" && heads[p - 1] === p;
    if (upos[p] !== "NUM" && !counted) continue;
    const amount = !counted && n >= 0 && n < p && (upos[n] === "SYM" || upos[n] === "NOUN") && deprels[p] === "nummod" ? n : p;
    if (heads[i] !== heads[amount] || heads[i] < 0 || !/^(obj|obl|obl:npmod|obl:unmarked|nmod|nmod:npmod|nmod:unmarked)$/.test(deprels[i]!)) continue;
    heads[i] = amount;
    deprels[i] = "nmod:npmod";
  }
}

/**
 * Heads and labels (changed in place) for a passive participle with an agent right after a noun
 * that the parser hung on the verb as an adverbial clause: in "break into a market dominated by the
 * chip giant", "dominated" describes "market". Only for a past participle without subject,
 * auxiliary or conjunction of its own, with a "by" agent, right after the noun or between commas after it.
 */
export function participlesOnNouns(heads: number[], deprels: string[], upos: readonly string[], xpos: readonly string[], words: readonly string[] = []): void {
  for (let v = 1; v < heads.length; v++) {
    // Between commas too: "trailing the opposition Conservatives, led by Pierre Poilievre, by 20 points"
    // (UD EWT train: 4 such participles describe the noun before, 1 the clause).
    if (xpos[v] !== "VBN" || deprels[v] !== "advcl") continue;
    const enclosed = words[v - 1] === "," && words[subtreeEnd(heads, v) + 1] === ",";
    let n = enclosed ? v - 2 : v - 1;
    if (n < 0 || !/^(NOUN|PROPN)$/.test(upos[n]!)) continue;
    // (The thing, not the place it is in: "a rehearsal in Salzburg, conducted by Clemens Krauss".)
    if (enclosed) n = nameHeadToken(heads, deprels, upos, n);
    if (enclosed && deprels[n] === "nmod" && heads[n]! < n && upos[heads[n]!] === "NOUN" && heads.some((h, k) => h === n && deprels[k] === "case" && /^(in|at|near|from|on)$/i.test(words[k]!))) n = heads[n]!;
    if (hasChild(heads, deprels, v, /^(nsubj|aux|cop|mark|expl)/) || !hasChild(heads, deprels, v, /^obl:agent$/)) continue;
    // (Not a noun inside the participle's own phrase: "according to data released by …" may hang "data" on it.)
    if (!isUnder(heads, n, heads[v]!) || isUnder(heads, n, v)) continue;
    heads[v] = n;
    deprels[v] = "acl";
  }
}

/**
 * Heads and labels (changed in place) for a subject the parser made an apposition of the phrase
 * before it: in "In Flanders, the Flemish Region assigned its powers", "the Flemish Region" is the
 * subject of "assigned", not another name of Flanders. Only for an apposition after a comma, of a
 * prepositional phrase on a verb with no subject, ending right before that verb.
 */
export function appositionSubjects(heads: number[], deprels: string[], words: readonly string[], upos: readonly string[]): void {
  heads.forEach((h, a) => {
    if (deprels[a] !== "appos" || h < 0 || deprels[h] !== "obl" || words[a - 1] === undefined) return;
    const v = heads[h]!;
    if (v <= a || upos[v] !== "VERB" || !heads.some((g, i) => g === h && deprels[i] === "case")) return;
    if (heads.some((g, i) => g === v && /^(nsubj|expl)/.test(deprels[i]!))) return;
    if (!words.slice(h + 1, a).includes(",") || subtreeEnd(heads, a) !== v - 1) return;
    heads[a] = v;
    deprels[a] = "nsubj";
  });
}

/**
 * Heads (changed in place) for a conjunct with a preposition of its own hung on a noun without one:
 * in "will go to its plant in Liberty, which began shipping batteries, and to factories in Kentucky",
 * "to factories" is coordinated with "to its plant", not with "batteries". The conjunct goes to the
 * nearest phrase before it with the same preposition that is a verb's oblique.
 */
export function coordinatedPrepositionalPhrases(heads: number[], deprels: string[], words: readonly string[]): void {
  const caseOf = (i: number) => caseWord(heads, deprels, words, i);
  for (let n = 0; n < heads.length; n++) {
    const h = heads[n]!;
    if (deprels[n] !== "conj" || h < 0 || h > n) continue;
    const p = caseOf(n);
    // (Only from a clause's argument: a noun in the phrase itself may just have lost its preposition to a word before it.)
    if (p === undefined || caseOf(h) === p || !/^(obj|iobj|obl|nsubj)/.test(deprels[h]!)) continue;
    let target = -1;
    for (let k = h - 1; k >= 0; k--) {
      if (deprels[k] === "obl" && caseOf(k) === p) {
        target = k;
        break;
      }
    }
    if (target < 0 || isUnder(heads, target, n)) continue;
    heads[n] = target;
  }
}

/**
 * Heads and labels (changed in place) for a subject with an apposition that the parser read as an
 * oblique and its apposition as the subject: in "Brent crude, the global benchmark, climbed 4.1%",
 * "crude" is what climbed and "the global benchmark" its apposition. Only for a noun that opens the
 * sentence without a preposition, the subject between commas right after it, and nothing between
 * the closing comma and the verb.
 */
export function obliqueSubjectsBeforeAppositions(heads: number[], deprels: string[], words: readonly string[], upos: readonly string[]): void {
  const n = heads.findIndex((h, i) => deprels[i] === "obl" && /^(NOUN|PROPN)$/.test(upos[i]!) && h > i);
  if (n < 0 || subtreeStart(heads, n) !== 0 || heads.some((h, i) => h === n && deprels[i] === "case") || words[n + 1] !== ",") return;
  const v = heads[n]!;
  const a = heads.findIndex((h, i) => h === v && deprels[i] === "nsubj" && i > n + 1 && i < v);
  if (a < 0 || phraseStart(heads, words, a) !== n + 2) return;
  // (The closing comma may hang on the apposition or not.)
  const end = subtreeEnd(heads, a);
  const close = words[end] === "," ? end : end + 1;
  if (words[close] !== "," || close + 1 !== v) return;
  heads[n] = v;
  deprels[n] = "nsubj";
  heads[a] = n;
  deprels[a] = "appos";
}

/**
 * Heads and labels (changed in place) for a sentence whose subject has an apposition, parsed with the
 * subject as its root and the verb as a conjunct: in "Amazon Web Services, the company's cloud unit,
 * already operates data centers", the unit is the apposition and the services operate. Only for a
 * finite verb after the apposition's closing comma that has no subject and no conjunction of its own.
 */
export function verbsOfRootNouns(heads: number[], deprels: string[], words: readonly string[], upos: readonly string[], xpos: string[]): void {
  const r = heads.indexOf(-1);
  if (r < 0 || !/^(NOUN|PROPN)$/.test(upos[r]!) || heads.some((h, i) => h === r && /^(cop|nsubj|case)/.test(deprels[i]!))) return;
  // (An apposition read as a conjunct without a conjunction: "The protesters, most of them students, marched".)
  const a = heads.findIndex((h, i) => h === r && i > r && (deprels[i] === "appos" || (deprels[i] === "conj" && /^(NOUN|PROPN)$/.test(upos[i]!) && !hasChild(heads, deprels, i, /^cc$/))));
  if (a < 0 || words[phraseStart(heads, words, a) - 1] !== ",") return;
  const close = subtreeEnd(heads, a) + 1;
  // A past participle is the verb when the sentence has no finite one ("marched", tagged as a participle).
  const finite = (i: number) => FINITE_TAG.test(xpos[i]!) || (xpos[i] === "VBN" && !xpos.some((x) => FINITE_TAG.test(x)) && !hasChild(heads, deprels, i, /^aux/));
  const v = heads.findIndex((h, i) => h === r && i > close && deprels[i] === "conj" && upos[i] === "VERB" && finite(i));
  if (v < 0 || words[close] !== "," || heads.some((h, i) => h === v && /^(nsubj|cc|mark)/.test(deprels[i]!))) return;
  if (xpos[v] === "VBN") xpos[v] = "VBD";
  if (words.slice(close + 1, v).some((_, k) => upos[close + 1 + k] !== "ADV")) return;
  heads.forEach((h, i) => {
    if (h === r && i > v) heads[i] = v;
  });
  heads[close] = v;
  for (let i = close + 1; i < v; i++) if (heads[i] === r) heads[i] = v;
  heads[v] = -1;
  deprels[v] = "root";
  heads[r] = v;
  deprels[r] = "nsubj";
}

/**
 * Labels (changed in place) for a verb's object the parser labelled a bare oblique: in "struck down
 * President Donald Trump's sweeping tariffs", the tariffs are what was struck down. A common noun
 * with no preposition after a verb with no object, with only a particle or adverbs between them;
 * not a time ("left last week"), a span or a measure ("rose 5 percent", "waited two hours").
 */
export function bareObliquesAsObjects(heads: number[], deprels: string[], words: readonly string[], upos: readonly string[]): void {
  for (let o = 1; o < heads.length; o++) {
    const v = heads[o]!;
    if (deprels[o] !== "obl" || upos[o] !== "NOUN" || v < 0 || v >= o || upos[v] !== "VERB") continue;
    if (heads.some((h, i) => (h === o && /^(case|mark|nummod)$/.test(deprels[i]!)) || (h === v && /^(obj|ccomp|xcomp|nsubj:pass)$/.test(deprels[i]!)))) continue;
    if (isTimeWord(words[o]!) || SPANS.test(words[o]!) || heads.some((h, i) => h === o && (isTimeWord(words[i]!) || upos[i] === "NUM"))) continue;
    const start = subtreeStart(heads, o);
    if (words.slice(v + 1, start).some((_, k) => !/^(compound:prt|advmod)$/.test(deprels[v + 1 + k]!))) continue;
    deprels[o] = "obj";
  }
}

/**
 * Heads and labels (changed in place) for a possessor the parser hung elsewhere: in "on Sunday, South
 * Korea's military said", "South Korea's" belongs to "military" (a conjunct of "Sunday" there). A
 * name or noun with its "'s" is the possessor of the noun its phrase runs into (across adjectives
 * and compounds of that noun).
 */
export function possessorsOfNextNouns(heads: number[], deprels: string[], words: readonly string[], upos: readonly string[]): void {
  for (let c = 1; c + 1 < words.length; c++) {
    if (!/^['\u2019]s?$/.test(words[c]!) || deprels[c] !== "case") continue;
    const x = heads[c]!;
    if (x !== c - 1 || deprels[x] === "nmod:poss" || !/^(NOUN|PROPN)$/.test(upos[x]!)) continue;
    let n = c + 1;
    while (n < words.length && /^(ADJ|NUM)$/.test(upos[n]!)) n++;
    while (n + 1 < words.length && /^(NOUN|PROPN)$/.test(upos[n + 1]!) && heads[n] === n + 1) n++;
    if (n >= words.length || !/^(NOUN|PROPN)$/.test(upos[n]!)) continue;
    if (words.slice(c + 1, n).some((_, k) => heads[c + 1 + k] !== n)) continue;
    // (Not where the noun heads the possessor's phrase or the possessor heads it.)
    if (isUnder(heads, n, x) || heads[n] === x) continue;
    // The comma that opened the possessor's phrase goes with the noun's.
    const open = subtreeStart(heads, x);
    if (words[open] === "," && heads[open] === x) heads[open] = heads[n]!;
    heads[x] = n;
    deprels[x] = "nmod:poss";
  }
}

/**
 * Heads and labels (changed in place) for an amount set off by commas between a noun and a verb that
 * the parser made the verb's subject: in "Chicago's pension debt, about $35 billion, remained a
 * risk", the amount says how large the debt is (its apposition), and the debt remained. Only when
 * the amount's phrase ends right before the verb and the noun's right before the first comma; a
 * "that" read as the noun's determiner beside a possessor is the clause's conjunction.
 */
export function amountAppositionSubjects(heads: number[], deprels: string[], words: readonly string[], upos: readonly string[]): void {
  for (let s = 0; s < heads.length; s++) {
    const v = heads[s]!;
    if (v <= s || !/^nsubj/.test(deprels[s]!) || upos[v] !== "VERB") continue;
    const amount = upos[s] === "SYM" || upos[s] === "NUM" || (upos[s] === "NOUN" && hasChild(heads, deprels, s, /^nummod$/));
    if (!amount) continue;
    let lo = subtreeStart(heads, s);
    let hi = subtreeEnd(heads, s);
    while (lo < s && upos[lo] === "PUNCT") lo++;
    while (hi > s && upos[hi] === "PUNCT") hi--;
    if (words[lo - 1] !== "," || words[hi + 1] !== "," || hi + 2 !== v || lo < 2) continue;
    const n = nameHeadToken(heads, deprels, upos, lo - 2);
    if (!/^(NOUN|PROPN)$/.test(upos[n]!) || n === v || isUnder(heads, v, n) || /^(nsubj|obj|iobj)/.test(deprels[n]!) && heads[n] === v) continue;
    heads[s] = n;
    deprels[s] = "appos";
    heads[n] = v;
    deprels[n] = "nsubj";
    const that = heads.findIndex((h, c) => h === n && c < n && deprels[c] === "det" && words[c]!.toLowerCase() === "that");
    if (that >= 0 && hasChild(heads, deprels, n, /^nmod:poss$/)) {
      heads[that] = v;
      deprels[that] = "mark";
    }
  }
}

/**
 * Heads and labels (changed in place) for a name set off by commas after the subject that the parser
 * made a second subject of the verb: in "His chief of staff, Rui Costa, told reporters", the name is
 * the apposition of "chief", who told. Only for a common noun's phrase ending right before the comma.
 */
export function namedSecondSubjects(heads: number[], deprels: string[], words: readonly string[], upos: readonly string[]): void {
  // Subjects before their verb, counted per verb first (the repair only changes a verb already visited).
  const before = new Uint16Array(heads.length);
  heads.forEach((h, i) => {
    if (h > i && deprels[i] === "nsubj") before[h]++;
  });
  for (let v = 0; v < heads.length; v++) {
    if (before[v] !== 2) continue;
    const subjects = heads.flatMap((h, i) => (h === v && i < v && deprels[i] === "nsubj" ? [i] : []));
    if (subjects.length !== 2) continue;
    const [a, b] = subjects as [number, number];
    let start = subtreeStart(heads, b);
    let end = subtreeEnd(heads, b);
    while (start < b && upos[start] === "PUNCT") start++;
    while (end > b && upos[end] === "PUNCT") end--;
    let aEnd = subtreeEnd(heads, a);
    while (aEnd > a && upos[aEnd] === "PUNCT") aEnd--;
    if (upos[a] !== "NOUN" || upos[b] !== "PROPN" || words[start - 1] !== "," || words[end + 1] !== ",") continue;
    if (aEnd !== start - 2 || words.slice(start, end + 1).some((w, k) => upos[start + k] === "VERB" || w === ",")) continue;
    heads[b] = a;
    deprels[b] = "appos";
  }
}

const SPANS = /^(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/i;

/**
 * Heads and labels (changed in place) for a span of time before "after" or "before" that the parser
 * made a second subject of the clause: in "took office seven months after the party won", "months"
 * says when "took" happened (obl:unmarked, as UD EWT has it), and "party" is the subject of "won";
 * and the same when the parser hung the "after" phrase on the span.
 */
export function spansBeforeClauses(heads: number[], deprels: string[], words: readonly string[]): void {
  if (!words.some((w) => SPANS.test(w))) return;
  // "said, days after the United States held exercises", parsed with "after the United States" on
  // "days" and "days" the subject: the span says when, and the United States held.
  for (let v = 0; v < heads.length; v++) {
    const span = heads.findIndex((h, i) => h === v && i < v && deprels[i] === "nsubj" && SPANS.test(words[i]!));
    if (span < 0 || heads.some((h, i) => h === v && i !== span && /^nsubj/.test(deprels[i]!))) continue;
    const x = heads.findIndex((h, i) => h === span && i > span && deprels[i] === "nmod" && subtreeEnd(heads, i) === v - 1);
    const mark = x < 0 ? -1 : heads.findIndex((h, i) => h === x && i === span + 1 && deprels[i] === "case" && /^(after|before)$/i.test(words[i]!));
    if (mark < 0) continue;
    heads[x] = v;
    deprels[x] = "nsubj";
    heads[mark] = v;
    deprels[mark] = "mark";
    if (heads[v]! >= 0) {
      heads[span] = heads[v]!;
      deprels[span] = "obl:unmarked";
      if (deprels[v] === "ccomp") deprels[v] = "advcl";
    } else deprels[span] = "obl:unmarked";
  }
  for (let v = 0; v < heads.length; v++) {
    const subjects = heads.flatMap((h, i) => (h === v && i < v && deprels[i] === "nsubj" ? [i] : []));
    if (subjects.length !== 2 || !SPANS.test(words[subjects[0]!]!)) continue;
    const mark = heads.findIndex((h, i) => h === v && deprels[i] === "mark" && /^(after|before)$/i.test(words[i]!));
    if (mark !== subjects[0]! + 1) continue;
    if (heads[v]! >= 0) heads[subjects[0]!] = heads[v]!;
    deprels[subjects[0]!] = "obl:unmarked";
  }
}

/**
 * Heads and labels (changed in place) for "became the first woman to run the distance" parsed with the
 * noun as an object (or a complement) and "to run" as the verb's clause: after "become" or "remain", the noun is the
 * complement (xcomp, as UD has it) and the "to" clause right after it describes the noun (acl).
 */
export function becomeComplements(heads: number[], deprels: string[], words: readonly string[], upos: readonly string[]): void {
  for (let v = 0; v < heads.length; v++) {
    if (!BECOME_VERBS.test(words[v]!)) continue;
    const n = heads.findIndex((h, i) => h === v && i > v && /^(obj|iobj|xcomp)$/.test(deprels[i]!) && /^(NOUN|PROPN)$/.test(upos[i]!));
    if (n < 0) continue;
    const end = subtreeEnd(heads, n);
    const x = heads.findIndex((h, i) => h === v && i === end + 2 && /^(xcomp|advcl)$/.test(deprels[i]!) && /^to$/i.test(words[end + 1]!) && heads[end + 1] === i);
    if (x < 0) continue;
    deprels[n] = "xcomp";
    heads[x] = n;
    deprels[x] = "acl";
  }
}

/**
 * Heads and labels (changed in place) for a present tense the parser made a clause on the noun before
 * it: in "The ministry hopes the find will bring tourists back", "hopes" is the verb of "ministry" and
 * "the find will bring …" its complement (a present tense never modifies a noun without a relative
 * pronoun). Only when its object is right before the verb that took the noun as subject.
 */
export function finiteClausesOnNouns(heads: number[], deprels: string[], xpos: readonly string[]): void {
  for (let v = 1; v < heads.length; v++) {
    const n = v - 1;
    if (deprels[v] !== "acl" || heads[v] !== n || !/^(VBZ|VBP)$/.test(xpos[v]!) || deprels[n] !== "nsubj") continue;
    const r = heads[n]!;
    const o = heads.findIndex((h, i) => h === v && i > v && deprels[i] === "obj");
    if (r <= v || o < 0 || o > r) continue;
    const end = subtreeEnd(heads, o);
    const between = heads.every((h, i) => i <= end || i >= r || h === r);
    if (!between || heads.some((h, i) => h === r && i !== n && /^nsubj/.test(deprels[i]!))) continue;
    heads[v] = heads[r]!;
    deprels[v] = deprels[r]!;
    heads[r] = v;
    deprels[r] = "ccomp";
    heads[o] = r;
    deprels[o] = "nsubj";
    heads[n] = v;
    const last = heads.length - 1;
    if (heads[last] === r && deprels[last] === "punct") heads[last] = v;
  }
}

/** Verbs of hoping, expecting and knowing, whose complement may follow without "that". */
const THINKING_VERBS = /^(hope|hopes|hoped|hoping|expect|expects|expected|expecting|predict|predicts|predicted|predicting|estimate|estimates|estimated|know|knows|knew|knowing|suggest|suggests|suggested|suggesting|announce|announces|announced|admit|admits|admitted|deny|denies|denied|acknowledge|acknowledges|acknowledged|warn|warns|warned|doubt|doubts|doubted|feel|feels|felt)$/i;

/**
 * Heads and labels (changed in place) for the subject of a complement that the parser made the object
 * of the verb before it: in "hopes the find will bring tourists back", "the find" is the subject of
 * "bring". Only after verbs of saying, hoping or knowing, for a complement right after the object
 * with an auxiliary and no subject of its own.
 */
export function subjectsOfComplements(heads: number[], deprels: string[], words: readonly string[]): void {
  for (let o = 0; o < heads.length; o++) {
    if (deprels[o] !== "obj") continue;
    const v = heads[o]!;
    if (v < 0 || !(REPORTING_VERBS.test(words[v]!) || THINKING_VERBS.test(words[v]!))) continue;
    const aux = subtreeEnd(heads, o) + 1;
    if (v > o || aux >= heads.length || !/^aux/.test(deprels[aux]!)) continue;
    const c = heads[aux]!;
    if (c < 0 || heads[c] !== v || deprels[c] !== "ccomp") continue;
    if (heads.some((h, i) => h === c && /^(nsubj|mark)/.test(deprels[i]!))) continue;
    heads[o] = c;
    deprels[o] = "nsubj";
  }
}

/**
 * Heads and labels (changed in place) for the subject of a clause after "as", "while" or "because"
 * that the parser made an oblique of the verb before: in "The decisions come as the European Union
 * negotiates", "Union" is the subject of "negotiates" and "as" its conjunction. Only for a clause
 * without a subject right after the oblique.
 */
export function subjectsAfterConjunctions(heads: number[], deprels: string[], words: readonly string[]): void {
  for (let c = 0; c < heads.length; c++) {
    if (deprels[c] !== "case" || !/^(as|while|because|although|though|whereas)$/i.test(words[c]!)) continue;
    const o = heads[c]!;
    if (o < 0 || !/^obl/.test(deprels[o]!)) continue;
    const v = heads[o]!;
    const end = subtreeEnd(heads, o);
    const x = end + 1;
    if (x >= heads.length || heads[x] !== v || deprels[x] !== "advcl" || heads.some((h, i) => h === x && /^(nsubj|mark)/.test(deprels[i]!))) continue;
    heads[o] = x;
    deprels[o] = "nsubj";
    heads[c] = x;
    deprels[c] = "mark";
  }
}

/**
 * Heads and labels (changed in place) for the subject of a second clause that the parser coordinated
 * with the first clause's object: in "He has denied wrongdoing and his lawyers said they would
 * appeal", the lawyers said it (UD: "said" is a conjunct of "denied", "lawyers" its subject), and
 * denied nothing. Only for a finite verb right after the noun's phrase that has no subject and no
 * conjunction of its own, and a noun coordinated by "and" or "but".
 */
export function subjectsOfConjoinedClauses(heads: number[], deprels: string[], words: readonly string[], xpos: readonly string[]): void {
  for (let x = 2; x < heads.length; x++) {
    const v = heads[x]!;
    if (v < 0 || v > x || !/^(advcl|parataxis|dep|ccomp)$/.test(deprels[x]!) || !FINITE_TAG.test(xpos[x]!)) continue;
    if (heads.some((h, i) => h === x && i < x && /^(nsubj|mark|expl)/.test(deprels[i]!))) continue;
    let n = x - 1;
    while (n >= 0 && !(deprels[n] === "conj" && subtreeEnd(heads, n) === x - 1)) n--;
    if (n < 0 || !/^NNS?$/.test(xpos[n]!)) continue;
    const o = heads[n]!;
    if (heads[o] !== v || !/^(obj|obl)$/.test(deprels[o]!)) continue;
    const cc = heads.findIndex((h, i) => h === n && i < n && deprels[i] === "cc" && /^(and|but)$/i.test(words[i]!));
    if (cc < 0) continue;
    heads[n] = x;
    deprels[n] = "nsubj";
    heads[cc] = x;
    heads[x] = v;
    deprels[x] = "conj";
  }
}

/** Verbs that tell someone something: "told jurors that …" is what they were told. */
const TELLING = /^(tell|tells|told|telling|warn|warns|warned|warning|assure|assures|assured|assuring|inform|informs|informed|informing|remind|reminds|reminded|reminding|notify|notifies|notified|notifying|convince|convinces|convinced|convincing|persuade|persuades|persuaded|persuading)$/i;

/**
 * Heads, labels and tags (changed in place) for "that" after the person a verb of telling addresses,
 * which the parser read as a relative pronoun: in "Prosecutors told jurors that Mercer lied", "Mercer
 * lied" is what was told (ccomp), not a clause about the jurors. Only when the clause has a subject
 * of its own, so "that" cannot be one.
 */
export function toldThat(heads: number[], deprels: string[], words: readonly string[], upos: string[]): void {
  for (let that = 1; that < heads.length; that++) {
    if (!/^that$/i.test(words[that]!)) continue;
    const c = heads[that]!;
    const x = that - 1;
    if (c < 0 || deprels[c] !== "acl:relcl" || heads[c] !== x || !/^(obj|iobj)$/.test(deprels[x]!)) continue;
    const v = heads[x]!;
    if (v < 0 || !TELLING.test(words[v]!)) continue;
    if (!heads.some((h, i) => h === c && i !== that && /^nsubj/.test(deprels[i]!))) continue;
    heads[c] = v;
    deprels[c] = "ccomp";
    deprels[that] = "mark";
    upos[that] = "SCONJ";
  }
}

/**
 * Heads and labels (changed in place) for the "to" clause of a verb that asks its object to act, hung
 * on a phrase after the object: in "urged anyone with information to contact police", "with
 * information" describes "anyone", and "to contact police" is what they were urged to do (xcomp).
 */
export function controlledClausesAfterPhrases(heads: number[], deprels: string[], words: readonly string[]): void {
  for (let v = 0; v < heads.length; v++) {
    if (!isObjectControlVerb(words[v]!)) continue;
    const o = heads.findIndex((h, i) => h === v && i > v && /^(obj|iobj)$/.test(deprels[i]!));
    if (o < 0 || heads.some((h, i) => h === v && /^(xcomp|ccomp)$/.test(deprels[i]!))) continue;
    const p = heads.findIndex((h, i) => h === v && i > o && deprels[i] === "obl" && subtreeStart(heads, i) === subtreeEnd(heads, o) + 1);
    const x = p < 0 ? -1 : heads.findIndex((h, i) => h === p && i > p && /^(acl|advcl)$/.test(deprels[i]!) && heads.some((g, k) => g === i && k === i - 1 && /^to$/i.test(words[k]!)));
    if (x < 0) continue;
    heads[p] = o;
    deprels[p] = "nmod";
    heads[x] = v;
    deprels[x] = "xcomp";
    deprels[o] = "obj";
  }
}

/**
 * Heads and labels (changed in place) for two clauses joined by "and" or "but" that the parser read
 * as a report and what it reports: in "The United States congratulated Lai, and Secretary Blinken
 * said Washington was committed", the first clause is no complement of "said" (the conjunction,
 * hung on the second clause's subject, says so); the second clause is its conjunct.
 */
export function clausesBeforeConjunctions(heads: number[], deprels: string[], words: readonly string[]): void {
  for (let v = 0; v < heads.length; v++) {
    const c = heads.findIndex((h, i) => h === v && i < v && deprels[i] === "ccomp");
    if (c < 0) continue;
    const s = heads.findIndex((h, i) => h === v && i > c && i < v && /^nsubj/.test(deprels[i]!));
    if (s < 0) continue;
    const end = subtreeEnd(heads, c);
    const cc = heads.findIndex((h, i) => h === s && i > end && i < s && deprels[i] === "cc" && /^(and|but)$/i.test(words[i]!));
    if (cc < 0 || words.slice(end + 1, cc).some((w) => w !== ",") || heads.slice(cc + 1, s).some((h, k) => !isUnder(heads, cc + 1 + k, s))) continue;
    heads[c] = heads[v]!;
    deprels[c] = deprels[v]!;
    heads[v] = c;
    deprels[v] = "conj";
    heads[cc] = v;
    for (let i = end + 1; i < cc; i++) if (words[i] === ",") heads[i] = v;
  }
}

/**
 * Heads, labels and tags (changed in place) for "that" read as a relative pronoun and parsed as the
 * determiner of the clause's subject: in "said on Telegram that debris had fallen", "that" opens the
 * clause (a relative "that" determines no noun) and is what was said (ccomp). Only when the noun
 * the clause was hung on is an oblique or object of a verb of saying or telling: elsewhere "that" may
 * be a relative clause's object ("weapons that other countries do not have").
 */
export function thatBeforeSubjects(heads: number[], deprels: string[], words: readonly string[], upos: string[]): void {
  for (let that = 1; that < heads.length; that++) {
    const n = heads[that]!;
    // (The noun right after "that", or after modifiers of it.)
    if (!/^that$/i.test(words[that]!) || deprels[that] !== "det" || upos[that] !== "PRON" || !(n > that && heads.slice(that + 1, n).every((h) => h === n))) continue;
    const c = heads[n]!;
    if (c < 0 || !/^nsubj/.test(deprels[n]!) || deprels[c] !== "acl:relcl" || heads[c]! < 0 || heads[c]! > that) continue;
    const x = heads[c]!;
    const v = heads[x]!;
    if (v < 0 || !/^(obl|obj|iobj)$/.test(deprels[x]!) || !(REPORTING_VERBS.test(words[v]!) || TELLING.test(words[v]!))) continue;
    heads[that] = c;
    deprels[that] = "mark";
    upos[that] = "SCONJ";
    heads[c] = v;
    deprels[c] = "ccomp";
  }
}

/**
 * Heads (changed in place) for a relative pronoun that is the subject of a clause inside the relative
 * clause: in "a surge that forecasters said could reach 10 feet", "that" is the subject of "reach",
 * not a second subject of "said". Only when the inner clause has no subject of its own.
 */
export function extractedSubjects(heads: number[], deprels: readonly string[], words: readonly string[]): void {
  for (let v = 0; v < heads.length; v++) {
    if (deprels[v] !== "acl:relcl") continue;
    const subjects = heads.flatMap((h, i) => (h === v && deprels[i] === "nsubj" ? [i] : []));
    if (subjects.length !== 2 || !/^(that|which|who)$/i.test(words[subjects[0]!]!)) continue;
    const c = heads.findIndex((h, i) => h === v && i > v && deprels[i] === "ccomp");
    if (c < 0 || heads.some((h, i) => h === c && /^nsubj/.test(deprels[i]!))) continue;
    heads[subjects[0]!] = c;
  }
}
