import { describe, expect, it } from "vitest";
import { findDates } from "../../src/pipeline/dates.js";
import { companiesByUse, coordinatedOrganizations, datelineTypes, documentAcronyms, filterHeadlineMentions, headedOrganizationNames, headlineNamesAtVerbs, organizationsOverCapitals, findMentions, headlineSentences, labelsToSpans, listedCompanies, purposeOrganizationNames, titlesBeforePersons, recurringNames, repeatedNames, sentenceCaseHeadlines } from "../../src/pipeline/mentions.js";
import { splitSentences } from "../../src/pipeline/tokenize.js";
import { named, tree } from "../helpers/trees.js";

/** Labels by word: "B-PER" etc. for the words given, O elsewhere. */
function label(text: string, spans: Record<string, string>) {
  const [s] = splitSentences(text);
  const labels = s!.tokens.map(() => "O");
  for (const [phrase, type] of Object.entries(spans)) {
    const words = phrase.split(" ");
    const i = s!.tokens.findIndex((_, k) => words.every((w, j) => s!.tokens[k + j]?.text === w));
    words.forEach((_, j) => (labels[i + j] = `${j ? "I" : "B"}-${type}`));
  }
  return { sentence: s!, labels };
}

const summary = (text: string, spans: Record<string, string>) => {
  const { sentence, labels } = label(text, spans);
  return findMentions(sentence, labels).map((m) => `${m.type}:${m.name}${m.value ? `=${m.value}` : ""}`);
};

describe("a plural common noun opening the sentence", () => {
  const common = (w: string) => ["Rivals", "rival", "Des"].includes(w);
  it.each([
    ["Rivals Jane Roe spoke.", { "Rivals Jane Roe": "PER" }, ["Person:Jane Roe"]],
    // a first name in -s whose singular is no common word; a name of one word
    ["Des Smyth spoke.", { "Des Smyth": "PER" }, ["Person:Des Smyth"]],
    ["Rivals spoke.", { Rivals: "PER" }, ["Person:Rivals"]],
  ])("is no first name: %s", (text, spans, expected) => {
    const { sentence, labels } = label(text, spans);
    expect(findMentions(sentence, labels, undefined, common).map((m) => `${m.type}:${m.name}`)).toEqual(expected);
  });
});

describe("labelsToSpans", () => {
  it.each([
    [["B-PER", "I-PER", "O", "B-LOC"], [{ start: 0, end: 2, type: "PER" }, { start: 3, end: 4, type: "LOC" }]],
    [["I-ORG", "I-ORG", "B-ORG"], [{ start: 0, end: 2, type: "ORG" }, { start: 2, end: 3, type: "ORG" }]],
    [["B-PER", "I-ORG"], [{ start: 0, end: 1, type: "PER" }, { start: 1, end: 2, type: "ORG" }]],
    [[], []],
  ])("%j", (labels, spans) => expect(labelsToSpans(labels)).toEqual(spans));
});

