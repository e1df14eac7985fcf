// OpenIE over dependency trees, clause by clause: subject-verb-object, passives turned active,
// prepositional objects, control (xcomp), coordination (of verbs, objects and subjects), relative and
// participial clauses, copulas, appositions (and the roles they give people), titles before names and
// nominal prepositions between names; pronouns and definite descriptions resolved where the text
// allows. Every argument becomes a mention (named, date, or a value/concept phrase); every triple gets
// a graded confidence.
import type { EntityType, Mention, Sentence, Triple } from "../model/types.js";
import { BECOME_VERBS, DEMONYMS, GROUP_NOUNS, INSTITUTION_NOUNS, institutionCanon, isAccusingVerb, isNationalPersonNoun, isObjectControlVerb, isPersonRoleNoun, isPreventingVerb, nameHead, ORGANIZATION_NOUNS, PERSON_NOUNS, isTitleWord } from "./lexicon.js";
import { headOf, Tree } from "./tree.js";

/** Modifiers that make "the … company" another organization than the one named before. */
const RELATIONAL_MODIFIERS = new Set(
  "parent rival other another sister partner subsidiary competing competitor acquiring acquired target new former second first last same joint holding".split(" "),
);

/** Nouns whose "to" clause says what is planned, decided or allowed, not who does it ("a plot to kill"). */
const CLAUSE_NOUNS = new Set(
  ("plan plot attempt attempts decision effort efforts bid move agreement deal right rights ability chance way need desire order call " +
    "proposal offer promise threat campaign push drive pressure permission authority power opportunity reason failure refusal " +
    "willingness readiness intention aim goal mission plans plots deals moves calls offers threats").split(" "),
);

/** A named mention as an argument, written as the mention is. */
function nameArg(mention: Mention): Arg {
  return { mention, text: mention.text, named: true, pronoun: false };
}

/** Kinds of named entity that one thing cannot be two of. */
const KINDS = new Set(["Person", "Organization", "Location"]);
const NEGATIONS = new Set(["not", "n't", "never", "no"]);
const MODALS = new Set(["may", "might", "could", "would", "should", "will", "can", "must", "shall", "'ll"]);
const RELATIVE = new Set(["who", "whom", "which", "that", "whose"]);
/** Whether token k is a relative pronoun (not an acronym spelled as one: "WHO warns of …"). */
const isRelative = (t: Tree, k: number) => RELATIVE.has(t.lower(k)) && t.upos(k) !== "PROPN";
const LEADING_DETERMINERS = /^(the|a|an|this|that|these|those|its|his|her|their|our|my|your|whose|some|any|another)\s+/i;
const ATTRIBUTION = new Set(["according"]);
/**
 * Participles that work as prepositions ("Following the talks, …", "including two children"): as a
 * clause of their own, with no subject, they relate nothing.
 */
const PREPOSITIONAL_PARTICIPLES = new Set(["following", "compared", "including", "regarding", "concerning", "considering", "excluding", "pending", "barring", "given"]);
/** Forms of "be" read as "is" in a predicate (the surface form stays in the evidence). */
const BE = new Set(["is", "are", "was", "were", "am", "be", "been", "being", "'s", "'re", "'m"]);
/** Nouns of a definite description that only a business is ("the company", "the firm"). */
const COMPANY_NOUNS: ReadonlySet<string> = new Set("company firm corporation retailer lender insurer airline automaker carmaker manufacturer chipmaker startup conglomerate".split(" "));

/** Last words of the names of public bodies and associations, which "the company" never stands for. */
const PUBLIC_BODY_HEADS: ReadonlySet<string> = new Set(
  ("administration agency ministry department council commission committee court parliament congress senate assembly authority bureau board " +
    "police army navy university college union league association federation forum party organization organisation institute foundation government office")
    .split(" "),
);

/** Verbs that report speech or writing ("…, the firm added"). */
export const REPORTING: ReadonlySet<string> = new Set(["said", "says", "say", "added", "adds", "told", "tells", "noted", "notes", "stated", "states", "explained", "argued", "claimed", "claims", "reported", "warned", "announced", "insisted", "wrote", "writes", "suggested", "acknowledged", "confirmed", "predicted", "estimated"]);
/**
 * Clauses and appositions that belong to an argument phrase in propositions: OpenIE benchmarks read
 * arguments as complete noun phrases ("the law that removes the prohibition"). Graph mentions stay short.
 */
const WHOLE = new Set(["acl", "acl:relcl", "appos"]);
/** Roles a person has to another person ("Smith's lawyer", "his wife"). */
const PERSONAL_ROLES = new Set(
  ("wife husband son daughter father mother brother sister widow widower lawyer attorney spokesman spokeswoman spokesperson " +
    "adviser advisor aide partner girlfriend boyfriend fiancee fiance nephew niece cousin uncle aunt grandson granddaughter").split(" "),
);
/** Units a "by" phrase measures with ("delayed by one day", "cut by 5 percent"). */
const MEASURE_NOUNS = new Set(
  ("percent per cent percentage point points % second seconds minute minutes hour hours day days week weeks month months year years " +
    "decade decades dollar dollars euro euros pound pounds yen cent cents mile miles kilometre kilometres kilometer kilometers " +
    "metre metres meter meters foot feet inch inches degree degrees goal goals run runs stroke strokes vote votes margin").split(" "),
);

/** Adverbs that work as a verb's particle right after it ("cut back on", "set up"). */
const PARTICLES = new Set("back up down out off away".split(" "));

/** Spans of time, which a "to" clause on them says what is done in ("60 days to comply"). */
const TIME_SPANS = new Set("second seconds minute minutes hour hours day days week weeks month months year years time".split(" "));

/** Forms of verbs of giving, whose indirect object receives ("gave Bayern the lead", "sold them arms"). */
const TRANSFER_VERBS = /^(give|gives|gave|given|giving|hand|hands|handed|handing|send|sends|sent|sending|offer|offers|offered|offering|award|awards|awarded|awarding|grant|grants|granted|granting|pay|pays|paid|paying|sell|sells|sold|selling|lend|lends|lent|lending|loan|loans|loaned|provide|provides|provided|supply|supplies|supplied|deliver|delivers|delivered|donate|donates|donated)$/;

/** Nouns for a point in a stretch of time ("the end of June", "the start of the year"). */
const TIME_POINT_NOUNS = new Set("end start beginning middle close turn half".split(" "));

/** Means of transport or contact: "by mail", "by car" say how, not who. */
const MEANS_NOUNS = new Set(
  "mail email e-mail post phone telephone fax telemedicine video videolink satellite radio letter hand road rail air sea train car bus plane boat ship ferry helicopter bicycle bike foot taxi".split(" "),
);

/** The gender a personal pronoun gives the person it refers to. */
const PRONOUN_GENDERS: ReadonlyMap<string, "M" | "F"> = new Map([
  ...["he", "him", "his", "himself"].map((w) => [w, "M"] as const),
  ...["she", "her", "hers", "herself"].map((w) => [w, "F"] as const),
]);

/** Forms of address, which say nothing about a person ("Mr. Baker"). */
const HONORIFICS = /^(mr|mrs|ms|miss|mx|dr|sir|dame|madam|mme|mlle|herr|frau)\.?$/i;
/** Kinds of organization a name comes before ("the Georgian Dream party", "the Teamsters union"). */
const PARTY_NOUNS = new Set(["party", "union", "alliance", "coalition", "movement"]);
/** Prepositions of a noun's modifier that say where or in what it is. */
const NOUN_PLACE_PREPS = new Set(["in", "at", "on", "from", "near", "inside", "outside"]);
/** Adjectives that say too little of their noun to make a proposition ("other", "such", "first"). */
const VAGUE_ADJECTIVES = new Set(
  "other such many much more most several few same own certain various former only first last next whole entire main major further additional similar different".split(" "),
);
/** The types of names (a phrase never cuts one). */
const NAMED_TYPES = new Set(["Person", "Organization", "Location", "Facility", "Misc"]);
/** Relations a parser may give a relative clause instead of acl:relcl. */
const LOOSE_CLAUSE = new Set(["parataxis", "appos", "conj", "acl", "dep"]);
const NOMINAL_PREPS = new Set(["in", "at", "from", "of", "near", "outside", "inside", "for"]);

/** An n-ary proposition as OpenIE benchmarks read it: relation and argument phrases as written. */
export interface Proposition {
  readonly sentence: number;
  readonly relation: string;
  /** arg1 (the subject), arg2 (the object), then further arguments with their prepositions. */
  readonly args: readonly string[];
  readonly confidence: number;
}

export interface RelationContext {
  /**
   * Mentions earlier in the document, in order (for pronouns and definite descriptions): the named
   * ones, and the pronouns and descriptions already resolved to a name (as mentions of it).
   */
  readonly previous: readonly Mention[];
  /** Those of `previous` and of this sentence's mentions that are the subject of their clause. */
  readonly subjects?: ReadonlySet<Mention>;
  /** Those of `previous` that only attribute what their sentence says ("…, police chief Jane Roe said"). */
  readonly sources?: ReadonlySet<Mention>;
}

interface Arg {
  readonly mention: Mention;
  readonly text: string; // the surface phrase in the sentence
  readonly named: boolean;
  readonly pronoun: boolean;
}

/** Triples (binary, between mentions) for the graph, and the n-ary propositions they come from. */
/**
 * Triples (binary, between mentions) for the graph, the n-ary propositions they come from, and the
 * personal pronouns ("he", "her", "his") resolved to a person, as mentions of that person, whether
 * or not a triple has them (later pronouns learn their person's gender from them).
 */
export function extractRelations(
  sentence: Sentence,
  mentions: readonly Mention[],
  context: RelationContext = { previous: [] },
): { triples: Triple[]; propositions: Proposition[]; references: Mention[] } {
  if (sentence.tokens.length === 0 || sentence.tokens.some((t) => t.head === undefined)) return { triples: [], propositions: [], references: [] };
  const x = new Extractor(new Tree(sentence), mentions, context);
  const triples = x.run();
  return { triples, propositions: x.propositions, references: x.personalReferences() };
}

class Extractor {
  readonly propositions: Proposition[] = [];
  private readonly triples: Triple[] = [];
  private readonly seen = new Set<string>();
  private readonly genders = new Map<string, "M" | "F" | "">();

  constructor(
    private readonly t: Tree,
    private readonly mentions: readonly Mention[],
    private readonly context: RelationContext,
  ) {}

  run(): Triple[] {
    const n = this.t.tokens.length;
    for (let i = 0; i < n; i++) {
      if (this.t.child(i, "cop") !== undefined) this.copula(i);
      else if (this.t.upos(i) === "VERB") this.verb(i);
      this.apposition(i);
      this.nominalPreposition(i);
      this.nominalPropositions(i);
    }
    this.titles();
    this.titlePropositions();
    return this.triples;
  }

