// Entity mentions of one sentence: named entities from the recognizer's BIO labels, refined by rules
// (titles kept out of names, countries as places, facilities, "<demonym> <institution>" organizations),
// plus dates by rules. Pure: tokens and labels in, mentions out.
import type { EntityType, Mention, Sentence, Token } from "../model/types.js";
import { findDates } from "./dates.js";
import { headOf } from "./tree.js";
import { acronymOf } from "../graph/names.js";
import { CALENDAR_NAMES, COUNTRY_NAMES, DEMONYMS, GROUP_NOUNS, INSTITUTION_NOUNS, institutionCanon, KIND_NOUNS, nameHead, ORGANIZATION_HEADS, PERSON_NOUNS, PROVINCE_NAMES, isTitleWord } from "./lexicon.js";

/** Acronyms of common nouns, never names on their own ("investment in AI", "GDP grew"). */
const COMMON_ACRONYMS = new Set("AI GDP CEO CEOs CFO COO IPO IPOs EV EVs TV PC PCs DNA GPS SUV SUVs LNG VAT ETF ETFs UAV UAVs CPI PMI".split(" "));

const NER_TYPES: Record<string, EntityType> = { PER: "Person", ORG: "Organization", LOC: "Location", MISC: "Misc" };
const FACILITY_HEADS = new Set(
  "hospital airport stadium prison jail hotel mosque church cathedral temple synagogue station port harbour harbor museum palace bridge tower arena camp clinic".split(" "),
);

/** Last words of natural features' names (not "Coast", "Forest" or "Bay": "Gold Coast", "Nottingham Forest" and "Tampa Bay" are clubs too). */
const NATURAL_FEATURE_HEADS = new Set("River Lake Sea Ocean Mountains Valley Desert Gulf Strait Canal Island Islands Peninsula Glacier Volcano Hills Basin Crater Canyon Plateau Reef Lagoon".split(" "));

export interface TokenSpan {
  readonly start: number;
  readonly end: number;
  readonly type: string;
}

/** BIO or IOB1 labels to token spans. */
export function labelsToSpans(labels: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let cur: { start: number; type: string } | undefined;
  labels.forEach((label, i) => {
    const [tag, type] = label === "O" ? ["O", ""] : [label.slice(0, 1), label.slice(2)];
    if (cur && (tag === "O" || tag === "B" || type !== cur.type)) {
      spans.push({ start: cur.start, end: i, type: cur.type });
      cur = undefined;
    }
    if (tag !== "O" && !cur) cur = { start: i, type };
  });
  if (cur) spans.push({ start: cur.start, end: labels.length, type: cur.type });
  return spans;
}

/** Head nouns of institutions' names that a name of what they serve or study can follow ("Institute for Astronomy"). */
const INSTITUTION_HEADS = new Set(
  "institute institution university college school academy ministry department council committee commission agency office bureau center centre foundation society association federation fund museum court bank".split(" "),
);

/** First words of natural features' names that take "of" and a place ("Gulf of Mexico", "Bay of Bengal"). */
const FEATURES_BEFORE_OF = new Set("Gulf Bay Sea Strait Straits Isle Cape Lake Gulfs Horn".split(" "));

/** The words of a span, space-joined ("human rights"). */
function spanText(tokens: readonly Token[], span: TokenSpan): string {
  return tokens.slice(span.start, span.end).map((t) => t.text).join(" ");
}

/**
 * An organization's name the recognizer broke at its preposition made whole: "the Max Planck
 * Institute for Astronomy", "the Bank of England", "the Council on Foreign Relations" (an
 * institution's head noun, then "of", "for" or "on", then a name; after "of" a place's too, and after "for" or
 * "on" a name read as a place's that is no country's: "the Commission on Human Rights"). The
 * first part may have been read as Misc or Person: its head noun makes it an organization anyway.
 */
export function joinInstitutionNames(spans: readonly TokenSpan[], tokens: readonly Token[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    const link = prev && span.start === prev.end + 1 ? tokens[prev.end]!.text : "";
    const joins =
      prev !== undefined &&
      prev.type !== "LOC" &&
      /^\p{Lu}/u.test(tokens[prev.end - 1]!.text) &&
      INSTITUTION_HEADS.has(tokens[prev.end - 1]!.text.toLowerCase()) &&
      (((link === "for" || link === "on") && (span.type === "ORG" || span.type === "MISC" || (span.type === "LOC" && !COUNTRY_NAMES.has(spanText(tokens, span).toLowerCase())))) ||
        (link === "of" && span.type !== "PER"));
    // "the Gulf of Mexico", "the Strait of Hormuz": a natural feature's name runs over its "of".
    const feature = prev !== undefined && link === "of" && prev.end - prev.start === 1 && span.type === "LOC" && FEATURES_BEFORE_OF.has(tokens[prev.start]!.text);
    if (joins) out[out.length - 1] = { start: prev.start, end: span.end, type: "ORG" };
    else if (feature) out[out.length - 1] = { start: prev.start, end: span.end, type: "LOC" };
    else out.push(span);
  }
  return out;
}

/**
 * An organization's name the recognizer cut short inside its "of" phrase made whole: "the Chicago
 * Department of Public Health" read as "Chicago Department of Public". The capitalized words right
 * after the name's last word join it, when that word follows the "of" and is capitalized too; not a
 * month or a weekday, a title before a person's name, or a word of another name.
 */
export function wholeOfNames(spans: readonly TokenSpan[], tokens: readonly Token[]): TokenSpan[] {
  return spans.map((span, n) => {
    if (span.type !== "ORG") return span;
    const of = tokens.slice(span.start, span.end).findIndex((t) => t.text === "of") + span.start;
    if (of <= span.start || of >= span.end - 1 || !/^\p{Lu}/u.test(tokens[span.end - 1]!.text)) return span;
    let end = span.end;
    const next = spans[n + 1]?.start ?? tokens.length;
    const joins = (k: number) => {
      const t = tokens[k];
      return t !== undefined && k < next && /^\p{Lu}\p{Ll}/u.test(t.text) && /^(PROPN|NOUN|ADJ)$/.test(t.upos ?? "") && !CALENDAR_NAMES.test(t.text);
    };
    while (joins(end)) end++;
    // (A title before a person's name stays out: "Department of Public Health Director Jane Roe".)
    if (spans[n + 1]?.type === "PER" && next === end) while (end > span.end && isTitleWord(tokens[end - 1]!.text)) end--;
    return end === span.end ? span : { ...span, end };
  });
}

/**
 * Names of states and provinces the recognizer read as a person's or an organization's made places:
 * "North Carolina" (a first name "Carolina"), and one of one word only as the second part of a place
 * after its comma ("Liberty, Georgia"), where a name of one word may well be a person's elsewhere.
 */
export function provinceNames(spans: readonly TokenSpan[], tokens: readonly Token[]): TokenSpan[] {
  return spans.map((span, n) => {
    if (span.type !== "PER" && span.type !== "ORG") return span;
    if (!PROVINCE_NAMES.has(spanText(tokens, span))) return span;
    const prev = spans[n - 1];
    const afterPlace = prev !== undefined && prev.type === "LOC" && prev.end + 1 === span.start && tokens[prev.end]!.text === ",";
    return span.end - span.start >= 2 || afterPlace ? { ...span, type: "LOC" } : span;
  });
}

/**
 * A person's name with the generational suffix the recognizer left out: "Ferdinand Marcos Jr.",
 * "Ken Griffey Sr.", "John Doe III" (the suffix is part of the name, as CoNLL-2003 marks it).
 */
export function suffixedNames(spans: readonly TokenSpan[], tokens: readonly Token[]): TokenSpan[] {
  return spans.map((span, n) => {
    const next = tokens[span.end];
    if (span.type !== "PER" || !next || spans[n + 1]?.start === span.end || !/^(Jr|Sr)\.?$|^(II|III|IV)$/.test(next.text)) return span;
    return { ...span, end: span.end + 1 };
  });
}

