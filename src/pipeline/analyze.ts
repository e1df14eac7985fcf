// The extraction pipeline for one document: segment -> names (NER) -> tag -> parse -> mentions -> triples.
// Each stage is a pure function over the shared data model; the models come in as Annotators.
import type { AnalyzedDocument, Document, Mention, Sentence, Token, Triple } from "../model/types.js";
import type { Annotators } from "./annotators.js";
import {
  appositionsWithoutConjunctions,
  adjectivesAsNounsBeforePrepositions,
  appositionsOfLastConjuncts,
  appositionSubjects,
  becomeComplements,
  clausesAfterPrepositions,
  commaRelatives,
  comparativeNumbers,
  comparativesBeforeParticiples,
  detachNamesFromTimes,
  extractedSubjects,
  finiteClausesOnNouns,
  gerundNounsBeforeAuxiliaries,
  gerundsAfterPrepositions,
  haveBeforeNouns,
  infinitiveObliques,
  casedObjects,
  obliqueSubjectsBeforeAppositions,
  coordinatedPrepositionalPhrases,
  intransitiveGerundsBeforeNouns,
  participlesBeforeObjects,
  participlesAfterHave,
  worthObjects,
  obliquesOnPersonObjects,
  presentVerbsAfterThis,
  controlledClausesAfterPhrases,
  clausesBeforeConjunctions,
  thatBeforeSubjects,
  nounsReadAsPresentVerbs,
  baseVerbsAfterConjunctions,
  presentVerbsBeforeInfinitives,
  bareObliquesAsObjects,
  possessorsOfNextNouns,
  verbsOfRootNouns,
  pastAfterReducedRelatives,
  joinCoordinatedNames,
  joinDoubleSubjects,
  joinNameParticles,
  lowercaseCommonNouns,
  namedAppositionsOfObjects,
  namedSecondSubjects,
  namesAsProperNouns,
  namesBeforeAmounts,
  objectsAfterGerunds,
  openingParticiplesAsNoNames,
  participlePhrasesOnSubjects,
  participleRoots,
  participlesOnNouns,
  particlesBeforeNumbers,
  participlesAfterReports,
  ratesAfterAmounts,
  reducedRelatives,
  relativeConjunctRoots,
  relativePronounsBeforeVerbs,
  relativeRoots,
  reportedClauses,
  coordinatedReportedSubjects,
  roleWordsAsNouns,
  scoresAfterObjects,
  spansBeforeClauses,
  splitNounPhrases,
  speakersAfterObjects,
  reportsOnTitles,
  trailingReports,
  subjectsAfterConjunctions,
  subjectsOfConjoinedClauses,
  subjectsOfComplements,
  timesAfterObjects,
  timesBeforeCommas,
  timesBeforeVerbs,
  titleAppositions,
  reportsAfterObjects,
  nounsOpeningSentences,
  participlesBeforeTitles,
  nounsAfterNames,
  verbsReadAsConjunctions,
  periodEnds,
  relativeSubjectsOfComplements,
  relativesAgreeingInNumber,
  gerundConjuncts,
  coordinatedCompounds,
  presentVerbsAfterConjunctions,
  namesAsSubtrees,
  amountAppositionSubjects,
  amountsBeforeNouns,
  organizationAppositions,
  toldThat,
} from "./repairs.js";
import { companiesByUse, coordinatedOrganizations, datelineTypes, documentAcronyms, documentKinds, filterHeadlineMentions, findMentions, headedOrganizationNames, headlineNamesAtVerbs, organizationsOverCapitals, headlineSentences, purposeOrganizationNames, titlesBeforePersons, recurringNames, sentenceCaseHeadlines, listedCompanies, organizationsByUse, repeatedNames } from "./mentions.js";
import { extractRelations, REPORTING, type Proposition } from "./relations.js";
import { splitSentences } from "./tokenize.js";
import { headOf } from "./tree.js";

/** Token text as the models saw it in training (ASCII quotes and dashes). */
export function modelWord(text: string): string {
  if (!/[\u00ab\u00bb\u2013-\u2033]/.test(text)) return text;
  return text
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2014\u2013]/g, "--");
}

/** A double quote as the Penn Treebank writes it: `` opens, '' closes, '"' when the character does not say. */
function ptbQuote(text: string): string {
  return text === "\u201c" ? "``" : text === "\u201d" ? "''" : '"';
}