describe("findMentions", () => {
  it.each([
    ["General Dana Levin resigned.", { "General Dana Levin": "PER" }, ["Person:Dana Levin"]],
    ["The French army said so.", { French: "MISC" }, ["Organization:French military", "Misc:French"]],
    ["The German foreign ministry said so.", { German: "MISC" }, ["Organization:German foreign ministry", "Misc:German"]],
    ["The South Korean military said so.", { "South Korean": "MISC" }, ["Organization:South Korean military", "Misc:South Korean"]],
    ["The Russian defence ministry said so.", {}, ["Organization:Russian defence ministry"]],
    ["The Russian foreign policy changed.", {}, []],
    ["Officials in Chad spoke.", { Chad: "ORG" }, ["Location:Chad"]],
    ["She joined Northwind Traders last year.", { "Northwind Traders": "PER" }, ["Organization:Northwind Traders", "Date:last year"]],
    ["He joined Acme Federation.", { "Acme Federation": "MISC" }, ["Organization:Acme Federation"]],
    ["They used the James Webb Space Telescope.", { "James Webb Space Telescope": "PER" }, ["Misc:James Webb Space Telescope"]],
    ["They used the Hubble Space Telescope.", { "Hubble Space Telescope": "ORG" }, ["Misc:Hubble Space Telescope"]],
    ["It violated the Voting Rights Act.", { "Voting Rights Act": "ORG" }, ["Misc:Voting Rights Act"]],
    ["They signed the Kyoto Protocol.", { "Kyoto Protocol": "LOC" }, ["Misc:Kyoto Protocol"]],
    ["The former mayor of Paterson spoke.", { Paterson: "ORG" }, ["Location:Paterson"]],
    ["The U.S. Geological Survey said so.", { "U.S. Geological Survey": "MISC" }, ["Organization:U.S. Geological Survey"]],
    ["The Norland-based firm said so.", { "Norland-based": "LOC" }, ["Misc:Norland-based"]],
    ["The New Halden-based firm said so.", { "New Halden-based": "ORG" }, ["Misc:New Halden-based"]],
    ["The Halden Institute of Norland said so.", { "Halden Institute of Norland": "MISC" }, ["Organization:Halden Institute of Norland"]],
    ["Pope John Paul of Rome spoke.", { "John Paul of Rome": "PER" }, ["Person:John Paul of Rome"]],
    // a place the recognizer found keeps its type, whatever its last word
    ["Troops left the Left Bank.", { "Left Bank": "LOC" }, ["Location:Left Bank"]],
    ["Patients reached Mercy Hospital on Friday.", { "Mercy Hospital": "ORG" }, ["Facility:Mercy Hospital", "Date:Friday"]],
    ["Egypt's ministry spoke.", { Egypt: "LOC" }, ["Location:Egypt"]],
    ["Mladost ( L ) won.", { "Mladost ( L )": "ORG" }, ["Organization:Mladost ( L )"]],
    ["Acme ( the firm ) won.", { "Acme (": "ORG" }, ["Organization:Acme"]],
    ["Investment in AI rose.", { AI: "ORG" }, []],
    ["Sky TV said so.", { "Sky TV": "ORG" }, ["Organization:Sky TV"]],
    // a group noun alone is no name; inside one it stays
    ["Police charged a man.", { Police: "PER" }, []],
    ["Allen Police charged a man.", { "Allen Police": "ORG" }, ["Organization:Allen Police"]],
    // an institution's name broken at its preposition is made whole
    ["She works at the Halden Institute for Marine Studies.", { "Halden Institute": "MISC", "Marine Studies": "ORG" }, ["Organization:Halden Institute for Marine Studies"]],
    ["He spoke at the Central Bank of Norland.", { "Central Bank": "ORG", Norland: "LOC" }, ["Organization:Central Bank of Norland"]],
    ["He met the Acme Institute for Jane Roe.", { "Acme Institute": "ORG", "Jane Roe": "PER" }, ["Organization:Acme Institute", "Person:Jane Roe"]],
    // after "on" or "for", a name read as a place's, but not a country's
    ["She sits on the Halden Commission on Human Rights.", { "Halden Commission": "ORG", "Human Rights": "LOC" }, ["Organization:Halden Commission on Human Rights"]],
    ["She sits on the Halden Commission on Norway.", { "Halden Commission": "ORG", Norway: "LOC" }, ["Organization:Halden Commission", "Location:Norway"]],
    ["The Acme Institute in Norland met.", { "Acme Institute": "ORG", Norland: "LOC" }, ["Organization:Acme Institute", "Location:Norland"]],
    ["They crossed the Left Bank of Paris.", { "Left Bank": "LOC", Paris: "LOC" }, ["Location:Left Bank", "Location:Paris"]],
    // a natural feature's name is a place's, when the recognizer said organization
    ["The Taquari River burst its banks.", { "Taquari River": "ORG" }, ["Location:Taquari River"]],
    ["Rocks were found in Kalu Crater.", { "Kalu Crater": "PER" }, ["Location:Kalu Crater"]],
    ["The Atacama Desert is dry.", { "Atacama Desert": "ORG" }, ["Location:Atacama Desert"]],
    ["Gold Coast won.", { "Gold Coast": "ORG" }, ["Organization:Gold Coast"]],
    ["Mickey Rivers scored.", { "Mickey Rivers": "PER" }, ["Person:Mickey Rivers"]],
    // where something is based, located or born is a place
    ["Acme, based in Somerset, New Jersey, grew.", { Acme: "ORG", Somerset: "ORG", "New Jersey": "LOC" }, ["Organization:Acme", "Location:Somerset", "Location:New Jersey"]],
    ["She was born in Kessel.", { Kessel: "PER" }, ["Location:Kessel"]],
    ["She was born in 1950.", {}, ["Date:1950=1950"]],
  ])("%s", (text, spans, expected) => {
    expect(summary(text, spans)).toEqual(expected);
  });

  it.each([
    ["the drug Wegovy", "PER", "Misc:Wegovy"],
    ["broadcaster Kanal", "LOC", "Organization:Kanal"],
    ["the city of Arbil", "ORG", "Location:Arbil"],
    ["the capital Tripoli", "ORG", "Location:Tripoli"],
    ["the films Alpha and", "PER", "Misc:Alpha"],
    // A capitalized word or a name is no kind noun; "of" only follows places.
    ["the Company Kanal", "PER", "Person:Kanal"],
    ["the firm of Kanal", "PER", "Person:Kanal"],
  ])("types a name by the kind noun before it: %s (%s)", (phrase, label, expected) => {
    const words = phrase.split(" ");
    const upos = (w: string) => (/^(the|of|and)$/.test(w) ? "DET" : /^\p{Lu}/u.test(w) ? "PROPN" : "NOUN");
    const s = tree(words.map((w) => `${w} ${upos(w)} X 0 dep`).join("\n"));
    const name = words.findIndex((w, i) => i > 0 && /^\p{Lu}/u.test(w) && !/^Company$/.test(w));
    const labels = words.map((_, i) => (i === name ? `B-${label}` : "O"));
    expect(findMentions(s, labels).map((m) => `${m.type}:${m.name}`)).toEqual([expected]);
  });

  it.each([
    ["companies such as Meta and Kanal", "PER", "Organization:Kanal"],
    ["lenders including Alder , Birch and Kanal", "LOC", "Organization:Kanal"],
    ["firms , including Kanal", "PER", "Organization:Kanal"],
    ["cities like Arbil", "ORG", "Location:Arbil"],
    ["the drugmaker Alder and Kanal", "PER", "Organization:Kanal"],
    // products are no such kind after "like" ("blue chips like Acme" are companies); a singular noun states no list's kind
    ["chips like Kanal", "ORG", "Organization:Kanal"],
    ["a company such as Kanal", "PER", "Person:Kanal"],
    ["companies said Kanal", "PER", "Person:Kanal"],
  ])("types every name of a list by the plural kind noun before it: %s (%s)", (phrase, label, expected) => {
    const words = phrase.split(" ");
    const upos = (w: string) => (/^(the|a)$/.test(w) ? "DET" : /^(,|and)$/.test(w) ? "CCONJ" : /^\p{Lu}/u.test(w) ? "PROPN" : "NOUN");
    const s = tree(words.map((w) => `${w} ${upos(w)} X 0 dep`).join("\n"));
    const labels = words.map((w) => (w === "Kanal" || w === "Arbil" ? `B-${label}` : "O"));
    expect(findMentions(s, labels).map((m) => `${m.type}:${m.name}`)).toEqual([expected]);
  });

  it.each([
    // the kind an apposition after the name states, wherever the parser hung it
    ["appos", "Organization:Kanal"],
    ["obl", "Organization:Kanal"],
  ])("types a name by a kind noun phrase after its comma (%s)", (rel, expected) => {
    const s = tree(`
      on ADP IN 2 case
      Kanal PROPN NNP 0 root
      , PUNCT , 6 punct
      a DET DT 6 det
      decentralized VERB VBN 6 amod
      exchange NOUN NN 2 ${rel}
      . PUNCT . 2 punct`);
    expect(findMentions(s, ["O", "B-PER", "O", "O", "O", "O", "O"]).map((m) => `${m.type}:${m.name}`)).toEqual([expected]);
    // not a phrase that goes on
    const on = tree(`
      Kanal PROPN NNP 0 root
      , PUNCT , 4 punct
      a DET DT 4 det
      exchange NOUN NN 1 obl
      student NOUN NN 4 compound
      . PUNCT . 1 punct`);
    expect(findMentions(on, ["B-PER", "O", "O", "O", "O", "O"]).map((m) => `${m.type}:${m.name}`)).toEqual(["Person:Kanal"]);
  });

  it.each([
    ["hit by Hurricane Kalu", "PER", "Misc"],
    ["vote on Feb. 23", "ORG", "Date"],
    ["joined the Kalu party", "LOC", "Organization"],
    ["joined the Norway party", "LOC", "Location"],
    ["signed winger Kalu", "LOC", "Person"],
    ["beat champion Kalu", "ORG", "Organization"],
    ["signed winger Norway", "LOC", "Location"],
    ["ships its Kalu chips", "ORG", "Misc"],
    ["ships its Kalu shares", "ORG", "Organization"],
    ["ships the Kalu chips", "ORG", "Organization"],
    // after a product's noun and "called", a product's name; not after a company's
    ["model called Kalu", "ORG", "Misc"],
    ["company called Kalu", "ORG", "Organization"],
    ["hit the Kalu region", "ORG", "Location"],
    ["hit the Kalu regions", "ORG", "Organization"],
    ["lives near Kalu", "ORG", "Location"],
    ["lives near Kalu", "PER", "Location"],
    // not a possessor, an organization's head word, or after another word
    ["lives near Kalu 's", "ORG", "Organization"],
    ["lives near Kalu Bank", "ORG", "Organization"],
    ["lives with Kalu", "ORG", "Organization"],
    // before a natural feature's noun, a place's, but not a people's adjective
    ["on the Kalu peninsula", "MISC", "Location"],
    ["on the Kalu peninsula", "ORG", "Location"],
    ["on the Balkan peninsula", "MISC", "Misc"],
    ["on the Kalu-ruled island", "MISC", "Misc"],
    // in quotes of its own, a title; not a nickname inside a name
    ['watched " Kalu " again', "PER", "Misc"],
    ['Earvin " Kalu " Johnson', "PER", "Person"],
    ['watched " Kalu " again', "ORG", "Organization"],
    // an organization's head word decides over Person and Misc (CoNLL-2003 train: no person's name ends in one)
    ["joined the Kalu Alliance", "PER", "Organization"],
    ["joined the Kalu Coalition", "MISC", "Organization"],
    ["joined the Kalu Movement", "PER", "Organization"],
    ["joined the Kalu Motor", "PER", "Organization"],
    // and over Location, but for the few that end places' names too
    ["joined the Kalu Institution", "LOC", "Organization"],
    ["joined the Kalu University", "LOC", "Organization"],
    ["joined the Kalu Union", "LOC", "Location"],
    ["joined the Kalu Bank", "LOC", "Location"],
    // an event's name is Misc, whatever the recognizer said
    ["won the Kalu Cup", "ORG", "Misc"],
    ["fought the Kalu Fire", "PER", "Misc"],
    ["fought the Kalu War", "LOC", "Misc"],
    ["won the Kalu Trust", "ORG", "Organization"],
    // right after a capitalized office, its holder (not a country, not a verb in capitals)
    ["met President-elect Kalu", "ORG", "Person"],
    ["met Governor Kalu", "LOC", "Person"],
    ["met President Norway", "LOC", "Location"],
    ["to COACH Kalu", "ORG", "Organization"],
  ])("reads a name after \"near\" or before \"region\" as a place's, a storm's as no person's, a product's as no maker's, one after a person's noun as a person's, and one in quotes as a title: %s (%s)", (text, label, expected) => {
    const words = text.split(" ");
    const tag = (w: string) => (/^\p{Lu}/u.test(w) ? "PROPN" : w === "'s" ? "PART" : /^(chips|shares|winger|champion)$/.test(w) ? "NOUN" : "VERB");
    const s = tree(words.map((w, i) => `${w} ${tag(w)} X ${i === 2 && /^(chips|shares)$/.test(words[3] ?? "") ? 4 : 0} dep`).join("\n"));
    const labels = words.map((w, i) => (i === 2 ? `B-${label}` : i === 3 && /^\p{Lu}/u.test(w) ? `I-${label}` : "O"));
    expect(findMentions(s, labels).map((m) => m.type)).toEqual([expected]);
  });

  it.each([
    // an organization's name cut short inside its "of" phrase
    ["The Alder Department of Public Health spoke", { "Alder Department of Public": "ORG" }, ["Organization:Alder Department of Public Health"]],
    ["The University of Norland Medical Centre spoke", { "University of Norland": "ORG" }, ["Organization:University of Norland Medical Centre"]],
    // a natural feature's name over its "of", not a person's after it
    ["The Gulf of Norland spoke", { Gulf: "LOC", Norland: "LOC" }, ["Location:Gulf of Norland"]],
    ["The Gulf of Jane spoke", { Gulf: "LOC", Jane: "PER" }, ["Location:Gulf", "Person:Jane"]],
    // not before the "of", not a month, not a title before a person's name, not into another name
    ["The Alder Department Public Health spoke", { "Alder Department": "ORG" }, ["Organization:Alder Department"]],
    ["The Bank of Norland Monday spoke", { "Bank of Norland": "ORG" }, ["Organization:Bank of Norland", "Date:Monday"]],
    ["The Bank of Norland Director Jane Roe spoke", { "Bank of Norland": "ORG", "Jane Roe": "PER" }, ["Organization:Bank of Norland", "Person:Jane Roe"]],
    ["The Bank of Norland Jane Roe spoke", { "Bank of Norland": "ORG", "Jane Roe": "PER" }, ["Organization:Bank of Norland", "Person:Jane Roe"]],
    // the title words an organization's or a place's name ends with, before a person's
    ["Norland Attorney General Jane Roe spoke", { "Norland Attorney": "ORG", "Jane Roe": "PER" }, ["Organization:Norland", "Person:Jane Roe"]],
    ["Norland Attorney General Jane Roe spoke", { "Norland Attorney General": "LOC", "Jane Roe": "PER" }, ["Location:Norland", "Person:Jane Roe"]],
    // not an organization's head word, not a Misc name, not without a person after it
    ["Alder Party leader Jane Roe spoke", { "Alder Party": "ORG", "Jane Roe": "PER" }, ["Organization:Alder Party", "Person:Jane Roe"]],
    ["Holy Roman Emperor Jane Roe spoke", { "Holy Roman Emperor": "MISC", "Jane Roe": "PER" }, ["Misc:Holy Roman Emperor", "Person:Jane Roe"]],
    ["Norland Attorney General spoke", { "Norland Attorney": "ORG" }, ["Organization:Norland Attorney"]],
    // a person's name after a title inside an organization's or a place's
    ["Alder Reserve Chair Jane Roe spoke", { "Alder Reserve Chair Jane Roe": "ORG" }, ["Organization:Alder Reserve", "Person:Jane Roe"]],
    // the office's portfolio belongs to the title
    ["Norland Trade Representative Jane Roe spoke", { "Norland Trade Representative Jane Roe": "ORG" }, ["Organization:Norland", "Person:Jane Roe"]],
    ["Norland Chief Executive Kalu Roe spoke", { "Norland Chief Executive Kalu Roe": "LOC" }, ["Location:Norland", "Person:Kalu Roe"]],
    ["Alder Party Leader Jane Roe spoke", { "Alder Party Leader Jane Roe": "ORG" }, ["Organization:Alder Party", "Person:Jane Roe"]],
    // not a lowercase word or a common one, not a title first, not an organization's head after it
    ["Red Star Kalu spoke", { "Red Star Kalu": "ORG" }, ["Organization:Red Star Kalu"]],
    ["Alder National Kalu spoke", { "Alder National Kalu": "ORG" }, ["Organization:Alder National Kalu"]],
    ["Alder Chief Kalu Bank spoke", { "Alder Chief Kalu Bank": "ORG" }, ["Organization:Alder Chief Kalu Bank"]],
    ["High Commissioner for Refugees spoke", { "High Commissioner for Refugees": "ORG" }, ["Organization:High Commissioner for Refugees"]],
    ["Alder Reserve Chair Accountant spoke", { "Alder Reserve Chair Accountant": "ORG" }, ["Organization:Alder Reserve Chair Accountant"]],
    ["President Kalu Hospital spoke", { "President Kalu Hospital": "ORG" }, ["Facility:President Kalu Hospital"]],
    // a first name the recognizer missed between a title and the rest of the name
    ["Director-General Kalu Jane Roe spoke", { "Jane Roe": "PER" }, ["Person:Kalu Jane Roe"]],
    ["Chief Accountant Jane Roe spoke", { "Jane Roe": "PER" }, ["Person:Jane Roe"]],
    ["Minister Kenya Jane Roe spoke", { "Jane Roe": "PER" }, ["Person:Jane Roe"]],
    ["Acme Kalu Jane Roe spoke", { "Jane Roe": "PER" }, ["Person:Jane Roe"]],
  ])("keeps titles between names out of them: %s %j", (text, spans, expected) => {
    const words = text.split(" ");
    const s = tree(words.map((w) => `${w} ${/^\p{Lu}/u.test(w) ? "PROPN" : "VERB"} X 0 dep`).join("\n"));
    const labels = words.map(() => "O");
    for (const [phrase, type] of Object.entries(spans)) {
      const ws = phrase.split(" ");
      const i = words.findIndex((_, k) => ws.every((w, j) => words[k + j] === w));
      ws.forEach((_, j) => (labels[i + j] = `${j ? "I" : "B"}-${type}`));
    }
    const common = (w: string) => w === "Accountant";
    expect(findMentions(s, labels, undefined, common).map((m) => `${m.type}:${m.name}`)).toEqual(expected);
  });

  it.each([
    ["a headline", "Court Blocks Tariffs on Canadian Steel", true],
    ["a headline with a number and a colon", "Storm Hits Coast: 3 Dead in Floods", true],
    ["a headline with a name spelled in small letters first", "Acme Unveils Thinner iPhone", true],
    ["a headline with an apposition in commas and an ordinal", "Jane Roe, 39th Mayor of Norland, Dies at 100", true],
    ["a headline with a small \"but\" and \"into\"", "Norland's Greens Win Vote but Fall Short of Majority", true],
    ["a headline with \"over\" and \"amid\"", "Strikers Clash With Police over Pay amid Protests", true],
    ["a list of three names", "Jane Roe, John Doe, Max Mustermann", false],
    ["a sentence", "Acme unveils a thinner iPhone", false],
    ["a results row", "Wigan 42 Bradford Bulls 36", false],
    ["a list of names", "Jane Roe ( Canada ) , John Doe , Max Mustermann", false],
    ["a list going on", "Jane Roe , John Doe ,", false],
    ["a byline", "-- Jane Roe , London Newsroom", false],
    ["a dateline", "LA PAZ , Bolivia", false],
  ])("tells a title-case line that is %s", (_what, line, headline) => {
    const text = `${line}\nThe court ruled on Friday.\n`;
    expect(headlineSentences(splitSentences(text), text).has(0)).toBe(headline);
  });

  it("takes no title-case line for a headline when the next line goes on in lowercase", () => {
    const text = "Results of Major League\nbaseball games played on Friday.\n";
    expect(headlineSentences(splitSentences(text), text).size).toBe(0);
  });

  it("keeps a country's name in a headline the body does not repeat", () => {
    const text = "Spain Beats Belgium in Friendly\nThe match ended 2-1.";
    const sentences = splitSentences(text);
    const mentions = findMentions(sentences[0]!, ["B-LOC", "O", "B-LOC", "O", "O"]);
    expect(filterHeadlineMentions(mentions, headlineSentences(sentences, text)).map((m) => m.name)).toEqual(["Spain", "Belgium"]);
  });

  it("keeps headline mentions only when the body repeats them", () => {
    const text = "Acme Corporation Names New Chief\nAcme Corporation hired Jane Roe.";
    const sentences = splitSentences(text);
    const mentions = [
      ...findMentions(sentences[0]!, ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]),
      ...findMentions(sentences[1]!, ["B-ORG", "I-ORG", "O", "B-PER", "I-PER", "O"]),
    ];
    const kept = filterHeadlineMentions(mentions, headlineSentences(sentences, text)).map((m) => `${m.sentence}:${m.name}`);
    expect(kept).toEqual(["1:Acme Corporation", "1:Jane Roe"]);
  });
});