  /** The sentence's personal pronouns that refer to a person, as mentions of that person. */
  personalReferences(): Mention[] {
    const out: Mention[] = [];
    for (let i = 0; i < this.t.tokens.length; i++) {
      if (this.t.upos(i) !== "PRON" || !PRONOUN_GENDERS.has(this.t.lower(i))) continue;
      const arg = this.pronoun(i, true);
      if (arg?.mention.type === "Person") out.push(arg.mention);
    }
    return out;
  }

  // ------------------------------------------------------------ arguments

  private namedAt(i: number): Mention | undefined {
    return this.mentions.find((m) => m.tokenStart !== undefined && m.tokenStart <= i && i < m.tokenEnd!);
  }

  /** The mentions before token i, nearest first: earlier sentences' (names and resolved references), then this one's. */
  private mentionsBefore(i: number): Mention[] {
    return [...this.context.previous, ...this.mentions.filter((m) => m.tokenEnd !== undefined && m.tokenEnd <= i)].reverse();
  }

  /** The argument headed by token i: a named mention, a date, a resolved pronoun, or a value/concept phrase. */
  private arg(i: number, options: { appositionHead?: boolean } = {}): Arg | undefined {
    const t = this.t;
    const [lo, hi] = this.wholeNames(t.phrase(i));
    const full = t.span(this.wholeNames(t.phrase(i, { withPPs: true })));
    const upos = t.upos(i);
    if (upos === "PRON") return this.pronoun(i);
    const own = this.namedAt(i);
    const named = (own && this.titledPerson(own, hi)) ?? own ?? this.namedInside(i, lo, hi);
    // "The 23-year-old Italian lost the first set": a nationality describing a person named before.
    if (named?.type === "Misc" && isNationalPersonNoun(t.text(i))) {
      const definite = this.definiteReference(i, lo, hi);
      if (definite) return { mention: definite, text: full.text, named: true, pronoun: true };
    }
    if (named) return { mention: named, text: full.text, named: named.type !== "Date", pronoun: false };
    // "the company's chief, Jane Roe, said": a common noun with a named apposition stands for the name.
    if (upos === "NOUN") {
      // "the Dutch company Crucell", with the name parsed as a clause: the name right after the noun too.
      const next = t.children(i, "parataxis", "dep", "flat").filter((c) => c === i + 1 && t.upos(c) === "PROPN");
      // Not a unit after a count ("1.63 degrees Celsius").
      const unit = (a: number) => a === i + 1 && t.child(i, "nummod") !== undefined;
      const appos = [...t.children(i, "appos").filter((a) => !unit(a)), ...next].map((a) => this.namedAt(a)).find((m) => m && m.type !== "Date");
      if (appos) return nameArg(appos);
      // "Jane Roe, the company's chief, who was hired in 2020": the apposition describes the name before it.
      const head = t.head(i);
      const described = options.appositionHead !== false && t.rel(i) === "appos" && head >= 0 ? this.namedAt(head) : undefined;
      if (described && described.type !== "Date") return nameArg(described);
    }
    const definite = this.definiteReference(i, lo, hi);
    if (definite) return { mention: definite, text: full.text, named: true, pronoun: true };
    // "Hamas militants", "Reuters reporters": a group named by its organization; "the Georgian Dream
    // party", "the Siemens group", "the Teamsters union": the organization itself.
    if (GROUP_NOUNS.has(t.lower(i)) || ORGANIZATION_NOUNS.has(t.lower(i)) || PARTY_NOUNS.has(t.lower(i))) {
      const inner = this.mentions.find((m) => m.tokenStart !== undefined && m.tokenStart >= lo && m.tokenEnd === i && (m.type === "Organization"));
      if (inner) return { mention: inner, text: full.text, named: true, pronoun: false };
    }
    if (upos !== "NOUN" && upos !== "PROPN" && upos !== "NUM" && upos !== "ADJ" && upos !== "X" && upos !== "SYM") return undefined;
    const span = t.span([lo, hi]);
    const name = span.text.replace(LEADING_DETERMINERS, "").replace(/\s+/g, " ").trim();
    if (!name || !/[\p{L}\p{N}]/u.test(name)) return undefined;
    const mention: Mention = { start: span.start, end: span.end, sentence: t.sentence.index, text: span.text, name, type: this.valueType(i, lo, hi), tokenStart: lo, tokenEnd: hi };
    return { mention, text: full.text, named: false, pronoun: false };
  }

  /**
   * A phrase's token range widened to the whole of each name it cuts: "the United Food and
   * Commercial Workers union", parsed as a coordination, is one phrase headed by "union".
   */
  private wholeNames(range: [number, number]): [number, number] {
    let [lo, hi] = range;
    for (const m of this.mentions) {
      if (m.tokenStart === undefined || m.tokenEnd === undefined || !NAMED_TYPES.has(m.type)) continue;
      if (m.tokenStart < lo && m.tokenEnd > lo && m.tokenEnd <= hi) lo = m.tokenStart;
      else if (m.tokenStart >= lo && m.tokenStart < hi && m.tokenEnd > hi) hi = m.tokenEnd;
    }
    return [lo, hi];
  }

  /** A proper-noun or title head whose phrase holds one name ("General Herzi Halevi", "chief Jane Roe"): the name. */
  private namedInside(i: number, lo: number, hi: number): Mention | undefined {
    const t = this.t;
    const inside = this.mentions.filter((m) => m.type !== "Date" && m.tokenStart !== undefined && m.tokenStart >= lo && m.tokenEnd! <= hi);
    // "the Canadian retailer Northwind Traders": a common noun followed by the name it describes.
    // A title noun, the person its phrase ends with ("Secretary of State Antony Blinken").
    if (t.upos(i) === "NOUN") {
      return inside.find((m) => m.tokenStart === i + 1 && m.tokenEnd === hi) ??
        (isTitleWord(t.text(i)) ? inside.find((m) => m.tokenEnd === hi && m.type === "Person") : undefined);
    }
    if (t.upos(i) !== "PROPN" && !isTitleWord(t.text(i))) return undefined;
    // The name a title phrase ends with ("Israeli military chief General Herzi Halevi" -> Herzi Halevi).
    return inside.find((m) => m.tokenEnd === hi && m.type === "Person") ?? (inside.length === 1 ? inside[0] : undefined);
  }

  /**
   * "Oregon Governor Tina Kotek", parsed with the place as head: the person a title after a name
   * introduces, when the phrase ends with that person.
   */
  private titledPerson(own: Mention, hi: number): Mention | undefined {
    if (own.type === "Person" || own.tokenEnd === undefined) return undefined;
    const person = this.mentions.find((m) => m.type === "Person" && m.tokenEnd === hi && m.tokenStart !== undefined && m.tokenStart > own.tokenEnd!);
    if (!person) return undefined;
    for (let k = own.tokenEnd; k < person.tokenStart!; k++) if (!isTitleWord(this.t.text(k))) return undefined;
    return person;
  }

  /** "the military", "the government": a definite institution noun refers to the last "<demonym> <institution>" named before. */
  private definiteReference(i: number, lo: number, hi: number): Mention | undefined {
    const t = this.t;
    const noun = t.lower(i);
    if (hi - lo < 2 || t.lower(lo) !== "the" || hi !== i + 1) return undefined;
    // "the Santa Clara, California-based company": descriptive modifiers keep the reference; a relational
    // one ("the parent company", "the rival firm") or another name than a place's means another one.
    if (hi - lo > 2 && !this.descriptiveModifiers(lo + 1, i)) return undefined;
    const before = this.mentionsBefore(lo);
    let hit: Mention | undefined;
    if (INSTITUTION_NOUNS.has(noun)) {
      const canon = institutionCanon(noun);
      hit = before.find((m) => m.type === "Organization" && m.name.split(" ").length === 2 && institutionCanon(m.name.split(" ")[1]!.toLowerCase()) === canon);
    } else if (ORGANIZATION_NOUNS.has(noun)) {
      // "the company": an organization of the last sentence that names one, its subject if that is
      // one ("Acme has lost ground to rival Globex ... the company" is Acme).
      // Not the subject of its own clause ("Acme, which controls the company": another one).
      hit = this.salientOrganization(i, before, noun);
    } else if ((PERSON_NOUNS.has(noun) || /^\d+-year-old$/.test(noun) || isNationalPersonNoun(t.text(i))) && t.rel(i).startsWith("nsubj")) {
      // "Norris won on Sunday. The British driver started from pole": a subject description opening
      // its sentence's people is the subject person of the last sentence naming one (as "he" is), or
      // that sentence's only person, or no one.
      if (this.mentions.some((m) => m.type === "Person" && m.tokenEnd !== undefined && m.tokenEnd <= lo)) return undefined;
      // "United have signed the striker Bryan Mbeumo. The 25-year-old …": the only person there, if no person is its subject.
      const people = before.filter((m) => m.type === "Person");
      const last = people.filter((m) => m.sentence === people[0]?.sentence);
      hit = last.find((m) => this.context.subjects?.has(m)) ?? (new Set(last.map((m) => m.name)).size === 1 ? last[0] : undefined);
      if (!hit) return undefined;
    }
    // "the Commerce Department ... the department", "the Ministry of Health ... the ministry": an
    // organization named by the same head noun.
    hit ??= t.upos(i) === "NOUN" ? before.find((m) => m.type === "Organization" && nameHead(m.name) === noun) : undefined;
    if (!hit) return undefined;
    const span = t.span([lo, hi]);
    return { ...hit, start: span.start, end: span.end, text: span.text, sentence: t.sentence.index, tokenStart: lo, tokenEnd: hi, coreference: true };
  }

  /**
   * The organization "the company" (or "its") at token i refers to: one of the last sentence that
   * names one, its subject if that is one ("Acme has lost ground to rival Globex ... the company" is
   * Acme); never the subject of i's own clause ("Acme, which controls the company": another one).
   * With the description's noun: the nearest organization whose name ends in it wins ("the European
   * Central Bank ... the IMF ... the bank" is the central bank), and a company's noun never stands for
   * a public body ("the Food and Drug Administration approved a drug made by Acme. The company ...").
   * `before`: the mentions before i, nearest first.
   */
  private salientOrganization(i: number, before: readonly Mention[], noun?: string): Mention | undefined {
    const own = this.clauseSubject(i);
    const ownName = own !== undefined ? this.arg(own)?.mention.name : undefined;
    const lastWord = (m: Mention) => m.name.split(" ").pop()!.toLowerCase();
    let candidates = before.filter((m) => m.type === "Organization" && !INSTITUTION_NOUNS.has(lastWord(m)) && m.name !== ownName);
    if (noun) {
      const named = candidates.find((m) => m.name.includes(" ") ? lastWord(m) === noun : lastWord(m).endsWith(noun) && lastWord(m) !== noun);
      if (named) return named;
      if (COMPANY_NOUNS.has(noun)) candidates = candidates.filter((m) => !PUBLIC_BODY_HEADS.has(lastWord(m)));
    }
    const last = candidates[0]?.sentence;
    return candidates.find((m) => m.sentence === last && this.context.subjects?.has(m)) ?? candidates[0];
  }