/**
 * Tags and trees for the sentences. Headlines (indexes in `headlines`) are tagged and parsed with
 * their common words lowercased, as running text spells them ("Military Admits Failure" reads as a
 * name otherwise); their tokens keep their text. With the sentences' entity labels (`names`, BIO),
 * a capitalized word the tagger read as a verb inside a person, organization or place name is a
 * proper noun when parsed ("Boeing on Wednesday named …").
 */
export function annotateSentences(
  sentences: readonly Sentence[],
  annotators: Annotators,
  headlines: ReadonlySet<number> = new Set(),
  names: readonly string[][] = [],
  /** Headlines written as sentences (sentenceCaseHeadlines): their verb is found as a headline's, their case is kept. */
  plainHeadlines: ReadonlySet<number> = new Set(),
): Sentence[] {
  return sentences.map((s, k) => {
    let words = s.tokens.map((t) => modelWord(t.text));
    const headline = headlines.has(s.index);
    const telegraphic = headline || plainHeadlines.has(s.index);
    if (headline && annotators.recase) words = annotators.recase(words);
    // Curly double quotes reach the tagger as PTB quotes, which keep their direction (`` or '').
    const { upos, xpos } = annotators.tag(words.map((w, i) => (w === '"' ? ptbQuote(s.tokens[i]!.text) : w)));
    // A headline's verb comes before any relative or adverbial clause ("Judge Blocks Law That Lets
    // Police Arrest Migrants", "Acme Posts Record Profit as Demand Surges").
    const relative = telegraphic ? words.findIndex((w) => /^(that|which|who|as|after|while|when|because|before|until|since|amid)$/i.test(w)) : -1;
    const main = relative > 0 ? relative : words.length;
    // (A headline may have a participle or a gerund and still lack its verb: "Police Arrest Two Men After Shooting".)
    const verbless = telegraphic ? !xpos.slice(0, main).some((x) => /^(VBD|VBZ|VBP|MD)$/.test(x)) : !upos.slice(0, main).some((u) => u === "VERB" || u === "AUX");
    if (verbless) {
      // Headlines tell news in the present tense ("Court Blocks Tariffs on Steel"): with no verb
      // tagged, the first word after a noun that can be a present-tense verb is the verb; after a
      // plural noun, a verb's base form counts too ("Firefighters Battle Blaze"). Running text has
      // a verb too: there, a past tense also counts ("Shares of Acme rose by 3 percent").
      const after = (w: string, i: number) => i > 0 && i < main - 1 && /^(NOUN|PROPN)$/.test(upos[i - 1]!) && /^NN/.test(xpos[i]!) && (telegraphic || /^\p{Ll}/u.test(w));
      const present = words.findIndex((w, i) => after(w, i) && /s$/i.test(w) && annotators.canBePresentVerb?.(w) === true);
      const past = telegraphic ? -1 : words.findIndex((w, i) => after(w, i) && annotators.canBePastVerb?.(w) === true);
      // ("police" is plural in agreement: "Police Raid Offices".)
      const plural = (i: number) => /^NNP?S$/.test(xpos[i - 1]!) || /^police$/i.test(words[i - 1]!);
      const base = telegraphic ? words.findIndex((w, i) => after(w, i) && plural(i) && !/s$/i.test(w) && annotators.canBeBaseVerb?.(w) === true) : -1;
      const v = [present, past, base].filter((i) => i > 0).reduce((a, b) => Math.min(a, b), Infinity);
      if (v < Infinity) {
        upos[v] = "VERB";
        xpos[v] = v === present ? "VBZ" : v === past ? "VBD" : "VBP";
      }
    }
    const labels = names[k];
    // The labels change in place, for the mentions too.
    if (labels && annotators.isCommonWord) openingParticiplesAsNoNames(words, labels, upos, xpos, annotators.isCommonWord);
    // (Not in headlines: title case misleads the recognizer there, see filterHeadlineMentions.)
    if (!headline && labels) namesAsProperNouns(s.tokens.map((t) => t.text), labels, upos, xpos);
    // (After the names: "Bankman-Fried, 31, faces …" is no participle first.)
    if (!headline) verbAfterInsertion(words, upos, xpos, annotators.canBePresentVerb);
    if (!headline) pastAfterInsertion(words, upos, xpos);
    if (!headline) pastAfterReducedRelatives(words, upos, xpos);
    if (annotators.canBeNoun) roleWordsAsNouns(words, upos, xpos, annotators.canBeNoun);
    if (annotators.canBeNoun) lowercaseCommonNouns(words, labels, upos, xpos, annotators.canBeNoun);
    if (annotators.canBeNoun) adjectivesAsNounsBeforePrepositions(words, upos, xpos, annotators.canBeNoun);
    gerundNounsBeforeAuxiliaries(words, upos, xpos);
    gerundsAfterPrepositions(words, upos, xpos);
    haveBeforeNouns(words, upos, xpos);
    intransitiveGerundsBeforeNouns(words, upos, xpos);
    participlesBeforeObjects(words, upos, xpos);
    if (annotators.canBeBaseVerb) participlesAfterHave(words, upos, xpos, annotators.canBeBaseVerb);
    if (annotators.canBePresentVerb) presentVerbsAfterThis(words, upos, xpos, annotators.canBePresentVerb);
    if (annotators.canBeNoun && annotators.canBePresentVerb) nounsReadAsPresentVerbs(words, upos, xpos, { canBeNoun: annotators.canBeNoun, canBePresentVerb: annotators.canBePresentVerb });
    if (annotators.canBePresentVerb) presentVerbsBeforeInfinitives(words, upos, xpos, annotators.canBePresentVerb);
    if (annotators.canBeBaseVerb) baseVerbsAfterConjunctions(words, upos, xpos, annotators.canBeBaseVerb);
    if (annotators.canBePresentVerb) presentVerbsAfterConjunctions(words, upos, xpos, annotators.canBePresentVerb);
    if (annotators.canBeNoun) nounsAfterNames(words, upos, xpos, annotators.canBeNoun);
    participlesBeforeTitles(words, upos, xpos);
    if (!headline) nounsOpeningSentences(words, upos, xpos);
    if (annotators.canBePresentVerb && annotators.canBePastVerb) verbsReadAsConjunctions(words, upos, xpos, { past: annotators.canBePastVerb, present: annotators.canBePresentVerb });
    comparativesBeforeParticiples(words, upos, xpos);
    const { canBePresentVerb, canBePastVerb, canBeBaseVerb } = annotators;
    if (canBePresentVerb && canBePastVerb && canBeBaseVerb) relativePronounsBeforeVerbs(words, upos, xpos, { canBePresentVerb, canBePastVerb, canBeBaseVerb });
    const parsed = annotators.parse(words, upos, xpos);
    const asParsed = parsed && { heads: [...parsed.heads], deprels: [...parsed.deprels] };
    let tree = parsed && { heads: parsed.heads, deprels: detachNamesFromTimes(parsed.heads, joinDoubleSubjects(parsed.heads, parsed.deprels, upos), words, upos) };
    if (tree) {
      if (labels) namesAsSubtrees(tree.heads, tree.deprels, labels, words);
      if (labels) obliquesOnPersonObjects(tree.heads, tree.deprels, labels, words, upos);
      possessorsOfNextNouns(tree.heads, tree.deprels, words, upos);
      bareObliquesAsObjects(tree.heads, tree.deprels, words, upos);
      titleAppositions(tree.heads, tree.deprels, words, upos);
      organizationAppositions(tree.heads, tree.deprels, words, upos);
      commaRelatives(tree.heads, tree.deprels, words, upos);
      relativeRoots(tree.heads, tree.deprels, words, upos);
      relativeConjunctRoots(tree.heads, tree.deprels, words, upos, xpos);
      objectsAfterGerunds(tree.heads, tree.deprels, xpos);
      comparativeNumbers(tree.heads, tree.deprels, words, upos);
      namesBeforeAmounts(tree.heads, tree.deprels, upos);
      amountsBeforeNouns(tree.heads, tree.deprels, words, upos);
      coordinatedCompounds(tree.heads, tree.deprels, words, xpos);
      gerundConjuncts(tree.heads, tree.deprels, words, xpos);
      relativeSubjectsOfComplements(tree.heads, tree.deprels, words, upos);
      relativesAgreeingInNumber(tree.heads, tree.deprels, words, upos, xpos);
      appositionsWithoutConjunctions(tree.heads, tree.deprels, words, upos);
      appositionsOfLastConjuncts(tree.heads, tree.deprels, words, upos, xpos);
      namedAppositionsOfObjects(tree.heads, tree.deprels, words, upos);
      namedSecondSubjects(tree.heads, tree.deprels, words, upos);
      appositionSubjects(tree.heads, tree.deprels, words, upos);
      verbsOfRootNouns(tree.heads, tree.deprels, words, upos, xpos);
      amountAppositionSubjects(tree.heads, tree.deprels, words, upos);
      participlesOnNouns(tree.heads, tree.deprels, upos, xpos, words);
      particlesBeforeNumbers(tree.heads, tree.deprels, words, upos);
      ratesAfterAmounts(tree.heads, tree.deprels, words, upos);
      reducedRelatives(tree.heads, tree.deprels, words, xpos);
      participlePhrasesOnSubjects(tree.heads, tree.deprels, words, xpos);
      infinitiveObliques(tree.heads, tree.deprels, words, xpos);
      scoresAfterObjects(tree.heads, tree.deprels, words, xpos);
      casedObjects(tree.heads, tree.deprels, words, upos);
      obliqueSubjectsBeforeAppositions(tree.heads, tree.deprels, words, upos);
      coordinatedPrepositionalPhrases(tree.heads, tree.deprels, words);
      worthObjects(tree.heads, tree.deprels, words, upos);
      splitNounPhrases(tree.heads, tree.deprels, words, upos, xpos);
      clausesAfterPrepositions(tree.heads, tree.deprels, words, xpos);
      participleRoots(tree.heads, tree.deprels, xpos);
      spansBeforeClauses(tree.heads, tree.deprels, words);
      toldThat(tree.heads, tree.deprels, words, upos);
      thatBeforeSubjects(tree.heads, tree.deprels, words, upos);
      clausesBeforeConjunctions(tree.heads, tree.deprels, words);
      controlledClausesAfterPhrases(tree.heads, tree.deprels, words);
      becomeComplements(tree.heads, tree.deprels, words, upos);
      reportedClauses(tree.heads, tree.deprels, words);
      coordinatedReportedSubjects(tree.heads, tree.deprels, words, xpos);
      reportsAfterObjects(tree.heads, tree.deprels, words);
      participlesAfterReports(tree.heads, tree.deprels, words, xpos);
      speakersAfterObjects(tree.heads, tree.deprels, words, upos);
      reportsOnTitles(tree.heads, tree.deprels, words, upos);
      trailingReports(tree.heads, tree.deprels, words, upos);
      timesBeforeVerbs(tree.heads, tree.deprels, words);
      timesAfterObjects(tree.heads, tree.deprels, words);
      periodEnds(tree.heads, tree.deprels, words);
      timesBeforeCommas(tree.heads, tree.deprels, words, upos);
      finiteClausesOnNouns(tree.heads, tree.deprels, xpos);
      subjectsAfterConjunctions(tree.heads, tree.deprels, words);
      subjectsOfConjoinedClauses(tree.heads, tree.deprels, words, xpos);
      subjectsOfComplements(tree.heads, tree.deprels, words);
      extractedSubjects(tree.heads, tree.deprels, words);
      // The repairs move arcs one at a time; should they ever leave a cycle, the parser's tree stands
      // (every later stage walks heads up to the root).
      if (!isTree(tree.heads)) tree = asParsed;
    }
    // (Built field by field: a spread of each token costs more than the rules that read them.)
    const t = tree;
    const tokens: Token[] = s.tokens.map((w, i) =>
      t
        ? { text: w.text, start: w.start, end: w.end, upos: upos[i], xpos: xpos[i], head: t.heads[i], deprel: t.deprels[i] }
        : { text: w.text, start: w.start, end: w.end, upos: upos[i], xpos: xpos[i] },
    );
    return { ...s, tokens };
  });
}

