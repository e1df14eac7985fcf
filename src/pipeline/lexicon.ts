// General English word lists the rule stages use: titles, demonyms (from world-countries), states and provinces (from provinces),
// institution and event nouns. Nothing here comes from any particular article.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const countries = require("world-countries") as {
  name: { common: string; official: string };
  altSpellings: string[];
  cca2: string;
  demonyms?: { eng?: { m: string; f: string } };
  unMember?: boolean;
}[];

/**
 * Demonym -> country name ("Israeli" -> "Israel", "French" -> "France"). A demonym that several
 * territories share names the UN member state ("French": France, not French Southern Lands).
 */
export const DEMONYMS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const c of [...countries].sort((a, b) => Number(b.unMember ?? false) - Number(a.unMember ?? false))) {
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (d && !map.has(d)) map.set(d, c.name.common);
  }
  map.set("American", "United States");
  map.set("British", "United Kingdom");
  // Short or common forms the country data lacks ("Saudi officials", "an Emirati firm").
  const short: [string, string][] = [["Saudi", "Saudi Arabia"], ["Emirati", "United Arab Emirates"], ["Argentinian", "Argentina"], ["Bosnian", "Bosnia and Herzegovina"], ["Kazakh", "Kazakhstan"], ["Kyrgyz", "Kyrgyzstan"], ["Uzbek", "Uzbekistan"], ["Nepali", "Nepal"],
    // Adjectives that differ from the data's demonym ("Philippine", not "Filipino"; "Slovenian", not "Slovene").
    ["Philippine", "Philippines"], ["Icelandic", "Iceland"], ["Slovenian", "Slovenia"], ["Lao", "Laos"], ["Luxembourgish", "Luxembourg"]];
  for (const [d, country] of short) if (!map.has(d) && [...map.values()].includes(country)) map.set(d, country);
  return map;
})();

/**
 * Names of states and provinces (the provinces package: US states, Canadian provinces, Australian
 * states, and those of some 30 other countries), as written: "North Carolina", "British Columbia".
 */
export const PROVINCE_NAMES: ReadonlySet<string> = new Set(
  (require("provinces") as { name: string; alt?: string[] }[]).flatMap((p) => [p.name, ...(p.alt ?? [])]).filter((n) => /^\p{Lu}/u.test(n)),
);

/** Country names and common alternative names (lowercased). */
export const COUNTRY_NAMES: ReadonlySet<string> = new Set(
  countries
    .flatMap((c) => [c.name.common, c.name.official, ...c.altSpellings.filter((a) => a.length > 3 && !DEMONYMS.has(a))])
    .map((n) => n.toLowerCase()),
);

const NAME_PREPOSITIONS = new Set(["of", "for", "on", "in", "at", "to", "against", "without"]);

/**
 * The head noun of a multi-word organization name, lowercased: "European Commission" -> commission,
 * "Ministry of Health" -> ministry, "Institute for Fiscal Studies" -> institute. None for one word or
 * for a coordination ("Braves and Cubs").
 */
export function nameHead(name: string): string | undefined {
  const words = name.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.includes("and")) return undefined;
  // The noun before the first preposition: "Centers for Disease Control" -> centers.
  const of = words.findIndex((w) => NAME_PREPOSITIONS.has(w));
  return of > 0 ? words[of - 1] : words[words.length - 1];
}

/** Words of titles and roles that precede a person's name. */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  (
    "mr mrs ms miss dr prof professor sir dame lord lady general gen lieutenant lt colonel col major maj captain capt sergeant sgt admiral adm commander " +
    "president vice prime minister premier chancellor secretary senator sen representative rep governor gov mayor king queen prince princess " +
    "emperor pope cardinal bishop archbishop rabbi imam sheikh reverend rev father brother sister judge justice ambassador envoy spokesman spokeswoman " +
    "spokesperson chief executive head leader chairman chairwoman chair director ceo cfo coo founder co-founder cofounder chief-executive minister-president deputy acting former late " +
    "foreign defence defense interior finance health justice military army police intelligence security state national opposition party coach striker " +
    "manager officer official commissioner inspector detective agent analyst correspondent editor reporter author actor actress singer player star " +
    "attorney solicitor prosecutor alderman alderwoman councilman councilwoman councillor councilor congressman congresswoman assemblyman assemblywoman"
  ).split(" "),
);

/**
 * Whether a word is a title's ("President", "gen.", "Director-General", "vice-chairman"): one of
 * TITLE_WORDS, whatever its case and a closing period, or words of them joined by hyphens.
 */
export function isTitleWord(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, "");
  return TITLE_WORDS.has(w) || (w.includes("-") && w.split("-").every((part) => TITLE_WORDS.has(part)));
}