  /** Whether tokens [lo, hi) before an organization noun only describe it (adjectives, places, "-based"), no organization of their own. */
  private descriptiveModifiers(lo: number, hi: number): boolean {
    const t = this.t;
    for (let k = lo; k < hi; k++) {
      if (RELATIONAL_MODIFIERS.has(t.lower(k))) return false;
      const upos = t.upos(k);
      if (upos === "PUNCT" || upos === "ADJ" || upos === "ADV" || t.rel(k) === "amod" || (upos === "NOUN" && !ORGANIZATION_NOUNS.has(t.lower(k)))) continue;
      if (upos === "PROPN" && (this.namedAt(k)?.type === "Location" || DEMONYMS.has(t.text(k)))) continue;
      return false;
    }
    return true;
  }

  /** The subject token of the clause whose object or oblique token i is (for a relative pronoun, the noun it stands for). */
  private clauseSubject(i: number): number | undefined {
    const t = this.t;
    const v = t.head(i);
    if (v < 0 || !/^(obj|iobj|obl)/.test(t.rel(i))) return undefined;
    const s = t.child(v, "nsubj", "nsubj:pass");
    if (s !== undefined && isRelative(t, s) && t.rel(v) === "acl:relcl") return t.head(v);
    return s;
  }

  private valueType(head: number, lo: number, hi: number): EntityType {
    const t = this.t;
    const word = t.lower(head);
    for (let k = lo; k < hi; k++) {
      // The head's own number: "a meeting of eight members" counts no meeting.
      if (t.upos(k) !== "NUM" || (k !== head && (t.rel(k) !== "nummod" || t.head(k) !== head))) continue;
      // "the 2021 runoff", "the 2008 crisis": a year naming one thing counts nothing.
      if (k !== head && t.xpos(head) === "NN" && /^(1[89]|20)\d\d$/.test(t.text(k))) continue;
      return "Quantity";
    }
    if (/^(\$|€|£)|%$/.test(t.text(head)) || /^(percent|per cent|dollars?|euros?|pounds?)$/.test(word)) return "Quantity";
    // Unnamed events and groups ("the attack", "Palestinian prisoners") are concepts: Event, Group and Misc
    // are kept for names, so that a common noun phrase is never counted as a named entity.
    return "Concept";
  }

  /** Pronoun i as the argument it stands for; `possessive` lets "his" stand for its person too (an owner, not an argument). */
  private pronoun(i: number, possessive = false): Arg | undefined {
    const word = this.t.lower(i);
    if (word === "it") return this.reportedIt(i);
    // "Brentford said they would use the money": a team or firm spoken of in the plural.
    if (word === "they") return this.reportedIt(i, true);
    if (word !== "he" && word !== "she" && word !== "him" && word !== "her" && !(word === "his" && possessive)) return undefined;
    // A person an earlier pronoun referred to has that pronoun's gender ("her father …, told media that he …. The
    // president congratulated her": not the father).
    const gender = PRONOUN_GENDERS.get(word);
    const agrees = (m: Mention) => this.genderOf(m.name) !== (gender === "M" ? "F" : "M");
    // "Trump congratulated Poilievre and said he looked forward …": the speaker, not the nearer name.
    const speaker = word === "he" || word === "she" ? this.speaker(i) : undefined;
    if (speaker?.type === "Person" && agrees(speaker)) return this.referringTo(i, speaker);
    // "He won the prize for his work": a possessive refers to the subject of its clause, a person before it.
    const own = this.t.rel(i) === "nmod:poss" ? this.possessorSubject(i) : undefined;
    if (own && agrees(own)) return this.referringTo(i, own);
    // "Judge Roe ordered him to pay": an object pronoun is not the subject of its own clause (binding).
    const subject = word === "him" || word === "her" ? this.clauseSubjectPhrase(i) : undefined;
    const outside = (m: Mention) => !subject || m.sentence !== this.t.sentence.index || m.tokenStart === undefined || m.tokenStart < subject[0] || m.tokenStart >= subject[1];
    const people = this.mentionsBefore(i).filter((m) => m.type === "Person" && outside(m) && agrees(m));
    const here = this.mentions.filter((m) => m.tokenEnd !== undefined && m.tokenEnd <= i && m.type === "Person" && outside(m) && agrees(m));
    let antecedent = people[0];
    if (!antecedent) return undefined;
    // "Kast, who lost to Boric, promised a wall. He said …": a subject pronoun opening its sentence's
    // people refers to the subject of the last sentence that names a person, if that is one (centering).
    if (here.length === 0 && this.t.rel(i).startsWith("nsubj")) {
      // Not the source a report ends with ("The suspect, Jordan Reyes, was arrested, Chief Harvey said. He …"), if another person is there.
      const last = people.filter((m) => m.sentence === antecedent!.sentence);
      const told = last.filter((m) => !this.context.sources?.has(m));
      const pool = told.length ? told : last;
      antecedent = pool.find((m) => this.context.subjects?.has(m)) ?? pool[0]!;
    }
    return this.referringTo(i, antecedent);
  }

  /**
   * The person the subject of possessive pronoun i's clause names or refers to, when the subject comes
   * before the pronoun and does not hold it ("His wife, Rosalynn, died": no subject of its own).
   */
  private possessorSubject(i: number): Mention | undefined {
    const t = this.t;
    let v = t.head(i);
    for (let steps = 0; v >= 0 && !/^(VERB|AUX)$/.test(t.upos(v)) && t.child(v, "nsubj") === undefined && steps < t.tokens.length; steps++) v = t.head(v);
    for (let steps = 0; v >= 0 && t.child(v, "nsubj") === undefined && t.rel(v) === "conj" && steps < t.tokens.length; steps++) v = t.head(v);
    const s = v >= 0 ? t.child(v, "nsubj") : undefined;
    if (s === undefined || s > i) return undefined;
    const [lo, hi] = t.phrase(s);
    if (lo <= i && i < hi) return undefined;
    const arg = this.arg(s);
    return arg?.named && arg.mention.type === "Person" ? arg.mention : undefined;
  }

  /** "M" or "F" when the earlier pronouns that refer to the person named `name` agree on it. */
  private genderOf(name: string): "M" | "F" | undefined {
    let gender = this.genders.get(name);
    if (gender === undefined) {
      const said = new Set<"M" | "F">();
      for (const m of this.context.previous) {
        const g = m.coreference && m.name === name ? PRONOUN_GENDERS.get(m.text.toLowerCase()) : undefined;
        if (g) said.add(g);
      }
      gender = said.size === 1 ? [...said][0]! : "";
      this.genders.set(name, gender);
    }
    return gender || undefined;
  }

  /** The token range [lo, hi) of the subject of the clause whose object (or indirect object) pronoun i is. */
  private clauseSubjectPhrase(i: number): [number, number] | undefined {
    const t = this.t;
    if (!/^(obj|iobj)$/.test(t.rel(i))) return undefined;
    const s = t.child(t.head(i), "nsubj");
    return s === undefined ? undefined : t.phrase(s);
  }

  /**
   * "The company said it would cut jobs": "it" (or, with `plural`, "they") as the subject of what an
   * organization says, thinks or announces is that organization. Other uses (expletive, things) stay unresolved.
   */
  private reportedIt(i: number, plural = false): Arg | undefined {
    const org = this.speaker(i, plural);
    return org && (org.type === "Organization" || !NAMED_TYPES.has(org.type)) ? this.referringTo(i, org) : undefined;
  }

  /**
   * The named speaker of the clause whose subject pronoun i is: "The company said it …", "Trump
   * congratulated Poilievre and said he …" (the subject of the verb the clause complements, or
   * modifies as an adverbial clause with a conjunction; with `plural`, only one speaker, not "Egypt
   * and Qatar").
   */
  private speaker(i: number, plural = false): Mention | undefined {
    const t = this.t;
    if (!t.rel(i).startsWith("nsubj")) return undefined;
    let clause = t.head(i);
    while (clause >= 0 && t.rel(clause) === "conj") clause = t.head(clause);
    // "… toured Europe with Hampton before he turned 20": an adverbial clause's subject pronoun
    // prefers the subject of the verb it modifies too.
    const adverbial = t.rel(clause) === "advcl" && t.child(clause, "mark") !== undefined;
    if (clause < 0 || (t.rel(clause) !== "ccomp" && !adverbial)) return undefined;
    let verb = t.head(clause);
    let speaker = t.child(verb, "nsubj");
    // "congratulated Poilievre and said he …": the conjoined verb's subject is the first verb's.
    while (speaker === undefined && t.rel(verb) === "conj" && t.head(verb) >= 0) {
      verb = t.head(verb);
      speaker = t.child(verb, "nsubj");
    }
    if (speaker === undefined || speaker > i || t.upos(speaker) === "PRON") return undefined;
    if (plural && t.child(speaker, "conj") !== undefined) return undefined;
    const arg = this.arg(speaker);
    if (arg?.named) return arg.mention;
    // "Ukraine's air force said it shot down …": an unnamed institution or organization speaks of itself too.
    const noun = t.lower(speaker);
    const institution = INSTITUTION_NOUNS.has(noun) || ORGANIZATION_NOUNS.has(noun);
    return arg && !arg.pronoun && institution && /S$/.test(t.xpos(speaker)) === plural ? arg.mention : undefined;
  }

  /** Pronoun i as an argument that stands for `antecedent` (a coreference, not a mention of its own). */
  private referringTo(i: number, antecedent: Mention): Arg {
    const tok = this.t.tokens[i]!;
    const mention: Mention = { ...antecedent, start: tok.start, end: tok.end, text: tok.text, sentence: this.t.sentence.index, tokenStart: i, tokenEnd: i + 1, coreference: true };
    return { mention, text: tok.text, named: true, pronoun: true };
  }

  // ------------------------------------------------------------ clauses

  private verbPhrase(v: number, asWritten = false): { words: number[]; negated: boolean; modality?: string } {
    const t = this.t;
    // Particles, also those the parser read as adverbs right after the verb ("cut back on").
    const words = [v, ...t.children(v, "compound:prt"), ...t.children(v, "advmod").filter((a) => a === v + 1 && PARTICLES.has(t.lower(a)))];
    const h = t.head(v);
    // "agreed to release": a controlled verb reads with the verb that controls it, and takes its
    // negation and modality ("did not agree to sell", "would agree to sell"). A proposition
    // (`asWritten`) also keeps the verb its subject's purpose hangs on ("taxed them to pay for").
    const verbs = [v];
    const objectless = () => !t.children(h, "obj", "iobj").some((o) => !isRelative(t, o));
    if (t.rel(v) === "xcomp" && h >= 0 && t.upos(h) === "VERB" && (objectless() || (asWritten && !this.objectControls(h, v)))) {
      // (With the controlled verb's own auxiliary: "expected to be sentenced", "said to have fled".)
      const own = t.children(v, "aux", "aux:pass").filter((a) => a < v && /^(be|been|have|being)$/.test(t.lower(a)));
      words.push(h, ...t.children(h, "compound:prt"), ...t.children(v, "mark").filter((m) => t.lower(m) === "to"), ...own);
      verbs.push(h);
    }
    // "too hot to support liquid water": what an excess rules out does not happen.
    const excess = h >= 0 && /^(ADJ|ADV)$/.test(t.upos(h)) && t.children(v, "mark").some((m) => t.lower(m) === "to") && t.children(h, "advmod").some((a) => t.lower(a) === "too");
    const negated = excess || verbs.some((u) => t.children(u, "advmod").some((c) => NEGATIONS.has(t.lower(c))));
    const modal = verbs.flatMap((u) => t.children(u, "aux")).find((c) => MODALS.has(t.lower(c)));
    return { words: words.sort((a, b) => a - b), negated, ...(modal !== undefined ? { modality: t.lower(modal) } : {}) };
  }