/** Whether heads (0-based, -1 for the root) form one tree: every token reaches a root, and no cycle. */
export function isTree(heads: readonly number[]): boolean {
  const state = new Uint8Array(heads.length); // 0 unseen, 1 on the current path, 2 reaches a root
  for (let i = 0; i < heads.length; i++) {
    const path: number[] = [];
    let k = i;
    while (k >= 0 && state[k] === 0) {
      if (k >= heads.length || !Number.isInteger(heads[k])) return false;
      state[k] = 1;
      path.push(k);
      k = heads[k]!;
    }
    if (k >= heads.length || (k >= 0 && state[k] === 1)) return false;
    for (const p of path) state[p] = 2;
  }
  return true;
}

/**
 * Whether the mention is the subject of a report's verb that follows what it reports ("…, was arrested,
 * Chief Jane Roe told reporters"): it attributes the sentence, which is not about it.
 */
function isTrailingSource(s: Sentence, m: Mention): boolean {
  if (m.tokenStart === undefined || m.tokenEnd === undefined) return false;
  const head = headOf(s.tokens, m.tokenStart, m.tokenEnd);
  if (head === undefined || s.tokens[head]!.deprel !== "nsubj") return false;
  const v = s.tokens[head]!.head ?? -1;
  const verb = s.tokens[v];
  if (!verb || !REPORTING.has(verb.text.toLowerCase())) return false;
  return (verb.deprel === "parataxis" && (verb.head ?? v) < v) || s.tokens.some((t, k) => t.head === v && t.deprel === "ccomp" && k < v);
}