/**
 * Titles between names kept out of them: the title words a name before a person's ends with
 * ("Texas Attorney" of "Texas Attorney General Ken Paxton": Texas), and a capitalized word between a
 * title and the person's name the recognizer left out, a first name it did not know ("Director-General
 * Tedros Adhanom Ghebreyesus").
 */
export function titledNames(spans: readonly TokenSpan[], tokens: readonly Token[], isCommonWord: (word: string) => boolean = () => false): TokenSpan[] {
  const out = spans.flatMap((s) => personAfterTitle(s, tokens, isCommonWord)).map((s) => ({ ...s }));
  const inSpan = (k: number) => out.some((s) => s.start <= k && k < s.end);
  for (let n = 0; n < out.length; n++) {
    const person = out[n]!;
    if (person.type !== "PER") continue;
    const k = person.start - 1;
    const word = tokens[k];
    if (word && !inSpan(k) && k > 0 && !isTitleWord(word.text) && isTitleWord(tokens[k - 1]!.text) && word.upos === "PROPN" && /^\p{Lu}\p{Ll}+$/u.test(word.text) && !DEMONYMS.has(word.text) && !COUNTRY_NAMES.has(word.text.toLowerCase()) && !isCommonWord(word.text)) {
      person.start = k;
    }
    const prev = n > 0 ? out[n - 1]! : undefined;
    // (Not a Misc name, which may be a title's own: "the Holy Roman Emperor Charles VI".)
    if (!prev || (prev.type !== "ORG" && prev.type !== "LOC") || prev.end - prev.start < 2) continue;
    let between = prev.end;
    while (between < person.start && isTitleWord(tokens[between]!.text)) between++;
    if (between < person.start) continue;
    const trims = (w: string) => isTitleWord(w) && !ORGANIZATION_HEADS.has(w.toLowerCase()); // "Labour Party leader Tony Blair"
    while (prev.end - prev.start > 1 && trims(tokens[prev.end - 1]!.text)) prev.end--;
  }
  return out;
}

/** Title words that name an office, the last word of a title before a name (not "National" or "Star": "Red Star Belgrade"). */
const OFFICES = new Set(
  ("president chair chairman chairwoman chief executive ceo cfo coo director governor secretary minister premier chancellor commissioner leader head representative " +
    "mayor senator general attorney prosecutor spokesman spokeswoman spokesperson ambassador envoy manager coach founder judge justice officer").split(" "),
);

/**
 * An organization's or a place's span that runs on over a title into a person's name, split in two:
 * "Federal Reserve Chair Jerome Powell" read as one organization is the Federal Reserve and Jerome
 * Powell. Only a capitalized title inside the span (not its first word, not an organization's head
 * word: "Party") that ends with an office, followed by one to three capitalized proper nouns that end the span and are no
 * common words, organizations' heads, countries or demonyms.
 */