  private isPassive(v: number): boolean {
    const t = this.t;
    if (t.child(v, "aux:pass") !== undefined) return true;
    // A perfect ("had announced") is active even when the parser calls its subject passive.
    if (t.child(v, "nsubj:pass") !== undefined) return !t.children(v, "aux").some((a) => /^(have|has|had|having|'ve|'d)$/.test(t.lower(a)));
    const r = t.rel(v);
    // A participle clause is passive ("the man arrested in 1978") unless it has an object of its own,
    // which a misparsed past tense does ("The fund, which owns it, appointed Jane Roe as chair").
    if ((r === "acl" || r === "advcl") && t.xpos(v) === "VBN" && t.child(v, "nsubj", "obj") === undefined) return true;
    if (r === "conj" && t.xpos(v) === "VBN" && t.child(v, "nsubj", "aux") === undefined) return this.isPassive(t.head(v));
    return false;
  }

  /** The subject (or, for passives, the patient) of a verb, following conjunctions, control and relative clauses. */
  private subject(v: number, depth = 0): { arg?: Arg; inherited: boolean } {
    const t = this.t;
    if (depth > 4) return { inherited: true };
    const s = t.child(v, "nsubj", "nsubj:pass");
    const r = t.rel(v);
    const h = t.head(v);
    if (s !== undefined) {
      // "a surge that forecasters said could reach 10 feet": the relative clause's noun, one clause down.
      if (isRelative(t, s) && r === "ccomp" && h >= 0 && t.rel(h) === "acl:relcl" && t.head(h) >= 0) return { arg: this.modified(t.head(h)), inherited: false };
      if (isRelative(t, s) && r === "acl:relcl" && h >= 0) return { arg: this.modified(t.lower(s) === "who" ? this.whoAntecedent(h, s) : t.lower(s) === "which" ? this.whichAntecedent(h, s) : h), inherited: false };
      // "an auditor, which found errors" parsed as parataxis, apposition or conjunct: still a relative clause.
      // Attached to a verb instead, it is about the noun just before the pronoun ("confronts a boss, who is …").
      if (/^(who|which)$/.test(t.lower(s)) && LOOSE_CLAUSE.has(r) && h >= 0) {
        if (/^(NOUN|PROPN)$/.test(t.upos(h))) return { arg: this.modified(t.lower(s) === "which" ? this.whichAntecedent(h, s) : h), inherited: false };
        const a = this.antecedent(s);
        if (a !== undefined) return { arg: this.modified(a), inherited: false };
      }
      return { arg: this.arg(s), inherited: false };
    }
    if (h < 0) return { inherited: false };
    if (r === "conj" && (t.upos(h) === "VERB" || t.child(h, "cop") !== undefined)) return { arg: this.subject(h, depth + 1).arg, inherited: true };
    // "gave residents two hours to leave", "paid them $5 to vote": beside an object, the indirect
    // object is who does what the "to" clause says.
    const toClause = (r === "xcomp" || r === "advcl") && this.isToClause(v);
    const recipient = toClause && t.child(h, "obj") !== undefined ? t.child(h, "iobj") : undefined;
    if (recipient !== undefined) return { arg: this.arg(recipient), inherited: true };
    // "called on the Fed to lower borrowing costs": the one called on does it.
    const calledOn = toClause && /^call(s|ed|ing)?$/.test(t.lower(h)) ? t.children(h, "obl").find((o) => t.caseOf(o) === "on") : undefined;
    if (calledOn !== undefined) return { arg: this.arg(calledOn), inherited: true };
    if (r === "xcomp") {
      const o = t.child(h, "obj") ?? t.child(h, "iobj");
      if (o !== undefined && this.objectControls(h, v)) return { arg: this.arg(o), inherited: true };
      return { arg: this.subject(h, depth + 1).arg, inherited: true };
    }
    // "forcing residents to leave" with the "to" clause read as an adverbial: after a verb of object
    // control, right after the object, it is still what the object does ("led a mission to Poland to
    // gauge …" is the leader's purpose).
    const o = r === "advcl" && toClause ? t.child(h, "obj") : undefined;
    if (o !== undefined && isObjectControlVerb(t.text(h)) && t.leftmost(v) === t.rightmost(o) + 1) return { arg: this.arg(o), inherited: true };
    // "sentenced Jane Roe to ten years for using her office", "praised them for winning": a "for" gerund
    // says what the person or organization in the object did; in "fined Google 2.4 billion euros for
    // abusing …", the indirect object's.
    if (r === "advcl" && t.xpos(v) === "VBG" && t.children(v, "mark", "case").some((m) => t.lower(m) === "for")) {
      const i = t.child(h, "iobj");
      const o = i !== undefined && KINDS.has(this.namedAt(i)?.type ?? "") ? i : t.child(h, "obj");
      if (o !== undefined && (/^(him|her|them|us|me)$/.test(t.lower(o)) || KINDS.has(this.namedAt(o)?.type ?? "") && this.namedAt(o)?.type !== "Location")) {
        return { arg: this.arg(o), inherited: true };
      }
    }
    // "accused Acme of hiding losses", "barred the firm from selling shares": after a verb that says
    // what its object did or may not do, the "of" or "from" gerund is the object's doing.
    if (/^(advcl|acl)$/.test(r) && t.xpos(v) === "VBG") {
      const mark = t.children(v, "mark", "case").map((m) => t.lower(m)).find((m) => m === "of" || m === "from");
      const g = r === "acl" && /^(obj|obl)$/.test(t.rel(h)) ? t.head(h) : h;
      const o = mark === undefined ? undefined : r === "acl" ? (t.rel(h) === "obj" ? h : undefined) : t.child(g, "obj");
      if (o !== undefined && (mark === "of" ? isAccusingVerb(t.text(g)) : isPreventingVerb(t.text(g)))) return { arg: this.arg(o), inherited: true };
    }
    // "stayed a year before being appointed", "left after losing", "came to help": a non-finite adverbial
    // clause's subject is the main clause's (a finite one whose subject the parser lost takes none).
    if (r === "advcl" && (this.isNonFinite(v) || this.isToClause(v))) return { arg: this.subject(h, depth + 1).arg, inherited: true };
    // "the idea of running workshops": a gerund after a preposition is no participle on the noun.
    if (r === "acl" && t.xpos(v) === "VBG" && t.children(v, "mark", "case").some((m) => t.upos(m) === "ADP" || t.upos(m) === "SCONJ")) return { inherited: false };
    // "a plot to kill the king", "the decision to leave": the noun is what is planned, not who acts.
    if (r === "acl" && CLAUSE_NOUNS.has(t.lower(h)) && this.isToClause(v)) return { inherited: false };
    // "Both companies have 60 days to comply", "gave residents an hour to leave": a span of time is when
    // one acts, not who; that is the indirect object, or the subject of the verb the span belongs to.
    if (r === "acl" && TIME_SPANS.has(t.lower(h)) && this.isToClause(v)) {
      if (!this.isTimeSpanClause(v)) return { inherited: false };
      const g = t.head(h);
      const i = t.rel(h) === "obj" ? t.child(g, "iobj") : undefined;
      return i !== undefined ? { arg: this.arg(i), inherited: true } : { arg: this.subject(g, depth + 1).arg, inherited: true };
    }
    if (r === "acl" || r === "acl:relcl") return { arg: this.modified(h), inherited: false };
    return { inherited: false };
  }

  /**
   * The token of v's subject as written, inherited as subject() does: by a conjoined verb ("She
   * resigns and relocates to Florida"), a verb its subject controls ("decided to sell") and a
   * non-finite adverbial clause. For propositions, which keep pronouns no name resolves.
   */
  private writtenSubject(v: number): number | undefined {
    const t = this.t;
    let u = v;
    for (let depth = 0; depth < 5; depth++) {
      const s = t.child(u, "nsubj", "nsubj:pass");
      if (s !== undefined) return s;
      const h = t.head(u);
      const r = t.rel(u);
      if (h < 0) return undefined;
      const controlled = r === "xcomp" && !this.objectControls(h, u); // not "asked him to stay"
      // "remained together for 40 years only to marry": the span's verb.
      if (this.isTimeSpanClause(u)) {
        u = t.head(h);
        continue;
      }
      if (r !== "conj" && !controlled && !(r === "advcl" && this.isNonFinite(u))) return undefined;
      u = h;
    }
    return undefined;
  }

  /**
   * What a relative or participial clause on noun h is about: the noun, or, when the noun is the
   * predicate of a copula ("Roe was an engineer who built bridges"), the copula's subject.
   */
  private modified(h: number): Arg | undefined {
    const t = this.t;
    if (t.child(h, "cop") !== undefined && t.upos(h) === "NOUN") {
      const s = t.child(h, "nsubj");
      if (s !== undefined && !isRelative(t, s)) {
        const subject = this.arg(s);
        if (subject) return subject;
      }
    }
    // "Roe became the first woman to run it": the complement of "become" or "remain" is its subject.
    const v = t.head(h);
    if (t.rel(h) === "xcomp" && t.upos(h) === "NOUN" && v >= 0 && BECOME_VERBS.test(t.text(v))) {
      const subject = this.subject(v).arg;
      if (subject) return subject;
    }
    return this.arg(h);
  }

  /**
   * What "who" on noun h is about: h, or, when h names no person and ends the "of"/"at" phrases or
   * the coordinated nouns of an apposition, the person that apposition describes ("said Jane Roe, a
   * professor at the School of Public Health, who led the study", "Quincy Jones, the composer,
   * arranger and producer who worked with Sinatra": Roe, Jones).
   */
  /**
   * What ", which" on noun h is about: h, or the noun of a prepositional phrase on h (not an "of"
   * one) that ends right before the comma: in "a setback for the administration, which had argued",
   * the administration argued.
   */
  private whichAntecedent(h: number, which: number): number {
    const t = this.t;
    if (which < 2 || t.text(which - 1) !== ",") return h;
    let n = which - 2;
    while (n >= 0 && n !== h && t.head(n) > n && t.head(n) < which - 1 && /^(compound|flat|amod)$/.test(t.rel(n))) n = t.head(n);
    if (n === h || !/^(NOUN|PROPN)$/.test(t.upos(n)) || t.rel(n) !== "nmod" || t.head(n) !== h) return h;
    const marker = t.caseOf(n);
    return marker && marker !== "of" ? n : h;
  }