/** Whether the mention's head word is a clause subject. */
function isSubject(s: Sentence, m: Mention): boolean {
  if (m.tokenStart === undefined || m.tokenEnd === undefined) return false;
  const head = headOf(s.tokens, m.tokenStart, m.tokenEnd);
  return head !== undefined && /^nsubj/.test(s.tokens[head]!.deprel ?? "");
}

/** Whether the comma at `open` sets off an age ("Roe, 31, faces …"). */
function isAge(words: readonly string[], open: number): boolean {
  return /^\d{1,3}$/.test(words[open + 1] ?? "") && words[open + 2] === ",";
}

/**
 * Tags (changed in place) with the past-tense verb of a sentence whose subject is followed by an
 * insertion between commas, that the tagger read as a participle: "Germany's foreign minister,
 * Annalena Baerbock, expressed condolences", "The president, who visited on Monday, promised to
 * rebuild". Only with no finite verb outside the insertion, and not before "by" (a passive
 * participle: "The man, a teacher, arrested by police").
 */
export function pastAfterInsertion(words: readonly string[], upos: string[], xpos: string[]): void {
  const open = words.findIndex((w, i) => w === "," && i > 0 && /^(NOUN|PROPN)$/.test(upos[i - 1]!));
  const close = open < 0 ? -1 : words.indexOf(",", open + 1);
  // (An adverb may come between: "The president, who did not run, also congratulated her".)
  const v = xpos[close + 1] === "RB" && /^\p{Ll}+$/u.test(words[close + 1]!) ? close + 2 : close + 1;
  if (close < 0 || v >= words.length - 1 || !(/^(DET|PRON|PROPN)$/.test(upos[open + 1]!) || isAge(words, open))) return;
  if (xpos[v] !== "VBN" || !/^\p{Ll}+ed$/u.test(words[v]!) || /^(by|,|\.)$/.test(words[v + 1]!)) return;
  // A relative or a complement clause after the verb has verbs of its own ("Roe, 31, defeated Doe,
  // who conceded", "Acme, which makes meals, announced that it would close").
  const relative = words.findIndex((w, i) => i > v && /^(who|which|whom|whose|that|because|after|when|while|if|although)$/i.test(w));
  const end = relative < 0 ? words.length : relative;
  if (xpos.some((x, i) => (i < open || (i > close && i < end)) && /^(VBD|VBZ|VBP|MD)$/.test(x))) return;
  if (words.slice(0, open).some((w, i) => upos[i] === "ADP" || upos[i] === "SCONJ")) return;
  upos[v] = "VERB";
  xpos[v] = "VBD";
}