function personAfterTitle(span: TokenSpan, tokens: readonly Token[], isCommonWord: (word: string) => boolean): TokenSpan[] {
  if ((span.type !== "ORG" && span.type !== "LOC") || span.end - span.start < 3) return [span];
  const titled = (k: number) => /^\p{Lu}/u.test(tokens[k]!.text) && isTitleWord(tokens[k]!.text) && !ORGANIZATION_HEADS.has(tokens[k]!.text.toLowerCase());
  const title = tokens.findIndex((_, i) => i > span.start && i < span.end - 1 && titled(i));
  if (title < 0) return [span];
  // The office's portfolio is the title's ("U.S. Trade Representative Katherine Tai": the U.S.).
  let k = title;
  while (k - 1 > span.start && PORTFOLIOS.has(tokens[k - 1]!.text.toLowerCase()) && /^\p{Lu}/u.test(tokens[k - 1]!.text)) k--;
  let j = title;
  while (j < span.end && titled(j)) j++;
  const name = tokens.slice(j, span.end);
  const nameWord = (t: Token) =>
    t.upos === "PROPN" && /^\p{Lu}[\p{L}'\u2019-]+$/u.test(t.text) && !isTitleWord(t.text) && !isCommonWord(t.text) && !ORGANIZATION_HEADS.has(t.text.toLowerCase()) && !DEMONYMS.has(t.text) && !COUNTRY_NAMES.has(t.text.toLowerCase());
  if (name.length === 0 || name.length > 3 || !name.every(nameWord) || !OFFICES.has(tokens[j - 1]!.text.toLowerCase())) return [span];
  return [{ ...span, end: k }, { start: j, end: span.end, type: "PER" }];
}

/** Organizations' head words that also end places' names ("the West Bank", "the Soviet Union", "Stadium Court"). */
const PLACE_AND_ORGANIZATION_HEADS = new Set(["bank", "union", "federation", "court", "trust"]);

/** Nouns of things made and sold, which a product's name modifies ("its Blackwell chips"). */
const PRODUCT_NOUNS = new Set(
  ("chip chips processor processors phone phones smartphone smartphones car cars vehicle vehicles truck trucks jet jets plane planes aircraft engine engines " +
    "drug drugs vaccine vaccines pill pills software app apps system systems platform platforms model models device devices console consoles " +
    "game games server servers tablet tablets laptop laptops computer computers satellite satellites rocket rockets missile missiles spacecraft " +
    "browser chatbot assistant headset headsets camera cameras battery batteries").split(" "),
);

/** Whether the name at [start, end) sits between a possessive pronoun (and adjectives) and a product's noun it modifies. */
function isProductName(tokens: readonly Token[], start: number, end: number): boolean {
  let k = start - 1;
  while (k >= 0 && tokens[k]!.upos === "ADJ" && /^\p{Ll}/u.test(tokens[k]!.text)) k--;
  const noun = tokens[end];
  if (k < 0 || !/^(its|their|his|her|our)$/i.test(tokens[k]!.text) || !noun || noun.upos !== "NOUN" || !PRODUCT_NOUNS.has(noun.text)) return false;
  return tokens.slice(start, end).every((t) => t.head === end || (t.head !== undefined && t.head >= start && t.head < end));
}

/** Whether the tokens [start, end) are all a quotation holds: a double quote right before and right after them. */
function isQuoted(tokens: readonly Token[], start: number, end: number): boolean {
  const quote = (t: Token | undefined) => t !== undefined && /^(["\u201c\u201d]|``|'')$/u.test(t.text);
  return quote(tokens[start - 1]) && quote(tokens[end]);
}

/** `isCommonWord`: whether a word is a common one rather than a name ("Accountant", not "Tedros"). */
export function findMentions(sentence: Sentence, labels: readonly string[], documentDate?: string, isCommonWord?: (word: string) => boolean): Mention[] {
  const tokens = sentence.tokens;
  const out: Mention[] = [];
  for (const span of titledNames(provinceNames(suffixedNames(wholeOfNames(joinInstitutionNames(labelsToSpans(labels), tokens), tokens), tokens), tokens), tokens, isCommonWord)) {
    let { start, end } = span;
    let type = NER_TYPES[span.type] ?? "Misc";
    // Trailing possessive or punctuation never belongs to a name, but a bracket closing one it opened does ("Mladost ( L )").
    const closes = (k: number) => tokens[k]!.text === ")" && tokens.slice(start, k).some((t) => t.text === "(");
    while (end > start && /^(['\u2019]s?|[,.;:)("\u201c\u201d])$/u.test(tokens[end - 1]!.text) && !closes(end - 1)) end--;
    if (type === "Person") {
      while (end - start > 1 && isTitleWord(tokens[start]!.text)) start++;
      // A plural common noun opening the sentence is no first name ("Rivals Amazon and Google have …").
      // (Its singular is a common word too: not "Des Smyth".)
      const first = tokens[0]!.text;
      if (start === 0 && end > 1 && /^\p{Lu}\p{Ll}{3,}s$/u.test(first) && isCommonWord?.(first) && isCommonWord(first.slice(0, -1).toLowerCase())) start++;
    }
    if (end <= start) continue;
    const first = tokens[start]!;
    const last = tokens[end - 1]!;
    const text = sentence.text.slice(first.start - sentence.start, last.end - sentence.start);
    if (COMMON_ACRONYMS.has(text)) continue; // "AI", "GDP": common nouns, whatever the recognizer says
    // "Feb." of "Feb. 23", "Sept.": a month's abbreviation is a date's word, which findDates reads.
    if (end - start === 1 && /^(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/.test(text)) continue;
    if (end - start === 1 && /^\p{Lu}\p{Ll}+$/u.test(text) && GROUP_NOUNS.has(text.toLowerCase())) continue; // "Police charged …": no name either
    const lower = text.toLowerCase();
    if (type === "Misc" && DEMONYMS.has(text)) {
      // "Israeli army", "Japanese foreign ministry": the institution is an organization; the demonym
      // stays a mention of its own.
      const to = institutionEnd(tokens, end);
      if (to > 0) out.push(institution(sentence, start, end, to));
    }
    if ((type === "Organization" || type === "Misc") && COUNTRY_NAMES.has(lower)) type = "Location";
    // A head word of organizations' names decides over Person and Misc; a place the recognizer saw
    // in its context keeps its type ("the West Bank", "the Soviet Union", "the Russian Federation").
    // So does one before the name's "of" ("the Serum Institute of India").
    if ((type === "Person" || type === "Misc") && end - start > 1 && (ORGANIZATION_HEADS.has(last.text.toLowerCase()) || ORGANIZATION_HEADS.has(nameHead(text) ?? ""))) type = "Organization";
    // A place's name never ends with most of those words ("the Smithsonian Institution", "Stanford
    // University"): CoNLL-2003 train's places end only with "Bank", "Union", "Federation", "Court" and "Trust".
    if (type === "Location" && end - start > 1 && ORGANIZATION_HEADS.has(last.text.toLowerCase()) && !PLACE_AND_ORGANIZATION_HEADS.has(last.text.toLowerCase())) type = "Organization";
    // "the James Webb Space Telescope", "the Sputnik V vaccine": a thing's name, not a person's or an organization's.
    if ((type === "Person" || type === "Organization") && end - start > 1 && THING_HEADS.has(last.text.toLowerCase()) && /^\p{Lu}/u.test(last.text)) type = "Misc";
    // "the Voting Rights Act", "the Kyoto Protocol", "the Paris Agreement": a law's or a treaty's name.
    if (end - start > 1 && LAW_HEADS.has(last.text)) type = "Misc";
    // "the Gulf War", "the World Cup", "the Mountain Fire": an event's name (Misc, as CoNLL-2003 has
    // events; its train set has 350 names ending so, all Misc).
    if ((type === "Person" || type === "Organization" || type === "Location") && end - start > 1 && EVENT_HEADS.has(last.text.toLowerCase()) && /^\p{Lu}/u.test(last.text)) type = "Misc";
    // "the Taquari River", "the Atacama Desert": a natural feature's name is a place's.
    if ((type === "Organization" || type === "Person") && end - start > 1 && NATURAL_FEATURE_HEADS.has(last.text)) type = "Location";
    // "Russia's Ryazan region", "Sindh province": a name before a kind of region is a place's; so is
    // one the recognizer read as Misc before a natural feature's noun ("the Reykjanes peninsula"),
    // not a people's adjective ("the Balkan peninsula", "the Kurdish region", "the British-ruled island").
    if ((type === "Organization" || type === "Person") && /^(region|province|district|county|oblast|prefecture|governorate|municipality|peninsula)$/.test(tokens[end]?.text ?? "")) type = "Location";
    if (type === "Misc" && /^(peninsula|archipelago|island|islands|valley|desert)$/.test(tokens[end]?.text ?? "") && !DEMONYMS.has(text) && !/(an|ese|ish|ic|i|-\p{Ll}+)$/u.test(lower)) type = "Location";
    // "the second season of \"Squid Game\"": a name in quotes of its own is a title (CoNLL-2003 train:
    // 24 Misc, 4 persons, mostly nicknames), unless it is a nickname inside a person's name ("Earvin \"Magic\" Johnson").
    if (type === "Person" && isQuoted(tokens, start, end) && !/^\p{Lu}/u.test(tokens[start - 2]?.text ?? "") && !/^\p{Lu}/u.test(tokens[end + 1]?.text ?? "")) type = "Misc";
    // "its new Blackwell chips", "their Galaxy phones": a name between a possessive pronoun and the
    // noun of a kind of product it modifies names a product (Misc), not its maker ("their Likud party" stays).
    if ((type === "Organization" || type === "Person") && isProductName(tokens, start, end)) type = "Misc";
    // "an artificial intelligence model called AlphaFold", "a drug dubbed Zepbound": a product's name too.
    if ((type === "Organization" || type === "Person") && /^(called|named|dubbed)$/.test(tokens[start - 1]?.text ?? "") && PRODUCT_NOUNS.has(tokens[start - 2]?.text ?? "")) type = "Misc";
    // "the Brazilian winger Raphinha", "the rapper Drake": a name after a noun for what a person does is a person's.
    const role = tokens[start - 1];
    // (Not after "champion": "world champion Spain", "champion Atlanta Braves" are teams.)
    if ((type === "Location" || type === "Organization" || type === "Misc") && role && PERSON_NOUNS.has(role.text) && !/^(champion|titleholder)$/.test(role.text) && role.upos === "NOUN" && tokens[end]?.text !== "'s" && !DEMONYMS.has(text) && !COUNTRY_NAMES.has(lower)) type = "Person";
    // "President-elect Donald Trump", "Governor Kalu": a name right after a capitalized office is its
    // holder's (CoNLL-2003 train: 272 persons, 2 places, no organization).
    const office = role && /^\p{Lu}\p{Ll}/u.test(role.text) && role.upos !== "VERB" && OFFICES.has(role.text.toLowerCase().replace(/-(elect|designate)$/, ""));
    if ((type === "Location" || type === "Organization" || type === "Misc") && office && end - start <= 3 && !ORGANIZATION_HEADS.has(last.text.toLowerCase()) && !DEMONYMS.has(text) && !COUNTRY_NAMES.has(lower)) type = "Person";
    // "the ruling Morena party": a name read as a place's or a person's before "party" or "movement" is the party's.
    if ((type === "Location" || type === "Person") && /^(party|movement)$/.test(tokens[end]?.text ?? "") && !COUNTRY_NAMES.has(lower) && !DEMONYMS.has(text)) type = "Organization";
    // "Hurricane Milton", "Typhoon Haiyan": a storm's name, no person's (Misc, as CoNLL-2003 has events).
    if (end - start > 1 && /^(Hurricane|Typhoon|Cyclone|Storm|Tropical)$/.test(first.text)) type = "Misc";
    // "his home near Lyon": after "near", a name is a place's (CoNLL-2003 train: 23 of 23 names there, adjectives aside).
    if ((type === "Organization" || type === "Person") && tokens[start - 1]?.text === "near" && !/^['\u2019]s?$/.test(tokens[end]?.text ?? "") && !ORGANIZATION_HEADS.has(last.text.toLowerCase())) type = "Location";
    type = kindOf(tokens, start, end) ?? type;
    // "the Rio de Janeiro-based company": a modifier made of a name, Misc as CoNLL-2003 has "London-based".
    if (/\p{L}-(based|born|led|backed|owned|run)$/u.test(last.text)) type = "Misc";
    if ((type === "Organization" || type === "Location") && FACILITY_HEADS.has(last.text.toLowerCase()) && end - start > 1) type = "Facility";
    out.push(mention(sentence, first.start, last.end, type, start, end));
  }
  // "<Demonym> <institution>" outside any recognized span ("the Israeli army said").
  tokens.forEach((t, i) => {
    const to = DEMONYMS.has(t.text) ? institutionEnd(tokens, i + 1) : -1;
    if (to < 0 || out.some((m) => m.start <= t.start && t.end <= m.end)) return;
    out.push(institution(sentence, i, i + 1, to));
  });
  for (const d of findDates(sentence, documentDate)) {
    if (!out.some((m) => m.start < d.end && d.start < m.end)) out.push(withTokens(sentence, d));
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Mentions with one type per name in a document where a kind noun decided one of them: "the
 * cybersecurity firm Wiz ... Wiz, founded in 2020, is based in New York" keeps Wiz an organization
 * wherever the recognizer guessed otherwise. Names with two kinds in one document are left alone.
 */
export function documentKinds(sentences: readonly Sentence[], mentions: readonly Mention[]): Mention[] {
  const kinds = new Map<string, EntityType | null>();
  for (const m of mentions) {
    if (m.tokenStart === undefined || m.type === "Date" || m.type === "Quantity") continue;
    const kind = kindOf(sentences[m.sentence]?.tokens ?? [], m.tokenStart, m.tokenEnd);
    if (!kind) continue;
    const seen = kinds.get(m.name);
    kinds.set(m.name, seen === undefined || seen === kind ? kind : null);
  }
  if (kinds.size === 0) return [...mentions];
  return mentions.map((m) => {
    const kind = kinds.get(m.name);
    if (!kind || m.type === kind || m.type === "Date" || m.type === "Quantity" || m.type === "Facility") return m;
    return { ...m, type: kind };
  });
}

/** Nouns only a company has ("Shares of Amazon", "Amazon's employees"). */
const COMPANY_NOUNS = new Set("shares stock shareholders investors employees staff workforce headquarters ceo cfo executive chairman chairwoman subsidiary subsidiaries".split(" "));
/** Participles only an organization takes ("Amazon, which is based in Seattle"). */
const ORGANIZATION_PARTICIPLES = new Set(["based", "headquartered", "listed"]);

/**
 * Mentions with the type Organization for names the document treats as one (in any of their
 * mentions), where the recognizer read them as places or Misc: "Shares of Amazon", "Amazon's employees", "Amazon, which is based in
 * Seattle", "Seattle-headquartered Amazon" — for every mention of that name. Countries are left
 * alone, and so are persons, but for a use no person's name has ("Acme's chief executive",
 * "Acme, which makes …").
 */
export function organizationsByUse(sentences: readonly Sentence[], mentions: readonly Mention[]): Mention[] {
  const orgs = new Set<string>();
  // Names read as persons' that the document uses as a company's in a way no person's name is
  // ("Novo Nordisk's chief executive", "shares of Acme"); people have staff and investors, though.
  const persons = new Set<string>();
  for (const m of mentions) {
    if ((m.type !== "Location" && m.type !== "Misc" && m.type !== "Organization" && m.type !== "Person") || m.tokenStart === undefined || COUNTRY_NAMES.has(m.name.toLowerCase()) || DEMONYMS.has(m.name)) continue;
    const tokens = sentences[m.sentence]?.tokens ?? [];
    const head = headOf(tokens, m.tokenStart, m.tokenEnd!);
    if (head === undefined) continue;
    if (m.type === "Person") {
      // (Not after a title: in "a son of President Suharto, which plans …", "which" is something named before.)
      const titled = m.tokenStart > 0 && isTitleWord(tokens[m.tokenStart - 1]!.text);
      if (usedAsCompany(tokens, head, ONLY_COMPANY_NOUNS) || (relativeWhich(tokens, m.tokenEnd!) && !titled)) persons.add(m.name);
    } else if (usedAsCompany(tokens, head)) orgs.add(m.name);
  }
  if (orgs.size === 0 && persons.size === 0) return [...mentions];
  return mentions.map((m) =>
    (orgs.has(m.name) && (m.type === "Location" || m.type === "Misc")) || (persons.has(m.name) && m.type === "Person") ? { ...m, type: "Organization" } : m,
  );
}

/** The last words of the persons' names of more than one word ("Michael Dell" -> "Dell"). */
function personSurnames(mentions: readonly Mention[]): Set<string> {
  return new Set(mentions.filter((m) => m.type === "Person" && m.name.includes(" ")).map((m) => m.name.slice(m.name.lastIndexOf(" ") + 1)));
}

/**
 * Mentions whose whole name is a listed company's ("Walmart", "JPMorgan Chase", "Meta Platforms")
 * that the recognizer read as a person's or a place: organizations. A name that is also the last
 * word of a person named in the document ("Michael Dell" ... "Dell") is left alone, and so is a place
 * after a lowercase "the" ("in the Amazon"), which no company's name takes.
 */
export function listedCompanies(mentions: readonly Mention[], isCompanyName: (name: string) => boolean, sentences: readonly Sentence[] = []): Mention[] {
  const surnames = personSurnames(mentions);
  const afterThe = (m: Mention) => m.tokenStart !== undefined && sentences[m.sentence]?.tokens[m.tokenStart - 1]?.text === "the";
  return mentions.map((m) =>
    (m.type === "Person" || (m.type === "Location" && !afterThe(m))) && !m.coreference && !surnames.has(m.name) && isCompanyName(m.name) ? { ...m, type: "Organization" } : m,
  );
}

/**
 * Mentions with a one-word name the recognizer read as a person's that stands in a list of at least
 * two organizations and nothing else ("Microsoft, Meta and Alphabet said"): an organization's, in
 * every mention. Not a name a person in the document carries as a surname.
 */
export function coordinatedOrganizations(sentences: readonly Sentence[], mentions: readonly Mention[]): Mention[] {
  const surnames = personSurnames(mentions);
  const names = new Set<string>();
  for (const m of mentions) {
    if (m.type !== "Person" || m.name.includes(" ") || surnames.has(m.name) || m.tokenStart === undefined) continue;
    const tokens = sentences[m.sentence]?.tokens ?? [];
    const head = headOf(tokens, m.tokenStart, m.tokenEnd!);
    if (head === undefined) continue;
    const first = tokens[head]!.deprel === "conj" ? tokens[head]!.head! : head;
    const conjuncts = [first, ...tokens.flatMap((t, k) => (t.head === first && t.deprel === "conj" ? [k] : []))].filter((k) => k !== head);
    const typeAt = (k: number) => mentions.find((o) => o.sentence === m.sentence && o.tokenStart !== undefined && o.tokenStart <= k && k < o.tokenEnd!)?.type;
    if (conjuncts.length >= 2 && conjuncts.every((k) => typeAt(k) === "Organization")) names.add(m.name);
  }
  if (names.size === 0) return [...mentions];
  return mentions.map((m) => (m.type === "Person" && names.has(m.name) ? { ...m, type: "Organization" } : m));
}

/** Nouns of a company's that no person has ("Acme's chief executive", "Acme's shareholders"). */
const ONLY_COMPANY_NOUNS = new Set("shares stock shareholders shareholder headquarters ceo cfo executive subsidiary subsidiaries".split(" "));

/**
 * Whether the name ending at token `end` takes a relative "which" ("Google, which is owned by
 * Alphabet"): a person's takes "who" (CoNLL-2003 train: 1 of 49 names before ", which" is a person's).
 */
function relativeWhich(tokens: readonly Token[], end: number): boolean {
  return tokens[end]?.text === "," && tokens[end + 1]?.text === "which";
}

/** Whether the name headed by token `head` is used as a company's: "Shares of Amazon", "Amazon's employees", "Amazon shares", "Amazon, based in Seattle". */
function usedAsCompany(tokens: readonly Token[], head: number, nouns: ReadonlySet<string> = COMPANY_NOUNS): boolean {
  const t = tokens[head]!;
  const up = t.head !== undefined && t.head >= 0 ? tokens[t.head] : undefined;
  const word = up?.text.toLowerCase() ?? "";
  const caseOf = tokens.find((c, k) => c.head === head && c.deprel === "case" && k < head)?.text.toLowerCase();
  // (Not "Amazon chairman": a title before a name.)
  const ofCompany = up && nouns.has(word) && ((t.deprel === "nmod" && caseOf === "of") || t.deprel === "nmod:poss" || (t.deprel === "compound" && /^(shares|stock)$/.test(word)));
  const based = tokens.some((c, k) => c.head === head && /^acl/.test(c.deprel ?? "") && ORGANIZATION_PARTICIPLES.has(c.text.toLowerCase()) && k > head) ||
    (up && ORGANIZATION_PARTICIPLES.has(word) && /^nsubj/.test(t.deprel ?? ""));
  return Boolean(ofCompany || based);
}

/**
 * Labels (BIO, one array per sentence) with an organization's name the recognizer broke in two made
 * whole: "the Senate Foreign Relations Committee" read as the Senate and a Committee. An
 * organization's name, one to three capitalized nouns, names or adjectives outside names, and a
 * second organization's name that ends with an organization's head word ("Committee", "Bank"); not
 * in a headline, where every word is capitalized.
 */
export function organizationsOverCapitals(sentences: readonly Sentence[], labels: readonly (readonly string[])[], headlines: ReadonlySet<number>): string[][] {
  return labels.map((l, k) => {
    const tokens = sentences[k]?.tokens;
    if (headlines.has(k) || !tokens) return [...l];
    const out = [...l];
    const spans = labelsToSpans(l);
    for (let n = 0; n + 1 < spans.length; n++) {
      const [a, b] = [spans[n]!, spans[n + 1]!];
      const gap = b.start - a.end;
      if (a.type !== "ORG" || b.type !== "ORG" || gap < 1 || gap > 3 || !ORGANIZATION_HEADS.has(tokens[b.end - 1]!.text.toLowerCase())) continue;
      const between = tokens.slice(a.end, b.start);
      if (!between.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text) && (t.upos === "PROPN" || t.upos === "NOUN" || t.upos === "ADJ"))) continue;
      for (let i = a.end; i < b.end; i++) out[i] = `I-ORG`;
    }
    return out;
  });
}

/**
 * Labels (BIO, one array per sentence) with a headline's names cut at its verb: title case leads the
 * recognizer to run a name on over the verb ("Rubio Vows Tough Line on Beijing" read as one
 * organization), but a name holds no verb the headline was parsed with. The verb is no name's; the
 * words after it start a name of their own (kept, like any headline name, only if the body repeats it).
 */
export function headlineNamesAtVerbs(sentences: readonly Sentence[], labels: readonly (readonly string[])[], headlines: ReadonlySet<number>): string[][] {
  return labels.map((l, k) => {
    const tokens = sentences[k]?.tokens;
    if (!headlines.has(k) || !tokens) return [...l];
    const out = [...l];
    for (const span of labelsToSpans(l)) {
      for (let i = span.start + 1; i < span.end; i++) {
        if (tokens[i]!.upos !== "VERB" || tokens[i]!.deprel !== "root") continue;
        out[i] = "O";
        if (i + 1 < span.end) out[i + 1] = `B-${span.type}`;
      }
    }
    return out;
  });
}

/**
 * Labels (BIO, one array per sentence) with names the recognizer missed but the document uses as a
 * company's ("Siemens shares fell", "Shares of Siemens") labelled B-ORG/I-ORG wherever they occur
 * outside other names: a run of proper nouns, not in a headline, that is no country or demonym.
 */
export function companiesByUse(
  sentences: readonly Sentence[],
  labels: readonly (readonly string[])[],
  headlines: ReadonlySet<number> = new Set(),
  isCommonWord: (word: string) => boolean = () => false,
  isCompanyName: (name: string) => boolean = () => false,
): string[][] {
  const names = new Set<string>();
  sentences.forEach((s, k) => {
    if (headlines.has(s.index)) return;
    const tokens = s.tokens;
    // A capitalized proper noun, or a capitalized noun that is no common word ("Siemens" read as a plural);
    // not a common word opening the sentence ("Rival ABB").
    const nameWord = (i: number) => {
      const t = tokens[i]!;
      if ((labels[k]?.[i] ?? "O") !== "O" || !/^\p{Lu}/u.test(t.text)) return false;
      if (t.upos === "PROPN") return !(i === 0 && isCommonWord(t.text));
      return t.upos === "NOUN" && !isCommonWord(t.text);
    };
    for (let i = 0; i < tokens.length; i++) {
      if (!nameWord(i)) continue;
      let j = i;
      while (j + 1 < tokens.length && nameWord(j + 1)) j++;
      const text = tokens.slice(i, j + 1).map((t) => t.text).join(" ");
      const head = headOf(tokens, i, j + 1);
      if (head !== undefined && !COUNTRY_NAMES.has(text.toLowerCase()) && !DEMONYMS.has(text) && !COMMON_ACRONYMS.has(text) && usedAsCompany(tokens, head)) names.add(text);
      i = j;
    }
    // Listed companies' names the recognizer missed, read as proper nouns: "Apple said it would
    // invest"; one opening the sentence that is also a common word only as its clause's subject.
    const free = (i: number) => (labels[k]?.[i] ?? "O") === "O" && tokens[i]!.upos === "PROPN" && /^\p{Lu}/u.test(tokens[i]!.text);
    for (let i = 0; i < tokens.length; i++) {
      if (!free(i)) continue;
      let j = i;
      while (j + 1 < tokens.length && free(j + 1)) j++;
      const text = tokens.slice(i, j + 1).map((t) => t.text).join(" ");
      const head = headOf(tokens, i, j + 1);
      const subject = head !== undefined && /^nsubj/.test(tokens[head]!.deprel ?? "");
      if (head !== undefined && isCompanyName(text) && !COUNTRY_NAMES.has(text.toLowerCase()) && !(i === 0 && isCommonWord(tokens[0]!.text) && !subject)) names.add(text);
      i = j;
    }
  });
  if (names.size === 0) return labels.map((l) => [...l]);
  return sentences.map((s, k) => {
    const out = [...(labels[k] ?? s.tokens.map(() => "O"))];
    if (headlines.has(s.index)) return out;
    for (const name of names) {
      const words = name.split(" ");
      for (let i = 0; i + words.length <= s.tokens.length; i++) {
        if (!words.every((w, d) => s.tokens[i + d]!.text === w && out[i + d] === "O")) continue;
        // Not part of a longer name ("Siemens Energy").
        if (/^\p{Lu}/u.test(s.tokens[i + words.length]?.text ?? "") && s.tokens[i + words.length]!.upos === "PROPN" || (i > 0 && s.tokens[i - 1]!.upos === "PROPN" && /^\p{Lu}/u.test(s.tokens[i - 1]!.text))) continue;
        words.forEach((_, d) => (out[i + d] = d === 0 ? "B-ORG" : "I-ORG"));
      }
    }
    return out;
  });
}

/**
 * Labels (BIO, one array per sentence) with an organization's name the recognizer cut short before
 * the words that end it made whole: in "Amazon Web Services" read as "Amazon" (an organization or a
 * place), the capitalized words right after the name join it when the last of them (at most three)
 * is an organization's head word ("Services", "Bank", "Group"); the whole is an organization's name
 * ("Hong Kong Monetary Authority"). A one-word name the document labels elsewhere counts where the
 * recognizer left it out. Not in a headline (whose words are all capitalized), not over a
 * month or a weekday, a title or another name's words.
 */
export function headedOrganizationNames(words: readonly (readonly string[])[], labels: readonly (readonly string[])[], headlines: ReadonlySet<number> = new Set()): string[][] {
  // One-word names the document labels somewhere, which start such a name where left unlabelled.
  const known = new Set<string>();
  labels.forEach((l, k) => {
    if (!headlines.has(k)) for (const span of labelsToSpans(l)) if (span.end - span.start === 1 && (span.type === "ORG" || span.type === "LOC")) known.add(words[k]![span.start]!);
  });
  return labels.map((l, k) => {
    const out = [...l];
    if (headlines.has(k)) return out;
    const w = words[k]!;
    const joins = (i: number) => i < w.length && out[i] === "O" && /^\p{Lu}\p{Ll}/u.test(w[i]!) && !CALENDAR_NAMES.test(w[i]!) && !isTitleWord(w[i]!);
    const unlabelled = w.flatMap((word, i) => (l[i] === "O" && (i === 0 || l[i - 1] === "O") && known.has(word) ? [{ start: i, end: i + 1, type: "ORG" }] : []));
    for (const span of [...labelsToSpans(l), ...unlabelled]) {
      if (span.type !== "ORG" && span.type !== "LOC") continue;
      let end = span.end;
      while (end < span.end + 3 && joins(end)) end++;
      while (end > span.end && !ORGANIZATION_HEADS.has(w[end - 1]!.toLowerCase())) end--;
      // (Not words of a title: "White House Press Secretary".)
      if (end === span.end || (end < w.length && isTitleWord(w[end]!))) continue;
      for (let i = span.start; i < end; i++) out[i] = i === span.start ? "B-ORG" : "I-ORG";
    }
    return out;
  });
}

/**
 * Labels (BIO, a copy) without a one-word name that is a title right before a person's name: in
 * "Justice Brett Kavanaugh", the recognizer may read "Justice" as an organization; it is his office.
 */
export function titlesBeforePersons(words: readonly (readonly string[])[], labels: readonly (readonly string[])[]): string[][] {
  return labels.map((l, k) => {
    const out = [...l];
    for (const span of labelsToSpans(l)) {
      if (span.type !== "PER" && span.end - span.start === 1 && out[span.end] === "B-PER" && isTitleWord(words[k]![span.start]!)) out[span.start] = "O";
    }
    return out;
  });
}

/** Head words of organizations named for what they work for ("Centers for Disease Control", "Campaign for …"), besides ORGANIZATION_HEADS. */
const PURPOSE_HEADS = new Set(["center", "centers", "centre", "centres", "campaign", "office", "project", "initiative", "foundations", "institutes", "councils"]);

/**
 * Labels (BIO, one array per sentence) with an organization named for what it works for made one
 * name: "the Alliance for Hippocratic Medicine", "the Institute for Fiscal Studies", "Centers for
 * Disease Control and Prevention", which the recognizer may cut at "for" or read in pieces. A
 * capitalized organization's head word, "for", then capitalized words (joined by "and", "of" or
 * "the" at most), when every name there lies inside. Not in headlines.
 */
export function purposeOrganizationNames(words: readonly (readonly string[])[], labels: readonly (readonly string[])[], headlines: ReadonlySet<number> = new Set()): string[][] {
  const capital = (w: string | undefined) => w !== undefined && /^\p{Lu}/u.test(w) && !CALENDAR_NAMES.test(w) && !isTitleWord(w);
  return labels.map((l, k) => {
    const out = [...l];
    if (headlines.has(k)) return out;
    const w = words[k]!;
    for (let i = 0; i + 2 < w.length; i++) {
      const head = w[i]!.toLowerCase();
      if (!/^\p{Lu}\p{Ll}/u.test(w[i]!) || w[i + 1] !== "for" || !(ORGANIZATION_HEADS.has(head) || PURPOSE_HEADS.has(head))) continue;
      let end = i + 2;
      for (;;) {
        if (capital(w[end])) end++;
        // (A joining word between capitalized words, or "the" right after "for".)
        else if ((end > i + 2 ? /^(and|of|the|&)$/ : /^the$/).test(w[end] ?? "") && capital(w[end + 1])) end += 2;
        else break;
      }
      if (end === i + 2 || end - i > 8) continue;
      let start = i;
      while (start > 0 && out[start]!.startsWith("I-")) start--;
      // Every name there lies inside (none runs on past the end).
      if (end < w.length && out[end]!.startsWith("I-")) continue;
      for (let j = start; j < end; j++) out[j] = j === start ? "B-ORG" : "I-ORG";
      i = end - 1;
    }
    return out;
  });
}

/**
 * Labels (BIO, one array per sentence) with the acronym of an organization the document names
 * ("the World Health Organization ... WHO Director-General") labelled B-ORG where the recognizer
 * left it out: a word of two to six capitals, outside other names.
 */
export function documentAcronyms(words: readonly (readonly string[])[], labels: readonly (readonly string[])[], headlines: ReadonlySet<number> = new Set()): string[][] {
  const acronyms = new Set<string>();
  labels.forEach((l, k) => {
    if (headlines.has(k)) return;
    for (const span of labelsToSpans(l)) {
      const name = words[k]!.slice(span.start, span.end).join(" ");
      // (Misc too when an organization's head word says what it is, as findMentions then types it.)
      const organization = span.type === "ORG" || (span.type === "MISC" && (ORGANIZATION_HEADS.has(name.slice(name.lastIndexOf(" ") + 1).toLowerCase()) || ORGANIZATION_HEADS.has(nameHead(name) ?? "")));
      const acronym = organization ? acronymOf(name) : undefined;
      if (acronym && acronym.length <= 6) acronyms.add(acronym);
    }
  });
  // (Not one in brackets right after a name, where the recognizer saw what it stands for: "Intelligent Network ( IN ) products".)
  const bracketed = (k: number, i: number) => words[k]![i - 1] === "(" && words[k]![i + 1] === ")" && /^[BI]-/.test(labels[k]![i - 2] ?? "");
  return labels.map((l, k) => l.map((label, i) => (label === "O" && acronyms.has(words[k]![i]!) && !bracketed(k, i) ? "B-ORG" : label)));
}

/**
 * Labels (BIO, one array per sentence) with each name of several words the recognizer found once
 * given the same span wherever its words recur in the document, when the recognizer broke them
 * there: "the nationalist Law and Justice party ... Law and Justice remained the largest party",
 * the second read as "Law" and "Justice". A recurrence is relabelled only when some of its words
 * carry a label and no other name runs into it or out of it ("New York" stays inside "New York
 * Yankees"). A recurrence read whole with another type takes the name's type too (one name, one
 * thing in a document: CoNLL-2003 dev 92.53 → 92.60 against leaving those alone). Names found in headlines teach nothing (their capitals say little); the type is
 * the one the name's whole spans have most often.
 */
export function repeatedNames(
  words: readonly (readonly string[])[],
  labels: readonly (readonly string[])[],
  headlines: ReadonlySet<number> = new Set(),
): string[][] {
  const types = new Map<string, Map<string, number>>();
  labels.forEach((l, k) => {
    if (headlines.has(k)) return;
    for (const span of labelsToSpans(l)) {
      if (span.end - span.start < 2) continue;
      const name = words[k]!.slice(span.start, span.end).join(" ");
      const counts = types.get(name) ?? new Map<string, number>();
      counts.set(span.type, (counts.get(span.type) ?? 0) + 1);
      types.set(name, counts);
    }
  });
  const out = labels.map((l) => [...l]);
  if (types.size === 0) return out;
  // Longest names first, so a shorter one inside a longer one never cuts it.
  const names = [...types].map(([name, counts]) => ({ words: name.split(" "), type: [...counts].sort((a, b) => b[1] - a[1])[0]![0] })).sort((a, b) => b.words.length - a.words.length);
  words.forEach((ws, k) => {
    const l = out[k]!;
    for (const name of names) {
      const n = name.words.length;
      for (let i = 0; i + n <= ws.length; i++) {
        if (!name.words.every((w, d) => ws[i + d] === w)) continue;
        const inner = l.slice(i, i + n);
        if (inner.every((x) => x === "O") || inner[0]!.startsWith("I-") || (l[i + n] ?? "O").startsWith("I-")) continue;
        inner.forEach((_, d) => (l[i + d] = d === 0 ? `B-${name.type}` : `I-${name.type}`));
      }
    }
  });
  return out;
}

/**
 * Labels (BIO, a copy) with a one-word name the recognizer found in the document also given where it
 * recurs unlabelled: "acquire Figment, a London-based maker … Figment was founded in 2016", where the
 * second, opening its sentence, was read as no name. Only the same spelling, capitalized (a common
 * word only where a capital says nothing of it, opening a sentence); not inside or beside another name, nor before a capitalized word (a longer name: "Figment
 * Labs"). Names found in headlines teach nothing; the type is the one the name has most often.
 */
export function recurringNames(
  words: readonly (readonly string[])[],
  labels: readonly (readonly string[])[],
  headlines: ReadonlySet<number> = new Set(),
  isCommonWord: (word: string) => boolean = () => true,
): string[][] {
  const types = new Map<string, Map<string, number>>();
  labels.forEach((l, k) => {
    if (headlines.has(k)) return;
    for (const span of labelsToSpans(l)) {
      const word = words[k]![span.start]!;
      // (A common word only as a name inside a sentence, where its capital says so: "acquire Figment".)
      if (span.end - span.start !== 1 || !/^\p{Lu}\p{Ll}+$/u.test(word) || (span.start === 0 && isCommonWord(word))) continue;
      const counts = types.get(word) ?? new Map<string, number>();
      counts.set(span.type, (counts.get(span.type) ?? 0) + 1);
      types.set(word, counts);
    }
  });
  const out = labels.map((l) => [...l]);
  if (types.size === 0) return out;
  const typeOf = new Map([...types].map(([word, counts]) => [word, [...counts].sort((a, b) => b[1] - a[1])[0]![0]]));
  words.forEach((ws, k) => {
    if (headlines.has(k)) return;
    const l = out[k]!;
    ws.forEach((w, i) => {
      const type = typeOf.get(w);
      // (A common word's recurrence only where its capital says nothing, opening a sentence: "Figment was founded …".)
      if (!type || (i > 0 && isCommonWord(w)) || l[i] !== "O" || (l[i - 1] ?? "O") !== "O" || (l[i + 1] ?? "O") !== "O" || /^\p{Lu}/u.test(ws[i + 1] ?? "")) return;
      l[i] = `B-${type}`;
    });
  });
  return out;
}

/**
 * Mentions with the types a dateline with its source gives: "LOS ANGELES (Reuters) -" names the
 * place the story is filed from, and in brackets the agency that filed it ("Paris, France (AFP) —").
 * So does a dateline that ends in a long dash ("MUNICH —"), as news sites set it.
 */
export function datelineTypes(sentences: readonly Sentence[], mentions: readonly Mention[]): Mention[] {
  return mentions.map((m) => {
    const s = sentences[m.sentence];
    // Only with the agency in brackets or a long dash: "RUGBY UNION -" opens a sports story the same way.
    // Or a name the document also gives a place ("CHICAGO - ... Chicago's pension debt").
    const marked = s?.tokens.some((t) => t.text === "(") || /^[\u2014\u2013]$/u.test(s?.tokens[s.tokens.length - 1]?.text ?? "") ||
      (s?.dateline && mentions.some((o) => o.sentence !== m.sentence && o.type === "Location" && o.name.toLowerCase() === m.name.toLowerCase()));
    if (!s?.dateline || !marked || m.tokenStart === undefined || (m.type !== "Location" && m.type !== "Organization" && m.type !== "Misc" && m.type !== "Person")) return m;
    const bracketed = s.tokens.slice(0, m.tokenStart).some((t) => t.text === "(") && !s.tokens.slice(0, m.tokenStart).some((t) => t.text === ")");
    const type = bracketed ? "Organization" : "Location";
    return m.type === type ? m : { ...m, type };
  });
}

/**
 * The type a common noun right before a name gives it ("the drug Wegovy": Misc; "broadcaster DR":
 * Organization; "the city Odesa", "the city of Odesa": Location), or the participle and preposition
 * before it ("based in Somerset": Location), if any.
 */
function kindOf(tokens: readonly Token[], start: number, end?: number): "Organization" | "Location" | "Misc" | undefined {
  const kind = (i: number) => {
    const t = tokens[i];
    if (!t || t.upos !== "NOUN" || !/^\p{Ll}+$/u.test(t.text)) return undefined;
    return KIND_NOUNS.get(t.text) ?? (t.text.endsWith("ies") ? KIND_NOUNS.get(`${t.text.slice(0, -3)}y`) : undefined) ?? (t.text.endsWith("s") ? KIND_NOUNS.get(t.text.slice(0, -1)) : undefined);
  };
  const before = kind(start - 1);
  if (before) return before;
  // "companies such as Meta and Google", "lenders including Barclays", "the drugs Wegovy and Ozempic":
  // the kind a plural noun states holds for every name of the list after it.
  const first = listStart(tokens, start);
  // (Organizations and places only: "blue chips like Acme" are companies.)
  const plural = (i: number) => {
    const k = /s$/.test(tokens[i]?.text ?? "") ? kind(i) : undefined;
    return k === "Misc" ? undefined : k;
  };
  if (first < start) {
    const listed = kind(first - 1);
    if (listed) return listed;
  }
  const lead = tokens[first - 1]?.text.toLowerCase();
  if (lead === "as" && tokens[first - 2]?.text.toLowerCase() === "such") {
    const such = plural(first - 3);
    if (such) return such;
  } else if (lead === "including" || lead === "like") {
    const incl = plural(first - 2) ?? (tokens[first - 2]?.text === "," ? plural(first - 3) : undefined);
    if (incl) return incl;
  }
  // "Vale, the Brazilian mining company, said": the kind an apposition after the name states.
  const appos = end !== undefined && tokens[end]?.text === "," ? tokens.findIndex((t, k) => k > end && t.deprel === "appos" && t.head !== undefined && t.head >= start && t.head < end) : -1;
  const det = appos >= 0 ? tokens[end! + 1] : undefined;
  const after = det && det.head === appos && det.deprel === "det" && /^(the|a|an)$/i.test(det.text) ? kind(appos) : undefined;
  if (after) return after;
  // The same when the parser hung that phrase elsewhere: ", a decentralized exchange." ends a phrase of its own.
  if (end !== undefined && tokens[end]?.text === "," && /^(the|a|an)$/i.test(tokens[end + 1]?.text ?? "")) {
    for (let k = end + 2; k < Math.min(tokens.length, end + 6); k++) {
      const closes = /^([,.;:]|that|which|based|of)$/.test(tokens[k + 1]?.text ?? ".");
      const found = closes ? kind(k) : undefined;
      if (found) return found;
      if (closes || !/^(ADJ|NOUN|VERB|ADV|PROPN)$/.test(tokens[k]!.upos ?? "")) break;
    }
  }
  if (tokens[start - 1]?.text === "of" && (kind(start - 2) === "Location" || PLACE_OF_NOUNS.has(tokens[start - 2]?.text ?? ""))) return "Location";
  // "in the Arequipa region", "the Kherson province": a place's kind after its name (when that noun ends the phrase).
  // (A proper noun's: "the Kurdish region", "the Arctic region" name no place "Kurdish".)
  const named = end !== undefined && tokens[end - 1]?.upos === "PROPN" && !DEMONYMS.has(tokens[end - 1]!.text);
  if (named && /^the$/i.test(tokens[start - 1]?.text ?? "") && kind(end!) === "Location" && !/^(NOUN|PROPN)$/.test(tokens[end! + 1]?.upos ?? "")) return "Location";
  // "Acme, based in Somerset, New Jersey": where something is based, located or born is a place.
  if (tokens[start - 1]?.text === "in" && /^(based|headquartered|located|born)$/i.test(tokens[start - 2]?.text ?? "")) return "Location";
  return undefined;
}

/**
 * The first token of the list of names that the name at `start` ends ("Meta, Apple and Google": the
 * "Meta" of "Google"), or `start` when no list of capitalized names joined by commas and "and"/"or"
 * runs into it.
 */
function listStart(tokens: readonly Token[], start: number): number {
  const name = (k: number) => /^\p{Lu}/u.test(tokens[k]?.text ?? "") && tokens[k]!.upos === "PROPN";
  const link = (k: number) => /^(,|and|or)$/.test(tokens[k]?.text ?? "");
  let first = start;
  let joined = false;
  for (let i = start - 1; link(i); ) {
    let j = i;
    for (; link(j); j--) if (tokens[j]!.text !== ",") joined = true;
    if (!name(j)) break;
    while (name(j - 1)) j--;
    first = j;
    i = j - 1;
  }
  // A list has its "and" or "or" ("Montpelier, Amtrak spokeswoman" is none): before the name or after it.
  for (let i = start; !joined && i < tokens.length; ) {
    while (name(i)) i++;
    if (!link(i)) break;
    for (; link(i); i++) if (tokens[i]!.text !== ",") joined = true;
    if (!name(i)) break;
  }
  return joined ? first : start;
}

/** Last words of names of things (instruments, vehicles, works, products), which no person's or organization's name ends with. */
const THING_HEADS = new Set(
  "telescope satellite spacecraft rocket missile vaccine film movie album novel aircraft tanker frigate submarine app chatbot smartphone programme".split(" "),
);

/** Last words of names of events: wars, tournaments, prizes, named fires (lowercased). */
const EVENT_HEADS = new Set("war wars cup olympics championship championships open revolution prize trophy series fire festival marathon".split(" "));

/** Last words of names of laws and treaties (as written: capitalized). */
const LAW_HEADS = new Set("Act Acts Treaty Accord Accords Agreement Protocol Convention Charter Amendment".split(" "));

/** Nouns whose "of" names a place ("the mayor of Paterson", "residents of Kherson", "the outskirts of Kyiv"). */
const PLACE_OF_NOUNS = new Set("mayor mayors residents inhabitants outskirts suburbs streets".split(" "));

/** Portfolios a country's ministry is named by ("the Russian defence ministry"). */
const PORTFOLIOS = new Set("foreign defence defense interior finance health justice economy economic trade commerce education energy agriculture industry environment labour labor transport culture".split(" "));

/**
 * After a demonym ending at token j: the end of "<institution>" or "<portfolio> ministry" ("army",
 * "foreign ministry"), or -1.
 */
function institutionEnd(tokens: readonly Token[], j: number): number {
  const word = (k: number) => tokens[k]?.text.toLowerCase() ?? "";
  if (INSTITUTION_NOUNS.has(word(j))) return j + 1;
  if (PORTFOLIOS.has(word(j)) && /^(ministry|ministries|department)$/.test(word(j + 1))) return j + 2;
  return -1;
}

/** The organization of demonym tokens [i, j) and institution words [j, end). */
function institution(sentence: Sentence, i: number, j: number, end: number): Mention {
  const tokens = sentence.tokens;
  const m = mention(sentence, tokens[i]!.start, tokens[end - 1]!.end, "Organization", i, end);
  const demonym = sentence.text.slice(tokens[i]!.start - sentence.start, tokens[j - 1]!.end - sentence.start);
  const words = tokens.slice(j, end).map((t) => t.text.toLowerCase());
  words[words.length - 1] = institutionCanon(words[words.length - 1]!);
  return { ...m, name: `${demonym} ${words.join(" ")}` };
}

function mention(sentence: Sentence, start: number, end: number, type: EntityType, tokenStart: number, tokenEnd: number): Mention {
  const text = sentence.text.slice(start - sentence.start, end - sentence.start);
  const name = text.replace(/^(the|The)\s+/, "").replace(/\s+/g, " ");
  return { start, end, sentence: sentence.index, text, name, type, tokenStart, tokenEnd };
}

function withTokens(sentence: Sentence, m: Mention): Mention {
  const ts = sentence.tokens.findIndex((t) => t.end > m.start);
  let te = ts;
  while (te < sentence.tokens.length && sentence.tokens[te]!.start < m.end) te++;
  return { ...m, tokenStart: ts, tokenEnd: te };
}

/** A line in title case ("Acme Corporation Names New Chief"): most words capitalized. */
export function isTitleCase(sentence: Sentence): boolean {
  const words = sentence.tokens.filter((t) => /^\p{L}/u.test(t.text));
  if (words.length < 3) return false;
  const small = /^(a|an|the|and|but|or|nor|yet|of|in|on|at|for|to|by|with|from|into|over|amid|via|per|than|as|is|vs)$/;
  // A name spelled with a small first letter is capitalized as it is ("iPhone", "eBay").
  const caps = words.filter((t) => /^\p{Ll}*\p{Lu}/u.test(t.text)).length;
  const content = words.filter((t) => !small.test(t.text)).length;
  return content > 0 && caps >= content && caps / words.length >= 0.6;
}

/**
 * Headlines: lines of their own (no sentence-final period) in mixed title case, shaped like a
 * headline (see headlineShaped). All-caps headlines are left alone: the recognizer learned those
 * from news wire.
 */
export function headlineSentences(sentences: readonly Sentence[], text: string): Set<number> {
  return new Set(
    sentences
      .filter((s) => isTitleCase(s) && !/[.!?]["\u201d']?$/u.test(s.text) && s.text !== s.text.toUpperCase() && isOwnLine(s, text) && headlineShaped(s, text))
      .map((s) => s.index),
  );
}

/**
 * A headline written as a sentence ("Strong earthquake shakes southern Peru, killing at least 12"):
 * the document's first line when it is not title case (headlineSentences takes those), has no final
 * period, is shaped as a headline and is set off from the body by a blank line. Its words keep their
 * case (they are spelled as in running text); only its verb is looked for as a headline's is.
 */
export function sentenceCaseHeadlines(sentences: readonly Sentence[], text: string): Set<number> {
  const s = sentences[0];
  if (!s || s.tokens.length < 3 || isTitleCase(s) || /[.!?:;]["\u201d']?$/u.test(s.text) || s.text === s.text.toUpperCase()) return new Set();
  if (!isOwnLine(s, text) || !/^[ \t]*\r?\n[ \t]*\r?\n/.test(text.slice(s.end)) || !headlineShaped(s, text)) return new Set();
  return new Set([s.index]);
}

/**
 * Whether a title-case line reads as a headline rather than a row of a table, a list of names, a
 * dateline or a sentence broken over lines, all of which are title case too ("Wigan 42 Bradford
 * Bulls 36", "Jane Roe ( Canada ) , John Doe , Max Mustermann", "LA CORUNA , Spain"): no two
 * numbers, no brackets, at most one comma (two with a lowercase word), no leading dash (a byline),
 * no trailing comma, no all-caps word before the first comma, and the next line does not go on in
 * lowercase.
 */
function headlineShaped(s: Sentence, text: string): boolean {
  const words = s.tokens.map((t) => t.text);
  if (words.filter((w) => /^[+-]?\p{N}/u.test(w) && !/^\d+(st|nd|rd|th)$/.test(w)).length >= 2) return false; // (an ordinal is no score)
  if (words.some((w) => /^[()[\]]$/.test(w))) return false;
  const commas = words.filter((w) => w === ",").length;
  // Two commas may enclose an apposition ("Jimmy Carter, 39th U.S. President, Dies at 100"), when the
  // line also has a lowercase word, as a headline has and a list of names does not.
  const apposition = commas === 2 && words.some((w) => /^\p{Ll}+$/u.test(w));
  if ((commas >= 2 && !apposition) || words[words.length - 1] === "," || /^([-\u2013\u2014]|--)$/u.test(words[0] ?? "")) return false;
  const comma = words.indexOf(",");
  if (comma > 0 && words.slice(0, comma).every((w) => /^\p{Lu}[\p{Lu}.'-]+$/u.test(w))) return false;
  return !/^[ \t]*\r?\n[ \t]*\p{Ll}/u.test(text.slice(s.end));
}

/**
 * Headlines in title case defeat case-based recognition, and rarely introduce a name the body does not repeat:
 * keep a headline mention only when the body mentions the same name (or it is a date, or a country's name).
 */
export function filterHeadlineMentions(mentions: readonly Mention[], headline: ReadonlySet<number>): Mention[] {
  if (headline.size === 0) return [...mentions];
  const norm = (n: string) => n.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  const body = new Set(mentions.filter((m) => !headline.has(m.sentence)).map((m) => norm(m.name)));
  return mentions.filter((m) => !headline.has(m.sentence) || m.type === "Date" || body.has(norm(m.name)) || COUNTRY_NAMES.has(m.name.toLowerCase()));
}

function isOwnLine(s: Sentence, text: string): boolean {
  return (s.start === 0 || text[s.start - 1] === "\n") && (s.end === text.length || text[s.end] === "\n" || text[s.end] === "\r");
}