  private whoAntecedent(h: number, who = -1): number {
    const t = this.t;
    const named = this.namedAt(h)?.type;
    if (named === "Person") return h;
    // "the last match for Toni Kroos, who is retiring": the person whose name ends h's phrase right
    // before the comma, not the noun the parser hung the clause on.
    const before = who > 1 && t.text(who - 1) === "," ? this.namedAt(who - 2) : undefined;
    const name = before?.type === "Person" && before.tokenEnd === who - 1 && before.tokenStart! > h ? headOf(t.tokens, before.tokenStart!, before.tokenEnd) : undefined;
    if (name !== undefined) for (let up = name; up >= 0; up = t.head(up)) if (up === h) return name;
    let k = h;
    for (let steps = 0; steps < 6 && /^(nmod|appos|conj)$/.test(t.rel(k)) && t.head(k) >= 0; steps++) {
      const up = t.head(k);
      if (t.rel(k) === "appos" && this.namedAt(up)?.type === "Person") return up;
      k = up;
    }
    // "people deported by Texas who are not citizens": a place is no "who"; the noun its phrase is in is.
    if (named === "Location") {
      for (let up = t.head(h), steps = 0; up >= 0 && steps < 3; up = t.head(up), steps++) {
        if (t.upos(up) === "NOUN" || this.namedAt(up)?.type === "Person") return up;
      }
    }
    return h;
  }

  /** The noun a relative pronoun follows ("a boss, who"): the head of the name or noun just before it. */
  private antecedent(pronoun: number): number | undefined {
    const t = this.t;
    let k = pronoun - 1;
    while (k >= 0 && t.upos(k) === "PUNCT") k--;
    if (k < 0 || !/^(NOUN|PROPN)$/.test(t.upos(k))) return undefined;
    while (/^(flat|compound)/.test(t.rel(k)) && t.head(k) >= 0 && /^(NOUN|PROPN)$/.test(t.upos(t.head(k)))) k = t.head(k);
    return k;
  }

  /**
   * Whether verb h's object does what its clause x says: "asked him to stay", not "beat Roe to win
   * the title" (a "to" clause after other verbs is the subject's purpose). Without "to" ("made them
   * leave", "kept it running"), any object does.
   */
  private objectControls(h: number, x: number): boolean {
    const t = this.t;
    if (t.child(h, "obj", "iobj") === undefined) return false;
    if (!this.isToClause(x)) return true;
    return isObjectControlVerb(t.text(h));
  }

  /** Whether clause v is introduced by "to" ("to leave"). */
  private isToClause(v: number): boolean {
    return this.t.children(v, "mark").some((m) => this.t.lower(m) === "to");
  }

  /** Whether v is a "to" clause on a span of time that is a verb's object or counted oblique ("have 60 days to comply"). */
  private isTimeSpanClause(v: number): boolean {
    const t = this.t;
    const h = t.head(v);
    if (t.rel(v) !== "acl" || h < 0 || !TIME_SPANS.has(t.lower(h)) || !this.isToClause(v)) return false;
    // An oblique one counts ("for 40 years only to marry"), not "in time to stop it".
    return t.head(h) >= 0 && (t.rel(h) === "obj" || (/^obl/.test(t.rel(h)) && t.child(h, "nummod") !== undefined));
  }

  /** A verb form with no tense of its own: a participle, gerund or bare infinitive with no finite auxiliary. */
  private isNonFinite(v: number): boolean {
    const t = this.t;
    if (!/^VB[GN]?$/.test(t.xpos(v))) return false;
    return !t.children(v, "aux", "aux:pass").some((a) => /^(VBD|VBZ|VBP|MD)$/.test(t.xpos(a)));
  }

  private verb(v: number): void {
    const t = this.t;
    if (ATTRIBUTION.has(t.lower(v))) return; // "according to AFP" attributes, it does not relate
    if (PREPOSITIONAL_PARTICIPLES.has(t.lower(v)) && t.rel(v) !== "root" && t.child(v, "nsubj", "nsubj:pass", "aux", "aux:pass") === undefined) return;
    const { arg: subj, inherited } = this.subject(v);
    this.clause(v, subj, inherited);
    // "Egypt and Qatar mediated the talks": each coordinated subject takes part in the clause; so
    // in a clause that takes its subject from the verb it completes ("he and Marcos are expected to
    // sign a pact") or is coordinated with ("… met on Monday and signed a pact").
    let u = v;
    for (let steps = 0; steps < 4 && t.child(u, "nsubj", "nsubj:pass") === undefined && t.head(u) >= 0; steps++) {
      const h = t.head(u);
      const controlled = t.rel(u) === "xcomp" && t.child(h, "obj", "iobj") === undefined;
      const coordinated = t.rel(u) === "conj" && t.upos(h) === "VERB";
      if (!controlled && !coordinated) break;
      u = h;
    }
    const s = t.child(u, "nsubj", "nsubj:pass");
    if (s === undefined || subj === undefined || isRelative(t, s)) return;
    // Only a real coordination: "and"/"or" in it ("the club finished 15th, its worst position" is none).
    const joined = (c: number, depth = 0): boolean => t.child(c, "cc") !== undefined || (depth < 8 && t.children(c, "conj").some((d) => joined(d, depth + 1)));
    if (!t.children(s, "conj").some((c) => joined(c))) return;
    for (const c of t.children(s, "conj")) {
      if (!/^(NOUN|PROPN)$/.test(t.upos(c))) continue;
      const name = this.namedAt(c);
      if (name !== undefined && name === this.namedAt(s)) continue; // one name: "the Prahran and Malvern Trust"
      // "Acme's co-founder and chief executive, Jane Roe, will join": two titles of the one person named.
      if (name === undefined && subj.named && isTitleWord(t.text(c))) continue;
      const other = this.arg(c);
      if (other && other.text !== subj.text) this.clause(v, other, inherited);
    }
  }

  /** The relations of verb v's clause with the given subject. */
  private clause(v: number, subj: Arg | undefined, inherited: boolean): void {
    const t = this.t;
    const vp = this.verbPhrase(v);
    const obls = t.children(v, "obl").filter((o) => !this.isAgent(o) && !this.isAdverbialPhrase(o, v) && !/^according\b/.test(t.caseOf(o) ?? ""));
    const date = obls.map((o) => this.namedAt(o)).find((m) => m?.type === "Date" && m.value)?.value;
    const base = inherited ? 0.7 : 0.8;
    this.verbProposition(v, subj, obls, base);
    if (this.isPassive(v)) {
      const agentTok = t.children(v, "obl").find((o) => this.isAgent(o));
      const agent = agentTok !== undefined ? this.arg(agentTok) : undefined;
      if (agent && subj) this.emit(agent, vp.words, subj, base - 0.05, vp, date);
      // "was marked by high inflation and the hostage crisis": each coordinated agent did it.
      if (agentTok !== undefined && subj) for (const c of t.children(agentTok, "conj")) if (/^(NOUN|PROPN)$/.test(t.upos(c))) this.emit(this.arg(c), vp.words, subj, base - 0.1, vp, date);
      // "Bumrah was named player of the tournament", "was elected president": the role the subject was given.
      for (const x of t.children(v, "xcomp")) if (subj && /^(NOUN|PROPN)$/.test(t.upos(x)) && t.child(x, "cop", "mark") === undefined) this.emit(subj, vp.words, this.arg(x), base - 0.1, vp, date);
      for (const o of obls) {
        const p = t.caseOf(o);
        if (!p || !subj) continue;
        this.emit(subj, [...vp.words], this.arg(o), base - 0.15, vp, date, p);
      }
      return;
    }
    if (!subj) return;
    let objs = t.children(v, "obj").filter((o) => !isRelative(t, o));
    // "named Kelly Ortberg as chief executive", parsed with the name as a complement: a name is an object.
    if (objs.length === 0) objs = t.children(v, "xcomp").filter((x) => t.upos(x) === "PROPN" && (this.namedAt(x)?.type ?? "Date") !== "Date");
    // "Starmer became prime minister": what the subject became is the object.
    if (objs.length === 0 && BECOME_VERBS.test(t.text(v))) objs = t.children(v, "xcomp").filter((x) => t.upos(x) === "NOUN");
    // "told Reuters on Monday": a lone named indirect object (no object, no clause) is the object.
    if (objs.length === 0 && t.child(v, "ccomp", "xcomp") === undefined) objs = t.children(v, "iobj").filter((o) => KINDS.has(this.namedAt(o)?.type ?? ""));
    // "urged both sides to return": the one who is to do what the clause says is the object (UD calls it iobj).
    if (objs.length === 0 && t.children(v, "xcomp").some((x) => this.objectControls(v, x))) objs = t.children(v, "iobj").filter((o) => !isRelative(t, o));
    // "sentenced former president Nicolas Sarkozy to five years", the name labelled a bare oblique: an object.
    // "Shares of Acme fell 5 percent": a bare measure after a verb with no object is what it measures.
    // Not a distance in time to something else ("came a day after the vote", "two weeks earlier").
    if (objs.length === 0) {
      objs = t.children(v, "obl").filter((o) => o > v && /^obl(:unmarked|:npmod)?$/.test(t.rel(o)) && t.caseOf(o) === undefined && this.isMeasure(o) && !/^(after|before|earlier|later|ago|since)$/.test(t.lower(t.phrase(o)[1]))).slice(0, 1);
    }
    if (objs.length === 0) objs = t.children(v, "obl").filter((o) => o > v && t.rel(o) === "obl" && t.upos(o) === "PROPN" && t.caseOf(o) === undefined && KINDS.has(this.namedAt(o)?.type ?? ""));
    if (t.rel(v) === "acl:relcl" && t.children(v, "obj").some((o) => isRelative(t, o))) {
      // "figures that the UN has deemed reliable": the modified noun is the object.
      const h = t.head(v);
      const s = t.child(v, "nsubj");
      if (s !== undefined && !isRelative(t, s)) {
        const adj = t.children(v, "xcomp").filter((x) => t.upos(x) === "ADJ");
        this.emit(this.arg(s), [...vp.words, ...adj], this.arg(h), base - 0.1, vp, date);
        return;
      }
    }
    const complement = t.children(v, "xcomp").filter((x) => t.upos(x) === "ADJ");
    // "Roe, who became Acme's chief executive in 2020": the role is hers.
    if (BECOME_VERBS.test(t.text(v)) && this.asserted(v)) for (const x of t.children(v, "xcomp")) if (t.upos(x) === "NOUN") this.role(subj, x);
    if (objs.length === 0) {
      // "confirmed that talks are underway": the clause is the object.
      for (const c of t.children(v, "ccomp")) this.emit(subj, vp.words, this.clauseArg(c), base - 0.2, vp, date);
      // "Cases rose last year, the WHO said on Thursday": what a report interrupts or ends is what was said.
      if (t.child(v, "ccomp") === undefined) this.emit(subj, vp.words, this.reportedByParataxis(v), base - 0.2, vp, date);
    }
    for (const o of objs) {
      for (const oo of [o, ...t.children(o, "conj")]) this.emit(subj, [...vp.words, ...complement], this.arg(oo), base, vp, date);
    }
    // "fined Burke 2 million dollars": a person or organization as indirect object is who it was done to, too.
    if (objs.length > 0) {
      // After a verb of giving it is who receives ("had given Bayern the lead": given to Bayern).
      const to = TRANSFER_VERBS.test(t.lower(v)) ? "to" : undefined;
      for (const io of t.children(v, "iobj")) if (/^(Person|Organization)$/.test(this.namedAt(io)?.type ?? "") && !objs.includes(io)) this.emit(subj, vp.words, this.arg(io), base - 0.05, vp, date, to);
    }
    // A clausal object ("confirmed on Thursday that talks are underway") counts as an object too.
    // So does an indirect one ("told reporters on Wednesday": no edge to the date).
    const hasObject = objs.length > 0 || t.child(v, "ccomp", "iobj") !== undefined;
    for (const o of obls) {
      const p = t.caseOf(o);
      if (!p) continue;
      const a = this.arg(o);
      if (!a) continue;
      // With an object, only named places and organizations get their own edge ("sent negotiators to Cairo");
      // a date is then a property of the relation, not an edge.
      if (hasObject && (!a.named || a.mention.type === "Person")) continue;
      if (hasObject) this.emit(subj, vp.words, a, base - 0.2, vp, date, p);
      else for (const oo of [o, ...t.children(o, "conj")]) this.emit(subj, vp.words, this.arg(oo), base - 0.15, vp, date, p);
    }
  }