describe("listedCompanies", () => {
  const listed = new Set(["Walmart", "Meta Platforms", "Dell"]);
  const typed = (text: string, labels: string[][]) => {
    const sentences = splitSentences(text);
    const mentions = sentences.flatMap((s, i) => findMentions(s, labels[i]!));
    return listedCompanies(mentions, (n) => listed.has(n), sentences).map((m) => `${m.name}:${m.type}`);
  };
  it.each([
    ["a listed name read as a person's", "Walmart raised wages.", [["B-PER", "O", "O", "O"]], ["Walmart:Organization"]],
    ["a listed name read as a place", "Meta Platforms sued Ohio.", [["B-LOC", "I-LOC", "O", "B-LOC", "O"]], ["Meta Platforms:Organization", "Ohio:Location"]],
    ["an unlisted name stays", "Jane Roe spoke.", [["B-PER", "I-PER", "O", "O"]], ["Jane Roe:Person"]],
    ["a place after a lowercase \"the\" stays", "Rains fell on the Walmart.", [["O", "O", "O", "O", "B-LOC", "O"]], ["Walmart:Location"]],
    ["a person's after \"the\" does not", "He sued the Walmart.", [["O", "O", "O", "B-PER", "O"]], ["Walmart:Organization"]],
    ["a listed name that is a person's surname here stays", "Michael Dell spoke.\nDell smiled.", [["B-PER", "I-PER", "O", "O"], ["B-PER", "O", "O"]], ["Michael Dell:Person", "Dell:Person"]],
  ])("%s", (_what, text, labels, expected) => {
    expect(typed(text, labels)).toEqual(expected);
  });
});