/**
 * Nouns for what a person does that news uses to refer back to the person just named ("Norris won.
 * The British driver started from pole"). Offices ("the president", "the minister") are not here:
 * they often name another holder.
 */
export const PERSON_NOUNS: ReadonlySet<string> = new Set(
  ("driver rider player midfielder striker defender goalkeeper forward winger playmaker captain batsman bowler pitcher quarterback " +
    "athlete runner sprinter swimmer cyclist boxer fighter golfer skier gymnast champion titleholder " +
    "actor actress singer rapper musician songwriter artist filmmaker novelist writer author poet comedian presenter " +
    "billionaire businessman businesswoman entrepreneur tycoon investor financier economist scientist researcher " +
    "lawmaker politician veteran activist campaigner").split(" "),
);

/** Nouns that name a person by office or trade ("the first Japanese leader to do so", "a former senator"). */
const ROLE_NOUNS: ReadonlySet<string> = new Set(
  ("leader president minister premier chancellor secretary senator governor mayor king queen prince princess emperor pope cardinal bishop " +
    "archbishop rabbi imam sheikh judge ambassador envoy spokesman spokeswoman spokesperson chairman chairwoman founder co-founder cofounder " +
    "commander officer official commissioner inspector detective correspondent editor reporter attorney prosecutor lawyer councillor councilor " +
    "congressman congresswoman man woman").split(" "),
);

/** Whether a common noun (lowercase, singular) names a person: an office, a trade, a sport's position. */
export function isPersonRoleNoun(noun: string): boolean {
  return ROLE_NOUNS.has(noun) || PERSON_NOUNS.has(noun);
}

/** Nouns for a person of a nation that are not its adjective ("a Spaniard", not "a Spanish"). */
const NATIONAL_PERSON_NOUNS = new Set(
  "Spaniard Briton Brit Frenchman Frenchwoman Englishman Englishwoman Dutchman Dutchwoman Swede Dane Finn Pole Turk Scot Scotsman Scotswoman Welshman Welshwoman Irishman Irishwoman Icelander Kiwi".split(" "),
);

/**
 * Whether a word names one person by nationality ("the Italian", "the Spaniard"): a demonym that is
 * also a noun for a person ("Italian", "Israeli"; not "Spanish", "Chinese" or "Swiss", which as nouns
 * name a people or a language), or one of the nouns that differ from the adjective.
 */
export function isNationalPersonNoun(word: string): boolean {
  if (NATIONAL_PERSON_NOUNS.has(word)) return true;
  return DEMONYMS.has(word) && !/(ish|ch|sh|ese|ss)$/.test(word);
}

/** Nouns naming a country's institutions: "Israeli military", "French government". */
export const INSTITUTION_NOUNS: ReadonlySet<string> = new Set(
  "army military government police navy air force forces cabinet parliament ministry authorities authority embassy military's army's government's court prosecutors intelligence".split(" "),
);

/** Nouns for groups of people, plural forms. */
export const GROUP_NOUNS: ReadonlySet<string> = new Set(
  (
    "people civilians hostages prisoners soldiers troops militants fighters rebels refugees residents citizens workers voters protesters " +
    "students children women men officials leaders negotiators mediators journalists reporters victims families doctors patients " +
    "members supporters police officers forces settlers migrants detainees captives demonstrators politicians lawmakers ministers investors"
  ).split(" "),
);


/** Synonymous institution nouns share one name: "army", "armed forces" and "military" are one institution. */
const INSTITUTION_CANON: Record<string, string> = { army: "military", forces: "military", "military's": "military", "army's": "military", "government's": "government", authority: "authorities" };

export function institutionCanon(noun: string): string {
  return INSTITUTION_CANON[noun] ?? noun;
}

/** Last words that make a name an organization ("Acme Corporation", "Northwind Traders", "Lakeview Capital"). */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set(
  (
    "corporation corp corp. inc inc. incorporated ltd ltd. limited llc plc co co. company companies group holdings partners capital bank bancorp " +
    "airlines airways motor motors industries enterprises traders trading associates systems technologies foundation institute university college " +
    "council committee commission agency ministry department party union league association federation forum organization organisation " +
    "network services securities investments fund trust insurance energy petroleum pharmaceuticals labs laboratories media press times post " +
    "news broadcasting army navy police court parliament congress senate assembly service survey authority administration bureau board " +
    "institution society academy corps alliance coalition movement"
  ).split(" "),
);

/** Kinds of company and other organization, by their common nouns. */
const ORGANIZATION_KINDS = "company firm corporation group retailer bank lender insurer airline automaker manufacturer chipmaker startup conglomerate agency charity".split(" ");

/** Nouns a definite description uses for an organization named before ("the company said"). */
export const ORGANIZATION_NOUNS: ReadonlySet<string> = new Set([...ORGANIZATION_KINDS, "organization", "organisation"]);