  /** The clause as one n-ary proposition: relation as written, subject, object, then prepositional arguments. */
  private verbProposition(v: number, resolved: Arg | undefined, obls: readonly number[], base: number): void {
    const t = this.t;
    // A proposition keeps its subject as written, even a pronoun no name resolves ("they gained promotion").
    const raw = this.writtenSubject(v);
    const subj = resolved ?? (raw !== undefined && !isRelative(t, raw) ? { text: this.phraseText(raw) } : undefined);
    if (!subj) return;
    const vp = this.verbPhrase(v, true);
    const rel = this.surfaceRelation(v, vp.words);
    const complement = t.children(v, "xcomp").filter((x) => t.upos(x) === "ADJ").map((x) => t.text(x));
    // Prepositional arguments, and bare nominal ones ("settle today", "won last year": obl:tmod, obl:npmod, obl:unmarked).
    const pps = obls.filter((o) => t.caseOf(o) !== undefined || t.rel(o) !== "obl");
    const agent = t.children(v, "obl").find((o) => this.isAgent(o));
    const extra = [...pps, ...(agent !== undefined ? [agent] : [])].sort((a, b) => a - b);
    let objs = t.children(v, "obj").filter((o) => !isRelative(t, o));
    if (t.rel(v) === "acl:relcl" && t.children(v, "obj").some((o) => isRelative(t, o)) && resolved?.text !== this.phraseText(t.head(v), true)) {
      // "a match, which Keibler lost": the modified noun is the object.
      this.proposition(rel, [subj.text, t.span(t.phrase(t.head(v))).text, ...obls.map((x) => this.ppText(x))], base - 0.1);
      return;
    }
    // "became a catch point", "was appointed Chief Constable": a nominal complement is the object.
    if (objs.length === 0) objs = t.children(v, "xcomp").filter((x) => /^(NOUN|PROPN|NUM)$/.test(t.upos(x)));
    const relText = [rel, ...(objs.length && complement.length === 0 ? [] : complement)].join(" ");
    if (objs.length) {
      for (const o of objs.flatMap((o) => [o, ...t.children(o, "conj")])) {
        this.proposition(relText, [subj.text, this.phraseText(o), ...extra.map((x) => this.ppText(x))], base);
      }
    } else {
      // What was said or thought is the object, and the prepositional arguments follow it ("said on
      // Sunday that talks had failed"): a clausal complement, or the clause a report interrupts
      // ("Deals rose, the firm added").
      const c = t.child(v, "ccomp");
      const clause = c !== undefined && (extra.length === 0 || !this.mayBeRelative(c)) ? this.clauseArg(c) : undefined;
      const interrupted = clause ? undefined : this.reportedByParataxis(v);
      const pps = () => extra.map((x) => this.ppText(x));
      if (c !== undefined && clause) {
        const mark = t.children(c, "mark").find((m) => t.lower(m) === "that");
        this.proposition(mark !== undefined ? `${relText} that` : relText, [subj.text, clause.text, ...pps()], base - 0.2);
      } else if (interrupted) {
        this.proposition(relText, [subj.text, interrupted.text, ...pps()], base - 0.1);
      } else if (extra.length) {
        // The first prepositional argument after the verb completes the relation ("refers to"); the others stay arguments.
        const withCase = extra.filter((x) => t.caseOf(x) !== undefined);
        const first = withCase.find((x) => x > v) ?? withCase[0] ?? extra[0]!;
        const rest = extra.filter((x) => x !== first);
        const p = t.caseOf(first);
        this.proposition(p ? `${relText} ${p}` : relText, [subj.text, this.phraseText(first), ...rest.map((x) => this.ppText(x))], base - 0.1);
      } else if (complement.length) {
        this.proposition(rel, [subj.text, complement.join(" ")], base - 0.2);
      } else if (t.children(v, "xcomp", "ccomp", "advcl").length === 0) {
        this.proposition(relText, [subj.text], base - 0.45); // intransitive: "competition is heating up"
      }
    }
  }

  /**
   * Whether a "that" clause right after a noun (or a pronoun or adverb) may be that word's relative
   * clause, which the parser made the verb's complement: its verb lacks an object ("plenty of ailments
   * that the economy has failed to cure"), where a complement says something whole ("said after the
   * match that he was lucky").
   */
  private mayBeRelative(c: number): boolean {
    const t = this.t;
    const start = t.leftmost(c);
    if (t.lower(start) !== "that" || !/^(NOUN|PROPN|PRON|ADV)$/.test(t.upos(start - 1))) return false;
    const whole = (x: number): boolean =>
      t.upos(x) !== "VERB" || t.children(x, "obj", "ccomp", "cop", "nsubj:pass", "expl").length > 0 || t.children(x, "xcomp").some((y) => whole(y));
    return !whole(c);
  }

  /** Auxiliaries, negation, the verb and its particle, as written ("would be restarted", "had not announced"). */
  private surfaceRelation(v: number, words: readonly number[]): string {
    const t = this.t;
    const head = Math.min(...words);
    const aux = t.children(head, "aux", "aux:pass").filter((a) => a < head);
    const neg = t.children(v, "advmod").filter((c) => NEGATIONS.has(t.lower(c)));
    return [...new Set([...aux, ...neg, ...words])].sort((a, b) => a - b).map((i) => t.text(i)).join(" ");
  }

  /** An argument phrase as written, with its prepositional phrases and (unless `short`) its clauses and appositions. */
  private phraseText(i: number, short = false): string {
    return this.t.span(this.t.phrase(i, { withPPs: true, ...(short ? {} : { whole: WHOLE }) })).text;
  }

  /** A prepositional argument with its preposition ("under the house"). */
  private ppText(i: number): string {
    const t = this.t;
    const [lo, hi] = t.phrase(i, { withPPs: true });
    const cases = t.children(i, "case").filter((c) => c < lo);
    return t.span([cases.length ? Math.min(...cases) : lo, hi]).text;
  }

  private proposition(relation: string, args: readonly string[], confidence: number): void {
    if (args.some((a) => !a)) return;
    this.propositions.push({ sentence: this.t.sentence.index, relation, args, confidence: Math.round(Math.max(0.05, Math.min(0.98, confidence)) * 100) / 100 });
  }

  /** A fronted bare noun after a preposition ("In return, …", "In response, …") is an adverbial, not an argument. */
  /**
   * Whether oblique o is a passive's agent ("led by Egypt"): a "by" phrase, unless it measures
   * ("delayed by one day", "raised by 5 percent", "won by two points"), which says how much, or
   * names a means ("sent by mail").
   */
  private isAgent(o: number): boolean {
    const t = this.t;
    // "killed, according to the commission" is no agent, whatever the parser called it.
    const marker = t.caseOf(o);
    if (marker !== "by" && !(marker === undefined && t.rel(o) === "obl:agent")) return false;
    // "sent by mail", "prescribed by telemedicine": a bare means of transport or contact is how, not who.
    const bare = t.children(o, "det", "nmod:poss", "nummod", "amod", "compound").length === 0;
    return !this.isMeasure(o) && !(bare && MEANS_NOUNS.has(t.lower(o))) && !this.isTime(o);
  }

  /** Whether nominal o says when: a date ("by Friday", "by 2030"), or a point of one ("by the end of June"). */
  private isTime(o: number): boolean {
    const t = this.t;
    const date = (k: number) => this.mentions.some((m) => m.type === "Date" && m.tokenStart !== undefined && m.tokenStart <= k && k < m.tokenEnd!);
    if (date(o)) return true;
    return TIME_POINT_NOUNS.has(t.lower(o)) && t.children(o, "nmod").some((c) => t.caseOf(c) === "of" && date(c));
  }

  /** Whether nominal o counts units ("one day", "5 percent", "3%", "a point"). */
  private isMeasure(o: number): boolean {
    const t = this.t;
    if (t.upos(o) === "NUM" || /^\d[\d.,]*%$/.test(t.text(o))) return true;
    const counted = t.children(o, "nummod").length > 0 || t.children(o, "det").some((d) => /^(a|an)$/.test(t.lower(d)));
    return counted && MEASURE_NOUNS.has(t.lower(o));
  }

  private isAdverbialPhrase(o: number, v: number): boolean {
    const t = this.t;
    if (o > v || t.upos(o) !== "NOUN") return false;
    const [lo, hi] = t.phrase(o);
    return hi - lo === 1 && t.children(o, "det", "amod", "nummod", "nmod:poss", "compound").length === 0;
  }

  /** Whether token h heads no clause (a noun or other word with neither a verb tag nor a copula). */
  /** What report v says when it interrupts or ends the clause it hangs on ("Deals rose, the firm added"). */
  private reportedByParataxis(v: number): Arg | undefined {
    const t = this.t;
    return t.rel(v) === "parataxis" && REPORTING.has(t.lower(v)) && !this.isVerbless(t.head(v)) ? this.clauseArg(t.head(v), v) : undefined;
  }

  private isVerbless(h: number): boolean {
    return h < 0 || (this.t.upos(h) !== "VERB" && this.t.child(h, "cop") === undefined);
  }