/**
 * Tags (changed in place) with the verb of a sentence whose subject is followed by an insertion
 * between commas: "The agency, a partner in the mission, plans more flights", "The company, which
 * makes frozen meals, plans new plants", "Roe, 31, faces decades in prison", "The planet, known as GJ 9827d, orbits a
 * red dwarf". With no verb outside the insertion, a word right after it
 * that can be a present-tense verb ("plans", tagged a plural noun) is the verb.
 */
export function verbAfterInsertion(words: readonly string[], upos: string[], xpos: string[], canBePresentVerb?: (word: string) => boolean): void {
  if (!canBePresentVerb) return;
  const open = words.findIndex((w, i) => w === "," && i > 0 && /^(NOUN|PROPN)$/.test(upos[i - 1]!));
  const close = open < 0 ? -1 : words.indexOf(",", open + 1);
  const v = close + 1;
  // An apposition or a relative clause opens with a determiner or a pronoun (not a list: "apples, pears, plums"),
  // a participle phrase with its participle ("The planet, known as GJ 9827d, orbits a star").
  const participle = xpos[open + 1] === "VBN" && /^\p{Ll}+$/u.test(words[open + 1]!);
  if (close < 0 || v >= words.length - 1 || !(/^(DET|PRON)$/.test(upos[open + 1]!) || participle || isAge(words, open))) return;
  if (upos.some((u, i) => (i < open || i > close) && (u === "VERB" || u === "AUX"))) return;
  if (xpos[v] === "NNS" && /^\p{Ll}+s$/u.test(words[v]!) && canBePresentVerb(words[v]!)) {
    upos[v] = "VERB";
    xpos[v] = "VBZ";
  }
}