/**
 * Common nouns that say what kind of thing the name right after them is ("the weight-loss drug
 * Wegovy", "broadcaster DR", "the port city Odesa"): the kind decides the name's type over the
 * recognizer's guess. Singular forms; a plural ("the drugs X and Y") counts too.
 */
export const KIND_NOUNS: ReadonlyMap<string, "Organization" | "Location" | "Misc"> = new Map([
  ...[
    ...ORGANIZATION_KINDS,
    ..."maker provider carmaker drugmaker broadcaster newspaper daily tabloid magazine network brokerage studio label club party militia outlet watchdog regulator supplier exporter importer utility telecom exchange marketplace consultancy nonprofit".split(" "),
  ].map((w) => [w, "Organization"] as const),
  ...("city town village province region district county island port capital suburb neighbourhood neighborhood township municipality".split(" ").map((w) => [w, "Location"] as const)),
  ...(
    "drug vaccine medicine treatment pill film movie documentary book novel memoir album song single series show programme program app " +
    "game video aircraft jet plane helicopter ship vessel tanker frigate submarine car vehicle truck phone smartphone device chip " +
    "software platform chatbot brand missile rocket satellite spacecraft telescope"
  ).split(" ").map((w) => [w, "Misc"] as const),
]);

/**
 * Verbs whose object is who does what their "to" clause says ("asked her to stay", "forced them to
 * leave"): object control, from English grammar. After other verbs a "to" clause says what the subject
 * meant ("beat Roe to win the title", "used the money to buy land"). Base forms and irregular past forms.
 */
const OBJECT_CONTROL: ReadonlySet<string> = new Set(
  ("ask tell urge allow permit persuade convince force compel oblige obligate require order direct instruct " +
    "advise remind warn encourage enable help invite want need expect get cause lead prompt push pressure " +
    "press inspire teach train authorize authorise empower forbid beg beseech challenge call appoint elect " +
    "hire recruit commission nominate select choose prefer like love hate leave mandate entitle " +
    "told led got taught forbade chose").split(" "),
);

/** Verbs whose "of" gerund says what their object did ("accused Acme of hiding losses"). Base forms. */
const ACCUSING = new Set("accuse convict suspect acquit clear absolve charge".split(" "));

/** Verbs whose "from" gerund says what their object may not do ("barred the firm from selling shares"). Base forms. */
const PREVENTING = new Set("prevent stop ban bar block keep prohibit restrict deter discourage dissuade exclude exempt forbid save protect spare suspend disqualify kept".split(" "));

/** Which of the verb lists a word form belongs to (bits), by word: the rules ask about the same words often. */
const verbClasses = new Map<string, number>();
const ACCUSING_BIT = 1;
const PREVENTING_BIT = 2;
const OBJECT_CONTROL_BIT = 4;

function verbClass(word: string): number {
  let bits = verbClasses.get(word);
  if (bits === undefined) {
    bits = 0;
    for (const b of baseForms(word)) bits |= (ACCUSING.has(b) ? ACCUSING_BIT : 0) | (PREVENTING.has(b) ? PREVENTING_BIT : 0) | (OBJECT_CONTROL.has(b) ? OBJECT_CONTROL_BIT : 0);
    if (verbClasses.size >= 50_000) verbClasses.clear();
    verbClasses.set(word, bits);
  }
  return bits;
}

function baseForms(word: string): string[] {
  const w = word.toLowerCase();
  return [w, w.replace(/s$/, ""), w.replace(/es$/, ""), w.replace(/ed$/, ""), w.replace(/d$/, ""), w.replace(/ied$/, "y"), w.replace(/ies$/, "y"),
    w.replace(/ing$/, ""), w.replace(/ing$/, "e"), w.replace(/(.)\1(ed|ing)$/, "$1")];
}

/** Whether a verb form ("accused", "convicts") says in an "of" gerund what its object did. */
export function isAccusingVerb(word: string): boolean {
  return (verbClass(word) & ACCUSING_BIT) !== 0;
}

/** Whether a verb form ("barred", "prevents") says in a "from" gerund what its object may not do. */
export function isPreventingVerb(word: string): boolean {
  return (verbClass(word) & PREVENTING_BIT) !== 0;
}

/** Names of months and weekdays, as written ("October", "Friday"). */
export const CALENDAR_NAMES = /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Forms of "become" and "remain", whose noun after them is a complement ("became the first woman"). */
export const BECOME_VERBS = /^(become|becomes|became|becoming|remain|remains|remained|remaining)$/i;

/** Whether a verb form ("urged", "asks", "forcing", "told") is one of object control. */
export function isObjectControlVerb(word: string): boolean {
  return (verbClass(word) & OBJECT_CONTROL_BIT) !== 0;
}