  /** A complement clause as a concept argument: its words without the complementizer (and without the subtree of `skip`). */
  private clauseArg(c: number, skip = -1): Arg | undefined {
    const t = this.t;
    let lo = c;
    let hi = c;
    const visit = (n: number) => {
      lo = Math.min(lo, n);
      hi = Math.max(hi, n);
      // (Nor a relative pronoun before the verb the clause hangs on: "a surge that forecasters said could reach …".)
      // (Nor the conjunction that joins it to a clause before: "…, but the player preferred Spain, his agent said".)
      for (const k of t.children(n)) if (k !== skip && !(n === c && (t.rel(k) === "mark" || t.rel(k) === "punct" || (t.rel(k) === "cc" && k < c) || (k < t.head(c) && isRelative(t, k))))) visit(k);
    };
    visit(c);
    while (hi > lo && t.upos(hi) === "PUNCT") hi--;
    while (lo < hi && (t.upos(lo) === "PUNCT" || t.rel(lo) === "mark")) lo++;
    // (At most about a sentence of words: a clause of 26 to 50 words is still what was said, CaRB dev F1 0.526 -> 0.532 over a limit of 25.)
    if (hi - lo < 1 || hi - lo > 50) return undefined;
    const span = t.span([lo, hi + 1]);
    const mention: Mention = { start: span.start, end: span.end, sentence: t.sentence.index, text: span.text, name: span.text, type: "Concept", tokenStart: lo, tokenEnd: hi + 1 };
    return { mention, text: span.text, named: false, pronoun: false };
  }

  private copula(h: number): void {
    const t = this.t;
    const { arg: subj } = this.subject(h);
    if (!subj) return;
    this.copulaClause(h, subj);
    // "South Korea and Japan are close allies": each coordinated name is one.
    const s = t.child(h, "nsubj");
    if (s === undefined || isRelative(t, s) || !subj.named) return;
    for (const c of t.children(s, "conj")) {
      const name = this.namedAt(c);
      if (!name || name === this.namedAt(s) || name.type === "Date") continue;
      this.copulaClause(h, nameArg(name), false);
    }
  }

  /** The copula's relations with the given subject; its propositions too unless `propositions` is false (they keep the subject as written). */
  private copulaClause(h: number, subj: Arg, propositions = true): void {
    const t = this.t;
    const cop = t.child(h, "cop")!;
    const vp = this.verbPhrase(h);
    const copWords = [cop, ...t.children(h, "advmod").filter((c) => NEGATIONS.has(t.lower(c)))].sort((a, b) => a - b);
    const copText = this.surfaceRelation(cop, [...copWords]);
    if (t.upos(h) === "ADV" || t.upos(h) === "ADP") {
      // "are back in Cairo"
      for (const o of t.children(h, "obl", "nmod")) {
        const p = t.caseOf(o);
        if (!p) continue;
        this.emit(subj, [cop, h], this.arg(o), 0.6, vp, undefined, p);
        if (propositions) this.proposition(`${copText} ${t.text(h)} ${p}`, [subj.text, this.phraseText(o)], 0.6);
      }
      return;
    }
    if (t.upos(h) === "PRON") return;
    if (t.upos(h) === "ADJ") {
      // "the boss is usually tougher than regular enemies": a proposition, not a graph edge.
      for (const a of [h, ...t.children(h, "conj").filter((c) => t.upos(c) === "ADJ" && t.child(c, "cop", "nsubj") === undefined)]) {
        const pps = t.children(a, "obl").filter((o) => t.caseOf(o) !== undefined);
        if (propositions) this.proposition(copText, [subj.text, t.span(this.withoutWords(t.phrase(a), copWords)).text, ...pps.map((o) => this.ppText(o))], 0.55);
      }
      return;
    }
    const obj = this.arg(h);
    if (!obj) return;
    // "Roe is Acme's chief executive": her role.
    if (t.upos(h) === "NOUN" && this.asserted(h)) this.role(subj, h);
    const pps = t.children(h, "obl").filter((o) => t.caseOf(o) !== undefined);
    // "are in Cairo", "were off the charts": the predicate nominal's preposition belongs to the relation.
    const prep = t.caseOf(h);
    if (propositions) this.proposition(prep ? `${copText} ${prep}` : copText, [subj.text, t.span(this.withoutWords(t.phrase(h), copWords)).text, ...pps.map((o) => this.ppText(o))], 0.55);
    this.emit(subj, [cop], obj, subj.named && obj.named ? 0.65 : 0.55, vp, undefined, prep); // the negation is vp's
  }

  /** A phrase's range without the given words at its start (the negation the relation already shows: "is n't | bad"). */
  private withoutWords(range: [number, number], words: readonly number[]): [number, number] {
    let [lo, hi] = range;
    while (hi - lo > 1 && words.includes(lo)) lo++;
    return [lo, hi];
  }

  private apposition(n: number): void {
    const t = this.t;
    const named = this.namedAt(n);
    if (!named) {
      // "Acme's chief executive, Jane Roe"
      // "Acme's co-founder and chief executive, Jane Roe": each coordinated title is hers.
      for (const a of t.children(n, "appos")) if (this.namedAt(a)?.type === "Person") for (const r of [n, ...t.children(n, "conj")]) this.role(a, r);
      return;
    }
    if (named.type === "Date") return;
    for (const a of t.children(n, "appos")) {
      if (this.namedAt(a)?.type === "Person") continue; // lists of names are not appositions
      // Nor is a phrase with a preposition or a time ("south of Tampa, at about 8:30 p.m.").
      // Nor a score ("beat Dortmund 2-0").
      if (t.child(a, "case") !== undefined || this.namedAt(a)?.type === "Date" || /^\d{1,2}:\d\d$/.test(t.text(a)) || /^\d+[-\u2013]\d+$/.test(t.text(a))) continue;
      if (named.type === "Person") this.role(n, a); // "Steve Mollenkopf, Boeing's chairman"
      const obj = this.arg(a, { appositionHead: false });
      const subj = this.arg(n);
      if (!subj || !obj) continue;
      // A place is no organization and a person no place: "in Brussels, NATO's chief …" is a misparse
      // (or a misread name), no edge for the graph.
      const kinds = subj.named && obj.named && KINDS.has(subj.mention.type) && KINDS.has(obj.mention.type);
      // "Siesta Key, Florida": a place named with the larger place it is in.
      const within = kinds && subj.mention.type === "Location" && obj.mention.type === "Location" && a > n;
      // Nor is a person's office an organization's or a place's: in "will address the Philippine
      // Congress, the first Japanese leader to do so", the leader is the clause's subject.
      // (Only after an object: a subject's apposition describes it, whatever the recognizer made of the name.)
      const person = !obj.named && /^(obj|obl|iobj)$/.test(t.rel(n)) && (subj.mention.type === "Organization" || subj.mention.type === "Location") && t.upos(a) === "NOUN" && isPersonRoleNoun(t.lower(a));
      if (person) continue;
      if (within) this.emitRaw(subj, "in", obj, 0.6);
      else if (!kinds || subj.mention.type === obj.mention.type) this.emitRaw(subj, "is", obj, 0.6);
      this.proposition("is", [this.t.span(this.t.phrase(n)).text, obj.text], 0.6);
    }
  }

  /** Whether predicate h is stated as a fact: not negated ("was not"), not modal ("could become"). */
  private asserted(h: number): boolean {
    const t = this.t;
    return !t.children(h, "advmod", "aux", "cop").some((c) => NEGATIONS.has(t.lower(c)) || MODALS.has(t.lower(c)));
  }

  /**
   * A person and the role an apposition gives them in a named organization or place: "Jane Roe, the
   * chief executive of Acme" / "Acme's chief executive, Jane Roe" -> Jane Roe – chief executive of – Acme;
   * "John Kirby, a spokesman for the State Department" -> John Kirby – spokesman for – State Department.
   */
  private role(person: number | Arg, roleHead: number): void {
    const t = this.t;
    const personal = PERSONAL_ROLES.has(t.lower(roleHead));
    if (!/^(NOUN|PROPN)$/.test(t.upos(roleHead)) || !(isTitleWord(t.text(roleHead)) || personal) || this.namedAt(roleHead)) return;
    const ownerOf = (h: number) => t.children(h, "nmod:poss", "nmod").find((c) => t.rel(c) === "nmod:poss" || /^(of|for|at)$/.test(t.caseOf(c) ?? ""));
    // A title coordinated with an owned one shares its owner ("Acme's co-founder and chief executive").
    const ownerTok = ownerOf(roleHead) ?? (t.rel(roleHead) === "conj" && isTitleWord(t.text(t.head(roleHead))) ? ownerOf(t.head(roleHead)) : undefined);
    // The owner is a name, or a description of one named before ("the company's chief executive").
    // A person's kin, lawyer or spokesman belongs to a person ("Smith's lawyer, Karen Doe"; "His wife,
    // Rosalynn": the person "his" refers to).
    const his = ownerTok !== undefined && personal && /^(his|her)$/.test(t.lower(ownerTok)) ? this.pronoun(ownerTok, true)?.mention : undefined;
    const owner = ownerTok === undefined ? undefined : his ?? (t.lower(ownerTok) === "its" ? this.possessiveIts(ownerTok) : (this.namedAt(ownerTok) ?? this.definiteReference(ownerTok, ...t.phrase(ownerTok))));
    if (!owner || !(owner.type === "Organization" || owner.type === "Location" || (personal && owner.type === "Person"))) return;
    const subj = typeof person === "number" ? this.arg(person) : person;
    if (!subj || subj.mention.type !== "Person") return;
    const words = [...t.children(roleHead, "amod", "compound").filter((c) => !this.namedAt(c) && /^\p{Ll}/u.test(t.text(c))), roleHead].sort((x, y) => x - y);
    const first = t.tokens[words[0]!]!;
    const last = t.tokens[roleHead]!;
    const prep = t.caseOf(ownerTok!);
    this.push({
      subj, obj: nameArg(owner), confidence: 0.7,
      predicate: `${words.map((i) => t.lower(i)).join(" ")} ${prep === "for" || prep === "at" ? prep : "of"}`,
      predicateText: t.sentence.text.slice(first.start - t.sentence.start, last.end - t.sentence.start),
      span: { start: Math.min(subj.mention.start, owner.start), end: Math.max(subj.mention.end, owner.end) },
    });
  }

  /** "Its chairman, Akio Toyoda": the organization "its" refers to, as "the company" would. */
  private possessiveIts(i: number): Mention | undefined {
    const hit = this.salientOrganization(i, this.mentionsBefore(i));
    return hit && this.referringTo(i, hit).mention;
  }

  /** "the European Hospital in Khan Yunis", "Egypt's State Information Service": relations inside a noun phrase between names. */
  private nominalPreposition(n: number): void {
    const t = this.t;
    const head = this.namedAt(n);
    if (!head || head.type === "Date" || head.tokenEnd! - 1 !== n) return;
    for (const c of t.children(n, "nmod")) {
      const p = t.caseOf(c);
      const other = this.namedAt(c);
      if (!other || other === head || other.type === "Date" || other.type === "Person") continue;
      if (p === "'s" || p === "\u2019s" || t.rel(c) === "nmod:poss") {
        this.emitRaw(this.arg(n), "of", this.arg(c), 0.6);
      } else if (p && NOMINAL_PREPS.has(p)) {
        // "Jannik Sinner of Italy": a person of a place is from it.
        this.emitRaw(this.arg(n), p === "of" && head.type === "Person" && other.type === "Location" ? "from" : p, this.arg(c), 0.6);
      }
    }
  }