export function analyzeDocument(document: Document, annotators: Annotators): AnalyzedDocument {
  const segmented = splitSentences(document.text);
  const words = segmented.map((s) => s.tokens.map((t) => t.text));
  const headlines = headlineSentences(segmented, document.text);
  const recognized = annotators.recognize(segmented.map((s) => s.tokens.map((t) => modelWord(t.text)))).map((l, i) => joinCoordinatedNames(words[i]!, joinNameParticles(words[i]!, l, annotators.isCommonWord), annotators.isCommonWord));
  const labels = purposeOrganizationNames(words, headedOrganizationNames(words, documentAcronyms(words, recurringNames(words, repeatedNames(words, titlesBeforePersons(words, recognized), headlines), headlines, annotators.isCommonWord), headlines), headlines), headlines);
  const sentences = annotateSentences(segmented, annotators, headlines, labels, sentenceCaseHeadlines(segmented, document.text));
  // A common word or a common noun, not a name ("Accountant", not "Tedros").
  const commonWord = (w: string) => Boolean(annotators.isCommonWord?.(w) || annotators.canBeNoun?.(w.toLowerCase()));
  const named = companiesByUse(sentences, organizationsOverCapitals(sentences, headlineNamesAtVerbs(sentences, labels, headlines), headlines), headlines, annotators.isCommonWord, annotators.isCompanyName);
  const byUse = organizationsByUse(sentences, documentKinds(sentences, datelineTypes(sentences, filterHeadlineMentions(sentences.flatMap((s, i) => findMentions(s, named[i] ?? [], document.date, commonWord)), headlines))));
  const found = coordinatedOrganizations(sentences, annotators.isCompanyName ? listedCompanies(byUse, annotators.isCompanyName, sentences) : byUse);
  const mentions: Mention[] = [];
  const triples: Triple[] = [];
  const propositions: Proposition[] = [];
  // What later sentences may refer back to: the names, and the references resolved to them.
  const previous: Mention[] = [];
  const subjects = new Set<Mention>();
  const sources = new Set<Mention>();
  for (const s of sentences) {
    const here = found.filter((m) => m.sentence === s.index);
    for (const m of here) if (isSubject(s, m)) subjects.add(m);
    // A dateline relates nothing ("LOS ANGELES (Reuters) -" is no "Los Angeles is Reuters").
    const out = s.dateline ? { triples: [], propositions: [], references: [] } : extractRelations(s, here, { previous, subjects, sources });
    for (const m of here) if (isTrailingSource(s, m)) sources.add(m);
    triples.push(...out.triples);
    propositions.push(...out.propositions);
    mentions.push(...here);
    const references = new Map<number, Mention>();
    for (const t of out.triples) for (const m of [t.subject, t.object]) if (m.coreference && m.tokenStart !== undefined) references.set(m.tokenStart, m);
    for (const m of out.references) if (!references.has(m.tokenStart!)) references.set(m.tokenStart!, m);
    for (const m of references.values()) if (isSubject(s, m)) subjects.add(m);
    // The agency a dateline credits ("(Reuters)") is no antecedent: the article never speaks of it.
    const antecedents = s.dateline ? here.filter((m) => m.type !== "Organization") : here;
    previous.push(...[...antecedents, ...references.values()].sort((a, b) => a.start - b.start));
  }
  return { document, sentences, mentions, triples, propositions };
}