describe("companiesByUse", () => {
  const said = tree(`
    Siemens NOUN NNS 2 nsubj
    said VERB VBD 0 root
    it PRON PRP 4 nsubj
    would AUX MD 5 aux
    cut VERB VB 2 ccomp
    jobs NOUN NNS 5 obj`, 0);
  const shares = tree(`
    Siemens NOUN NNS 2 compound
    shares NOUN NNS 3 nsubj
    fell VERB VBD 0 root`, 1, 100);
  const none = (s: typeof said) => s.tokens.map(() => "O");

  it("labels a name the document uses as a company's, wherever it occurs", () => {
    expect(companiesByUse([said, shares], [none(said), none(shares)])).toEqual([["B-ORG", "O", "O", "O", "O", "O"], ["B-ORG", "O", "O"]]);
  });

  it("leaves it when no sentence uses it so, or the use is in a headline, or the word is a common one", () => {
    expect(companiesByUse([said], [none(said)])).toEqual([none(said)]);
    expect(companiesByUse([said, shares], [none(said), none(shares)], new Set([1]))).toEqual([none(said), none(shares)]);
    expect(companiesByUse([said, shares], [none(said), none(shares)], new Set(), (w) => w === "Siemens")).toEqual([none(said), none(shares)]);
  });

  describe("with a list of companies", () => {
    const invest = (first: string, deprel: string, last = "Apple") =>
      tree(`
        ${first} PROPN NNP 2 ${deprel}
        said VERB VBD 0 root
        it PRON PRP 4 nsubj
        would AUX MD 5 aux
        invest VERB VB 2 ccomp
        in ADP IN 7 case
        ${last} PROPN NNP 5 obl`, 0);
    const listed = (name: string) => name === "Apple";
    const common = (word: string) => word === "Apple";

    it.each([
      // a listed name read as a proper noun, wherever it occurs
      ["Apple", "nsubj", () => false, ["B-ORG", "O", "O", "O", "O", "O", "B-ORG"]],
      // opening the sentence, a common word is a name only as the subject
      ["Apple", "nsubj", common, ["B-ORG", "O", "O", "O", "O", "O", "O"], "Texas"],
      ["Apple", "discourse", common, ["O", "O", "O", "O", "O", "O", "O"], "Texas"],
      // a longer run of proper nouns is another name
      ["Kestrel", "compound", () => false, ["O", "O", "O", "O", "O", "O", "B-ORG"]],
    ])("%s as %s", (first, deprel, isCommon, expected, last?: string) => {
      const s = invest(first, deprel, last);
      expect(companiesByUse([s], [none(s)], new Set(), isCommon, listed)).toEqual([expected]);
    });

    it("leaves names the recognizer found and proper nouns in headlines", () => {
      const s = invest("Apple", "nsubj");
      const found = ["B-ORG", "O", "O", "O", "O", "O", "B-ORG"];
      expect(companiesByUse([s], [found], new Set(), () => false, listed)).toEqual([found]);
      expect(companiesByUse([s], [none(s)], new Set([0]), () => false, listed)).toEqual([none(s)]);
    });
  });
});