  /**
   * Propositions a noun phrase states without a verb, for OpenIE output only (too loose for graph edges):
   * "the RSNO's base" -> RSNO has base; "Henry Wood Hall in Glasgow" -> Henry Wood Hall is in Glasgow;
   * "Celeski, an Australian footballer" -> Celeski is an Australian footballer.
   */
  private nominalPropositions(n: number): void {
    const t = this.t;
    if (!/^(NOUN|PROPN)$/.test(t.upos(n))) return;
    const own = () => t.span(t.phrase(n)).text.replace(/^(the|a|an)\s+/i, "");
    for (const c of t.children(n, "nmod:poss")) {
      if (t.upos(c) === "PRON") continue;
      const [lo, hi] = t.phrase(c);
      const owner = t.span([lo, hi]).text.replace(/\s*['\u2019]s?$/u, "");
      const [plo, phi] = t.phrase(n);
      let from = Math.max(plo, hi);
      while (from < phi && (t.head(from) === c || t.upos(from) === "PUNCT")) from++; // the "'s" of the owner
      const possessed = t.span([from, phi]).text;
      if (owner && possessed) this.proposition("has", [owner, possessed], 0.4);
    }
    for (const c of t.children(n, "nmod")) {
      const p = t.caseOf(c);
      if (t.upos(n) === "PROPN" && p && (p === "in" || p === "at" || p === "of" || p === "from") && t.upos(c) === "PROPN") this.proposition(`is ${p}`, [own(), this.phraseText(c)], 0.45);
      // "investments in superconductors", "his home in Paterson": where or in what a thing is (loose: low confidence).
      else if (p && NOUN_PLACE_PREPS.has(p) && /^(NOUN|PROPN)$/.test(t.upos(c))) this.proposition(`${/S$/.test(t.xpos(n)) ? "are" : "is"} ${p}`, [own(), this.phraseText(c, true)], 0.3);
    }
    if (!this.namedAt(n)) {
      for (const a of t.children(n, "appos")) if (/^(NOUN|PROPN)$/.test(t.upos(a))) this.proposition("is", [t.span(t.phrase(n)).text, this.phraseText(a)], 0.45);
    } else if (this.namedAt(n)?.type === "Location") {
      // "Davidson Township, Sullivan County": a place in the place after it.
      for (const a of t.children(n, "appos")) if (a > n && this.namedAt(a)?.type === "Location") this.proposition("is in", [own(), this.phraseText(a, true)], 0.35);
    }
    // "the comical contradictions", "State-owned BNL": what an adjective before a noun says of it (loose: low confidence).
    for (const c of t.children(n, "amod")) {
      if (c > n || t.upos(c) !== "ADJ" || VAGUE_ADJECTIVES.has(t.lower(c)) || t.children(c).length > 1) continue;
      const [lo, hi] = t.phrase(n);
      const [alo, ahi] = [t.leftmost(c), t.rightmost(c) + 1];
      let from = lo;
      while (from < hi && (t.upos(from) === "DET" || (from >= alo && from < ahi))) from++;
      const rest = [...(from < alo ? [t.span([from, alo]).text] : []), ...(Math.max(ahi, from) < hi ? [t.span([Math.max(ahi, from), hi]).text] : [])].join(" ");
      if (rest && /\p{L}/u.test(rest)) this.proposition("is", [rest, t.span([alo, ahi]).text], 0.3);
    }
  }

  /** "Israeli Prime Minister Benjamin Netanyahu" -> Benjamin Netanyahu – prime minister of – Israel. */
  private titles(): void {
    const t = this.t;
    for (const m of this.mentions) {
      if (m.type !== "Person" || m.tokenStart === undefined) continue;
      const titleToks: number[] = [];
      let k = m.tokenStart - 1;
      while (k >= 0 && isTitleWord(t.text(k)) && !this.namedAt(k)) titleToks.unshift(k--);
      if (titleToks.length === 0) continue;
      // Lowercase words that modify the title belong to it ("EU foreign policy chief Kaja Kallas").
      while (k >= 0 && /^\p{Ll}/u.test(t.text(k)) && /^(NOUN|ADJ)$/.test(t.upos(k)) && /^(compound|amod)$/.test(t.rel(k)) && titleToks.includes(t.head(k)) && !this.namedAt(k)) titleToks.unshift(k--);
      if (k < 0) continue;
      // "Ukraine's President Volodymyr Zelensky": the owner before the possessive.
      if (k > 0 && t.xpos(k) === "POS" && /^['\u2019]s?$/u.test(t.text(k))) k--;
      const affiliation = this.namedAt(k);
      // A demonym of one word, or of several as one mention ("South Korean").
      const demonym = affiliation && DEMONYMS.has(affiliation.text) ? affiliation : undefined;
      let object: Arg | undefined;
      // An organization or place, not an adjective ("Democratic", "Moscow-backed").
      if (affiliation && (affiliation.type === "Organization" || affiliation.type === "Location") && !DEMONYMS.has(affiliation.text) && !/-\p{Ll}+$/u.test(affiliation.text)) {
        object = nameArg(affiliation);
      } else if (DEMONYMS.has(demonym?.text ?? t.text(k))) {
        const text = demonym?.text ?? t.text(k);
        const country = DEMONYMS.get(text)!;
        const [from, to] = demonym ? [demonym.tokenStart!, demonym.tokenEnd!] : [k, k + 1];
        const span = { start: t.tokens[from]!.start, end: t.tokens[to - 1]!.end };
        // "Israeli" stands for Israel here, but is no name of it: a coreference, not a mention or alias.
        const mention: Mention = { ...span, sentence: t.sentence.index, text, name: country, type: "Location", tokenStart: from, tokenEnd: to, coreference: true };
        object = { mention, text, named: true, pronoun: false };
      }
      if (!object) continue;
      const lowerCase = titleToks.filter((i) => /^\p{Ll}/u.test(t.text(i)));
      const words = (lowerCase.length ? lowerCase : titleToks).map((i) => t.lower(i).replace(/\.$/, ""));
      const subj = nameArg(m);
      const first = t.tokens[titleToks[0]!]!;
      const last = t.tokens[titleToks[titleToks.length - 1]!]!;
      const predicateText = t.sentence.text.slice(first.start - t.sentence.start, last.end - t.sentence.start);
      this.push({ subj, predicate: `${words.join(" ")} of`, predicateText, span: { start: first.start, end: last.end }, obj: object, confidence: 0.75 });
    }
  }

  /** "former U.S. Attorney Todd Graves" -> is | Todd Graves | former U.S. Attorney (for OpenIE output). */
  private titlePropositions(): void {
    const t = this.t;
    for (const m of this.mentions) {
      if (m.type !== "Person" || m.tokenStart === undefined || m.tokenStart === 0) continue;
      let h = m.tokenStart;
      while (t.head(h) >= m.tokenStart && t.head(h) < m.tokenEnd!) h = t.head(h);
      let lo = t.phrase(h)[0];
      while (lo < m.tokenStart && (t.upos(lo) === "DET" || t.upos(lo) === "PUNCT")) lo++;
      const last = m.tokenStart - 1;
      if (lo > last || !/^(NOUN|PROPN)$/.test(t.upos(last)) || this.namedAt(last) || HONORIFICS.test(t.text(last))) continue;
      this.proposition("is", [m.text, t.span([lo, m.tokenStart]).text], 0.55);
    }
  }

  // ------------------------------------------------------------ output

  private emit(subj: Arg | undefined, words: number[], obj: Arg | undefined, confidence: number, vp: { negated: boolean; modality?: string }, date?: string, prep?: string): void {
    if (!subj || !obj) return;
    const t = this.t;
    const sorted = [...new Set(words)].sort((a, b) => a - b);
    // (A "be" after "to" stays as it is: "expected to be sentenced".)
    const word = (i: number, k: number) => (BE.has(t.lower(i)) && !(k > 0 && t.lower(sorted[k - 1]!) === "to") ? "is" : t.lower(i));
    const predicate = [vp.negated ? "not" : "", ...sorted.map(word), prep ?? ""].filter(Boolean).join(" ");
    const first = t.tokens[sorted[0]!]!;
    const last = t.tokens[sorted[sorted.length - 1]!]!;
    // The surface predicate with its auxiliaries, as written ("was arrested in").
    const auxes = t.children(sorted[0]!, "aux", "aux:pass").filter((a) => a < sorted[0]!);
    const from = auxes.length ? t.tokens[Math.min(...auxes)]! : first;
    const predicateText = [t.sentence.text.slice(from.start - t.sentence.start, last.end - t.sentence.start), prep ?? ""].filter(Boolean).join(" ");
    this.push({ subj, predicate, predicateText, span: { start: from.start, end: last.end }, obj, confidence, negated: vp.negated, modality: vp.modality, date });
  }

  private emitRaw(subj: Arg | undefined, predicate: string, obj: Arg | undefined, confidence: number): void {
    if (!subj || !obj) return;
    this.push({ subj, predicate, predicateText: predicate, span: { start: subj.mention.end, end: obj.mention.start }, obj, confidence });
  }

  private push(p: { subj: Arg; predicate: string; predicateText: string; span: { start: number; end: number }; obj: Arg; confidence: number; negated?: boolean; modality?: string; date?: string }): void {
    const { subj, obj } = p;
    if (subj.mention.start === obj.mention.start && subj.mention.end === obj.mention.end) return;
    // A pronoun or description resolved to the other argument of its own relation was misread.
    if ((subj.mention.coreference || obj.mention.coreference) && subj.mention.name === obj.mention.name && subj.mention.type === obj.mention.type) return;
    const key = `${subj.mention.start}:${subj.mention.end}|${p.predicate}|${obj.mention.start}:${obj.mention.end}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    let c = p.confidence;
    if (subj.named) c += 0.08;
    if (obj.named) c += 0.07;
    if (subj.pronoun || obj.pronoun) c -= 0.15;
    if (obj.text.split(/\s+/).length > 8) c -= 0.1;
    if (p.modality) c -= 0.1;
    c = Math.round(Math.min(0.98, Math.max(0.05, c)) * 100) / 100;
    this.triples.push({
      sentence: this.t.sentence.index,
      subject: subj.mention,
      predicate: p.predicate,
      object: obj.mention,
      predicateSpan: p.span,
      predicateText: p.predicateText,
      subjectText: subj.text,
      objectText: obj.text,
      confidence: c,
      ...(p.date ? { date: p.date } : {}),
      ...(p.negated ? { negated: true } : {}),
      ...(p.modality ? { modality: p.modality } : {}),
    });
  }
}
