// The trained models behind the pipeline's token-level stages, behind one small interface so the
// stages stay swappable (and testable with hand-built annotators). Models load once, lazily, from models/.
import { existsSync, readFileSync } from "node:fs";
import { KgError } from "../errors.js";
import { inflateModelFiles } from "../nlp/model-files.js";
import { modelPath } from "../nlp/model-path.js";

export interface Annotators {
  /** Universal and Penn Treebank tags for the words of one sentence. */
  tag(words: readonly string[]): { upos: string[]; xpos: string[] };
  /** Heads (0-based, -1 for the root) and UD relations; undefined when no parser model is available. */
  parse(words: readonly string[], upos: readonly string[], xpos: readonly string[]): { heads: number[]; deprels: string[] } | undefined;
  /** A title-case headline's words as running text would spell them (optional: headlines are then tagged as written). */
  recase?(words: readonly string[]): string[];
  /** Whether a word can be a present-tense verb ("blocks"), for headlines (optional). */
  canBePresentVerb?(word: string): boolean;
  /** Whether a word can be a past-tense verb ("rose"), for sentences with no verb tagged (optional). */
  canBePastVerb?(word: string): boolean;
  /** Whether a word can be a verb's base form ("cost", "plan"), for relative clauses (optional). */
  canBeBaseVerb?(word: string): boolean;
  /** Whether a word can be a singular common noun ("executive"), for role nouns (optional). */
  canBeNoun?(word: string): boolean;
  /** Whether a word is a common word rather than a name ("that", not "Sul"), for names (optional). */
  isCommonWord?(word: string): boolean;
  /** Whether a name is a listed company's ("Walmart"), for names the recognizer read as persons or places (optional). */
  isCompanyName?(name: string): boolean;
  /** BIO labels (B-PER, I-ORG, O, …) for the sentences of one document. */
  recognize(sentences: readonly (readonly string[])[]): string[][];
}

/**
 * Which models: the default is the most accurate pipeline (the tagger and parser ensembles); `fast`
 * uses the tagger ensemble's first member and the greedy parser alone, about 3x faster for a
 * couple of points of parsing accuracy (README, "The fast pipeline").
 */
export interface AnnotatorOptions {
  readonly fast?: boolean;
}

const loaded = new Map<boolean, Promise<Annotators>>();

/** models/companies.txt: one company name per line, "#" comments (an empty set when the file is missing). */
function companyNames(): Set<string> {
  const path = modelPath("companies.txt");
  if (!existsSync(path)) return new Set();
  return new Set(readFileSync(path, "utf8").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#")));
}

export function loadAnnotators(options: AnnotatorOptions = {}): Promise<Annotators> {
  const fast = options.fast === true;
  let annotators = loaded.get(fast);
  if (!annotators) loaded.set(fast, (annotators = load(fast)));
  return annotators;
}

async function load(fast: boolean): Promise<Annotators> {
  const missing = ["tagger.bin.gz", "ner.bin.gz"].filter((f) => !existsSync(modelPath(f)));
  if (missing.length) {
    throw new KgError("MODEL_MISSING", `model files missing: ${missing.join(", ")}`, { suggestion: "reinstall kg (models/ is part of the package) or run `npm run train`" });
  }
  // All the files start reading and inflating at once, off this thread (node's thread pool); each
  // model is built here as soon as its files are ready, the smallest first, while the larger files
  // are still inflating.
  const hasParser = existsSync(modelPath("parser.bin.gz"));
  const [nerFiles, taggerFile, parserFile] = [
    ["ner.bin.gz", "ner-gazetteer.txt.gz", "clusters.txt.gz"],
    ["tagger.bin.gz"],
    hasParser ? ["parser.bin.gz"] : [],
  ].map((names) => Promise.all(inflateModelFiles(names.map((f) => modelPath(f)))));
  const [taggerMod, nerMod, parserMod] = await Promise.all([import("../nlp/tagger.js"), import("../nlp/ner.js"), hasParser ? import("../nlp/parser.js") : undefined]);
  await nerFiles;
  const ner = nerMod.defaultNer();
  await taggerFile;
  const tagger = fast ? taggerMod.fastTagger() : taggerMod.defaultTagger();
  await parserFile;
  const parser = fast ? parserMod?.fastParser() : parserMod?.defaultParser();
  const companies = companyNames();
  // "Exxon Mobil" for ExxonMobil, "Glaxo SmithKline" for GlaxoSmithKline: spacing and hyphens aside.
  const compact = (name: string) => name.replace(/[\s.-]+/g, "").toLowerCase();
  const compactCompanies = new Set([...companies].map(compact));
  return {
    tag: (words) => tagger.tag(words),
    parse: (words, upos, xpos) => parser?.parse(words, upos, xpos),
    recognize: (sentences) => ner.recognize(sentences),
    isCompanyName: (name) => companies.has(name) || (/\s/.test(name) && compactCompanies.has(compact(name))),
    recase: (words) => tagger.recase(words),
    canBePresentVerb: (word) => tagger.canBePresentVerb(word),
    canBePastVerb: (word) => tagger.canBePastVerb(word),
    canBeBaseVerb: (word) => tagger.canBeBaseVerb(word),
    canBeNoun: (word) => tagger.canBeNoun(word),
    isCommonWord: (word) => tagger.isCommonWord(word),
  };
}