describe("findDates", () => {
  const dates = (text: string, documentDate?: string) => findDates(splitSentences(text)[0]!, documentDate).map((m) => `${m.text}=${m.value ?? ""}`);
  it.each([
    ["It began on October 7, 2023, at dawn.", undefined, ["October 7, 2023=2023-10-07"]],
    ["The truce began on January 19.", undefined, ["January 19=--01-19"]],
    ["The truce began on January 19.", "2025-03-01", ["January 19=2025-01-19"]],
    ["He was arrested in 1978.", undefined, ["1978=1978"]],
    ["He resigned last month.", undefined, ["last month="]],
    ["He resigned last month.", "2025-03-01", ["last month=2025-02"]],
    ["Talks resume on Thursday.", undefined, ["Thursday="]],
    ["The cat sat on the mat.", undefined, []],
    ["They counted 1,218 people.", undefined, []],
    ["It helps those earning less than $125,000 a year.", undefined, []],
    ["It will shrink for a second consecutive year.", "2025-03-01", []],
    ["The vote came a day after the strike, and rain fell in eight hours.", "2025-03-01", []],
    ["He left two days ago.", "2025-03-01", ["two days ago=2025-02-27"]],
    ["He was convicted in December of bribery.", undefined, ["December="]],
    ["He was convicted in December of 2023.", undefined, ["December of 2023=2023-12"]],
  ])("%s (document date %s)", (text, documentDate, expected) => {
    expect(dates(text, documentDate)).toEqual(expected);
  });
});

describe("documentAcronyms", () => {
  const run = (lines: string[], labelled: Record<string, string>, headlines = new Set<number>()) => {
    const words = lines.map((l) => l.split(" "));
    const labels = words.map((ws) => ws.map(() => "O"));
    words.forEach((ws, k) => {
      for (const [phrase, type] of Object.entries(labelled)) {
        const p = phrase.split(" ");
        const i = ws.findIndex((_, j) => p.every((w, d) => ws[j + d] === w));
        if (i >= 0) p.forEach((_, d) => (labels[k]![i + d] = `${d ? "I" : "B"}-${type}`));
      }
    });
    return documentAcronyms(words, labels, headlines).map((l, k) => l.map((x, i) => (x === "O" ? "" : `${words[k]![i]}/${x}`)).filter(Boolean).join(" "));
  };
  it.each([
    // the acronym of an organization named in the document, anywhere
    [["The Norland Health Agency met", "NHA Director Jane Roe spoke"], { "Norland Health Agency": "ORG" }, ["Norland/B-ORG Health/I-ORG Agency/I-ORG", "NHA/B-ORG"]],
    // a Misc name with an organization's head word counts; one without does not
    [["The Norland Health Organization met", "NHO said"], { "Norland Health Organization": "MISC" }, ["Norland/B-MISC Health/I-MISC Organization/I-MISC", "NHO/B-ORG"]],
    [["The Norland Health Cup began", "NHC said"], { "Norland Health Cup": "MISC" }, ["Norland/B-MISC Health/I-MISC Cup/I-MISC", ""]],
    // not in brackets right after a name, where the recognizer saw it; not a label it gave otherwise; no acronym of a person's name
    [["Alder Network ( AN ) products"], { "Alder Network": "ORG" }, ["Alder/B-ORG Network/I-ORG"]],
    [["The Norland Health Agency met", "NHA said"], { "Norland Health Agency": "ORG", NHA: "MISC" }, ["Norland/B-ORG Health/I-ORG Agency/I-ORG", "NHA/B-MISC"]],
    [["Jane Roe spoke", "JR said"], { "Jane Roe": "PER" }, ["Jane/B-PER Roe/I-PER", ""]],
  ])("%j", (lines, labelled, expected) => expect(run(lines, labelled)).toEqual(expected));

  it("learns nothing from headlines", () => {
    expect(run(["Norland Health Agency Meets", "NHA said"], { "Norland Health Agency": "ORG" }, new Set([0]))).toEqual(["Norland/B-ORG Health/I-ORG Agency/I-ORG", ""]);
  });
});

/** A line's words and BIO labels from the phrases labelled ({"Jane Roe": "PER"}), each at its first occurrence. */
function labelledLine(line: string, labelled: Record<string, string>): { words: string[]; labels: string[] } {
  const words = line.split(" ");
  const labels = words.map(() => "O");
  for (const [phrase, type] of Object.entries(labelled)) {
    const p = phrase.split(" ");
    const i = words.findIndex((_, j) => p.every((w, d) => words[j + d] === w));
    p.forEach((_, d) => (labels[i + d] = `${d ? "I" : "B"}-${type}`));
  }
  return { words, labels };
}

/** The spans of BIO labels as "TYPE:words". */
const spanTexts = (words: readonly string[], labels: readonly string[]) => labelsToSpans(labels).map((s) => `${s.type}:${words.slice(s.start, s.end).join(" ")}`);

describe("headedOrganizationNames", () => {
  const run = (line: string, labelled: Record<string, string>, headline = false) => {
    const { words, labels } = labelledLine(line, labelled);
    const [out] = headedOrganizationNames([words], [labels], headline ? new Set([0]) : new Set());
    return spanTexts(words, out!);
  };
  it.each([
    // cut short before the head word that ends it
    ["Kalu Web Services runs it", { Kalu: "ORG" }, ["ORG:Kalu Web Services"]],
    ["Kalu Bank said", { Kalu: "ORG" }, ["ORG:Kalu Bank"]],
    // not without the head word, not over a title, a month or another name, not after a Misc name
    ["Kalu Web Platform runs it", { Kalu: "ORG" }, ["ORG:Kalu"]],
    ["Kalu President Bank said", { Kalu: "ORG" }, ["ORG:Kalu"]],
    ["Kalu May Bank said", { Kalu: "ORG" }, ["ORG:Kalu"]],
    ["Kalu Press Secretary Jane Roe said", { Kalu: "LOC", "Jane Roe": "PER" }, ["LOC:Kalu", "PER:Jane Roe"]],
    ["Kalu Norland Bank said", { Kalu: "ORG", "Norland Bank": "ORG" }, ["ORG:Kalu", "ORG:Norland Bank"]],
    ["Norland Monetary Authority said", { Norland: "LOC" }, ["ORG:Norland Monetary Authority"]],
    ["Norland Kalu said", { Norland: "LOC" }, ["LOC:Norland"]],
    ["Norland Kalu said", { Norland: "MISC" }, ["MISC:Norland"]],
  ])("%s %j", (line, labelled, expected) => expect(run(line, labelled)).toEqual(expected));

  it("starts from a one-word name the document labels elsewhere", () => {
    const words = ["Kalu said", "Kalu Web Services said", "Norland Web Services said"].map((l) => l.split(" "));
    const labels = [["B-LOC", "O"], ["O", "O", "O", "O"], ["O", "O", "O", "O"]];
    expect(headedOrganizationNames(words, labels).map((l) => l.join(" "))).toEqual(["B-LOC O", "B-ORG I-ORG I-ORG O", "O O O O"]);
  });

  it("leaves headlines alone", () => expect(run("Kalu Opens Bank", { Kalu: "ORG" }, true)).toEqual(["ORG:Kalu"]));
});

describe("purposeOrganizationNames", () => {
  const run = (line: string, labelled: Record<string, string>) => {
    const { words, labels } = labelledLine(line, labelled);
    return spanTexts(words, purposeOrganizationNames([words], [labels])[0]!);
  };
  it.each([
    // read in pieces, cut at "for", or not at all
    ["brought by the Alliance for Kalu Medicine , a group", { Alliance: "LOC", "Kalu Medicine": "PER" }, ["ORG:Alliance for Kalu Medicine"]],
    ["the Norland Institute for Fiscal Studies said", { "Norland Institute": "ORG" }, ["ORG:Norland Institute for Fiscal Studies"]],
    ["the Centers for Disease Control and Prevention said", {}, ["ORG:Centers for Disease Control and Prevention"]],
    ["the Union for the Mediterranean met", {}, ["ORG:Union for the Mediterranean"]],
    // no head word, nothing capitalized after "for", or a name running on past it
    ["the Plan for Kalu Medicine failed", {}, []],
    ["the Center for most people", {}, []],
    ["the Center for Kalu in May", {}, ["ORG:Center for Kalu"]],
  ])("%s %j", (line, labelled, expected) => expect(run(line, labelled)).toEqual(expected));
});

describe("repeatedNames", () => {
  const words = (text: string) => text.split(" ");
  const bio = (text: string, spans: Record<string, string>) => {
    const ws = words(text);
    const labels = ws.map(() => "O");
    for (const [phrase, type] of Object.entries(spans)) {
      const p = phrase.split(" ");
      const i = ws.findIndex((_, k) => p.every((w, j) => ws[k + j] === w));
      p.forEach((_, j) => (labels[i + j] = `${j ? "I" : "B"}-${type}`));
    }
    return labels;
  };

  it.each([
    // broken at its conjunction the second time: made whole, with the name's type
    ["the nationalist Law and Justice party won .", { "Law and Justice": "ORG" }, "Law and Justice remained the largest party .", { Law: "LOC", Justice: "ORG" }, "B-ORG I-ORG I-ORG O O O O O"],
    // read whole with another type: the name's type
    ["Suu Kyi spoke to Suu Kyi 's aides .", { "Suu Kyi": "PER", "Suu Kyi 's": "PER" }, "Suu Kyi left .", { "Suu Kyi": "LOC" }, "B-PER I-PER O O"],
    // inside a longer name it stays
    ["New York is big .", { "New York": "LOC" }, "New York Yankees won .", { "New York Yankees": "ORG" }, "B-ORG I-ORG I-ORG O O"],
    // words no label touches stay unlabelled
    ["Law and Justice won .", { "Law and Justice": "ORG" }, "law and justice matter .", {}, "O O O O O"],
    ["Acme Foods grew .", { "Acme Foods": "ORG" }, "Acme Foods fell .", {}, "O O O O"],
  ])("%s / %s", (first, firstSpans, second, secondSpans, expected) => {
    const out = repeatedNames([words(first), words(second)], [bio(first, firstSpans), bio(second, secondSpans)]);
    expect(out[1]!.join(" ")).toBe(expected);
  });

  it("learns nothing from a headline", () => {
    const out = repeatedNames([words("Rival Law Firms Merge"), words("Rival Law Firms fell")], [["B-ORG", "I-ORG", "I-ORG", "O"], ["O", "B-ORG", "O", "O"]], new Set([0]));
    expect(out[1]).toEqual(["O", "B-ORG", "O", "O"]);
  });
});

describe("datelineTypes", () => {
  it.each([
    ["MUNICH —", "Location"],
    ["MUNICH (AP) —", "Location"],
    ["RUGBY UNION -", "Organization"],
  ])("types the place of %s", (line, type) => {
    const [s] = splitSentences(`${line} The club won.`);
    expect(s!.dateline).toBe(true);
    const [m] = findMentions(s!, s!.tokens.map((_, i) => (i === 0 ? "B-ORG" : i === 1 && s!.tokens[1]!.text === "UNION" ? "I-ORG" : "O")));
    expect(datelineTypes([s!], [m!])[0]!.type).toBe(type);
  });

  it("types a dateline with a plain dash by the place the document names the same", () => {
    const [d, rest] = splitSentences("NORLAND - The Norland council met.");
    const [m] = findMentions(d!, d!.tokens.map((_, i) => (i === 0 ? "B-ORG" : "O")));
    const place = { ...findMentions(rest!, rest!.tokens.map((t) => (t.text === "Norland" ? "B-LOC" : "O")))[0]!, sentence: 1 };
    expect(datelineTypes([d!, { ...rest!, index: 1 }], [m!, place])[0]!.type).toBe("Location");
    expect(datelineTypes([d!, { ...rest!, index: 1 }], [m!, { ...place, type: "Organization" }])[0]!.type).toBe("Organization");
  });
});

describe("coordinatedOrganizations", () => {
  // "Globex , Kestrel and Initech said so ."
  const s = tree(`Globex PROPN NNP 6 nsubj
    , PUNCT , 3 punct
    Kestrel PROPN NNP 1 conj
    and CCONJ CC 5 cc
    Initech PROPN NNP 1 conj
    said VERB VBD 0 root
    so ADV RB 6 advmod
    . PUNCT . 6 punct`);
  const types = (third: "Organization" | "Person", more: ReturnType<typeof named>[] = []) =>
    coordinatedOrganizations([s], [named(s, 0, 1, "Organization"), named(s, 2, 3, "Person"), named(s, 4, 5, third), ...more]).map((m) => `${m.name}:${m.type}`);

  it("make a one-word person's name in a list of organizations an organization's", () => {
    expect(types("Organization")).toEqual(["Globex:Organization", "Kestrel:Organization", "Initech:Organization"]);
  });

  it("leave it in a list with a person, or when a person here carries it as a surname", () => {
    expect(types("Person")).toEqual(["Globex:Organization", "Kestrel:Person", "Initech:Person"]);
    const other = tree("Jane PROPN NNP 0 root\n Kestrel PROPN NNP 1 flat", 1, 100);
    expect(types("Organization", [named(other, 0, 2, "Person")])).toContain("Kestrel:Person");
  });
});

describe("headlineNamesAtVerbs", () => {
  // "Rubio Vows Tough Line", read as one organization: the headline's verb is no name's
  const s = tree(`
    Rubio PROPN NNP 2 nsubj
    Vows VERB VBZ 0 root
    Tough ADJ JJ 4 amod
    Line NOUN NN 2 obj`);
  const labels = ["B-ORG", "I-ORG", "I-ORG", "I-ORG"];
  it("cuts a headline's name at its verb", () => {
    expect(headlineNamesAtVerbs([s], [labels], new Set([0]))).toEqual([["B-ORG", "O", "B-ORG", "I-ORG"]]);
  });
  it("leaves running text alone", () => {
    expect(headlineNamesAtVerbs([s], [labels], new Set())).toEqual([labels]);
  });
  it("drops a verb that ends a headline's name", () => {
    expect(headlineNamesAtVerbs([s], [["B-ORG", "I-ORG", "O", "O"]], new Set([0]))).toEqual([["B-ORG", "O", "O", "O"]]);
  });
});

describe("organizationsOverCapitals", () => {
  const s = (between: string, last = "Committee") =>
    tree(`
    the DET DT 5 det
    Senate PROPN NNP 5 compound
    ${between}
    ${last} PROPN NNP 0 root`);
  const run = (sentence: ReturnType<typeof s>, labels: string[], headlines = new Set<number>()) => organizationsOverCapitals([sentence], [labels], headlines)[0];
  it.each([
    // "the Senate Foreign Relations Committee", read as the Senate and a Committee
    ["Foreign ADJ JJ 4 amod\n Relations NOUN NNS 5 compound", "Committee", ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG"]],
    // not over a lowercase word, not before a name with no organization's head word
    ["foreign ADJ JJ 4 amod\n relations NOUN NNS 5 compound", "Committee", ["O", "B-ORG", "O", "O", "B-ORG"]],
    ["Foreign ADJ JJ 4 amod\n Relations NOUN NNS 5 compound", "Smith", ["O", "B-ORG", "O", "O", "B-ORG"]],
  ])("%s %s", (between, last, expected) => {
    expect(run(s(between, last), ["O", "B-ORG", "O", "O", "B-ORG"])).toEqual(expected);
  });
  it("leaves a headline alone", () => {
    const labels = ["O", "B-ORG", "O", "O", "B-ORG"];
    expect(run(s("Foreign ADJ JJ 4 amod\n Relations NOUN NNS 5 compound"), labels, new Set([0]))).toEqual(labels);
  });
});

describe("recurringNames", () => {
  const run = (sentences: string[], found: Record<number, Record<string, string>>, common: string[] = []) => {
    const words = sentences.map((t) => t.split(" "));
    const labels = words.map((ws, k) => ws.map((w) => found[k]?.[w] ?? "O"));
    return recurringNames(words, labels, new Set(), (w) => common.includes(w.toLowerCase())).map((l) => l.join(" "));
  };
  it("labels a one-word name where it recurs unlabelled", () => {
    expect(run(["Acme bought Zentek , a maker of chips .", "Zentek was founded in 2016 ."], { 0: { Acme: "B-ORG", Zentek: "B-ORG" } })).toEqual(["B-ORG O B-ORG O O O O O O", "B-ORG O O O O O"]);
  });
  it("labels a common word only where its capital says nothing, opening a sentence", () => {
    const sentences = ["Acme bought Figment , a design firm .", "Figment was founded in 2016 .", "It was no Figment of anyone ."];
    expect(run(sentences, { 0: { Figment: "B-ORG" } }, ["figment"])).toEqual(["O O B-ORG O O O O O", "B-ORG O O O O O", "O O O O O O O"]);
    // (nor learns it from a sentence's first word)
    expect(run(["Figment was founded .", "Acme bought Figment ."], { 0: { Figment: "B-ORG" } }, ["figment"])).toEqual(["B-ORG O O O", "O O O O"]);
  });
  it("leaves a recurrence beside another name or a capitalized word alone", () => {
    expect(run(["Zentek grew .", "Zentek Labs grew .", "Jane Zentek spoke ."], { 0: { Zentek: "B-ORG" }, 2: { Jane: "B-PER" } })).toEqual(["B-ORG O O", "O O O O", "B-PER O O O"]);
  });
});

describe("sentenceCaseHeadlines", () => {
  it.each([
    ["Strong earthquake shakes southern Peru, killing at least 12\n\nA quake struck Peru.\n", [0]],
    // title case is headlineSentences' to find; a sentence ends in a period; a first line must be set off by a blank line
    ["Strong Earthquake Shakes Southern Peru\n\nA quake struck Peru.\n", []],
    ["A strong earthquake shook southern Peru.\n\nA quake struck Peru.\n", []],
    ["A strong earthquake shook southern Peru\nand killed at least 12.\n", []],
  ])("%j", (text, expected) => expect([...sentenceCaseHeadlines(splitSentences(text), text)]).toEqual(expected));
});

describe("a person's name with a generational suffix", () => {
  it("takes the suffix the recognizer left out", () => {
    const { sentence, labels } = label("President Ferdinand Marcos Jr. spoke, and John Doe III listened.", { "Ferdinand Marcos": "PER", "John Doe": "PER" });
    expect(findMentions(sentence, labels).map((m) => `${m.type}:${m.name}`)).toEqual(["Person:Ferdinand Marcos Jr.", "Person:John Doe III"]);
  });
});

describe("titlesBeforePersons", () => {
  it.each([
    ["Justice Jane Roe wrote", "B-ORG B-PER I-PER O", "O B-PER I-PER O"],
    ["Senator Jane Roe wrote", "B-MISC B-PER I-PER O", "O B-PER I-PER O"],
    // not a name that is no title, nor a title inside a longer name, nor before no person
    ["Kalu Jane Roe wrote", "B-ORG B-PER I-PER O", "B-ORG B-PER I-PER O"],
    ["Supreme Justice Jane Roe wrote", "B-ORG I-ORG B-PER I-PER O", "B-ORG I-ORG B-PER I-PER O"],
    ["Justice Department said", "B-ORG I-ORG O", "B-ORG I-ORG O"],
  ])("%s", (line, labels, expected) => expect(titlesBeforePersons([line.split(" ")], [labels.split(" ")])[0]!.join(" ")).toBe(expected));
});
