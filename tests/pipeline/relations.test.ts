import { describe, expect, it } from "vitest";
import { extractRelations } from "../../src/pipeline/relations.js";
import { named, tree } from "../helpers/trees.js";

const triples = (out: ReturnType<typeof extractRelations>) => out.triples.map((t) => `${t.subject.name} | ${t.predicate} | ${t.object.name}`).sort();

describe("OpenIE over dependency trees", () => {
  it("subject-verb-object with a named subject", () => {
    const s = tree(`
      Acme PROPN NNP 2 nsubj
      hired VERB VBD 0 root
      Jane PROPN NNP 2 obj
      Roe PROPN NNP 3 flat
      . PUNCT . 2 punct`);
    const out = extractRelations(s, [named(s, 0, 1, "Organization"), named(s, 2, 4, "Person")]);
    expect(triples(out)).toEqual(["Acme | hired | Jane Roe"]);
    expect(out.propositions.map((p) => [p.relation, ...p.args])).toEqual([["hired", "Acme", "Jane Roe"]]);
    expect(out.triples[0]!.confidence).toBeGreaterThan(0.8);
  });

  it("leaves a comma-led relative clause out of an argument's phrase, and keeps a restrictive one", () => {
    const s = tree(`
      Acme PROPN NNP 2 nsubj
      fined VERB VBD 0 root
      the DET DT 4 det
      banks NOUN NNS 2 obj
      , PUNCT , 7 punct
      which PRON WDT 7 nsubj
      own VERB VBP 4 acl:relcl
      a DET DT 9 det
      stake NOUN NN 7 obj
      . PUNCT . 2 punct`);
    const out = extractRelations(s, [named(s, 0, 1, "Organization")]);
    expect(out.propositions.map((p) => [p.relation, ...p.args])).toContainEqual(["fined", "Acme", "the banks"]);
    const restrictive = tree(`
      Acme PROPN NNP 2 nsubj
      fined VERB VBD 0 root
      the DET DT 4 det
      banks NOUN NNS 2 obj
      that PRON WDT 6 nsubj
      own VERB VBP 4 acl:relcl
      a DET DT 8 det
      stake NOUN NN 6 obj
      . PUNCT . 2 punct`);
    const kept = extractRelations(restrictive, [named(restrictive, 0, 1, "Organization")]);
    expect(kept.propositions.map((p) => [p.relation, ...p.args])).toContainEqual(["fined", "Acme", "the banks that own a stake"]);
  });

  it("leaves a relative adverb the parser hung inside a phrase out of it", () => {
    // "…in Sudan, where a war has displaced millions", with "where" inside the subject's phrase
    const s = tree(`
      where ADV WRB 3 advmod
      a DET DT 3 det
      war NOUN NN 5 nsubj
      has AUX VBZ 5 aux
      displaced VERB VBN 0 root
      millions NOUN NNS 5 obj`);
    expect(extractRelations(s, []).propositions.map((p) => [p.relation, ...p.args])).toEqual([["has displaced", "a war", "millions"]]);
  });

  it("keeps a coordination inside a modifier in the argument's phrase, but not a clause hung on its noun", () => {
    // "Acme blocked the merger of Kroger and …", the conjunct hung on "Kroger"
    const merger = (conjunct: string) => tree(`
      Acme PROPN NNP 2 nsubj
      blocked VERB VBD 0 root
      the DET DT 4 det
      merger NOUN NN 2 obj
      of ADP IN 6 case
      Kroger PROPN NNP 4 nmod
      and CCONJ CC 8 cc
      ${conjunct}
      . PUNCT . 2 punct`);
    const s = merger("Albertsons PROPN NNPS 6 conj");
    const out = extractRelations(s, [named(s, 0, 1, "Organization"), named(s, 5, 6, "Organization"), named(s, 7, 8, "Organization")]);
    expect(out.propositions.map((p) => [p.relation, ...p.args])).toEqual([["blocked", "Acme", "the merger of Kroger and Albertsons"]]);
    // "…the merger of Kroger and said so", with "said" misattached to the name: cut.
    const clause = merger("said VERB VBD 6 conj\n      so ADV RB 8 advmod");
    const cut = extractRelations(clause, [named(clause, 0, 1, "Organization"), named(clause, 5, 6, "Organization")]);
    expect(cut.propositions.map((p) => [p.relation, ...p.args])).toContainEqual(["blocked", "Acme", "the merger of Kroger"]);
  });

  it("turns a passive with an agent active and keeps prepositional objects", () => {
    const s = tree(`
      The DET DT 2 det
      talks NOUN NNS 4 nsubj:pass
      were AUX VBD 4 aux:pass
      led VERB VBN 0 root
      by ADP IN 6 case
      Egypt PROPN NNP 4 obl:agent
      in ADP IN 8 case
      Cairo PROPN NNP 4 obl
      . PUNCT . 4 punct`);
    const out = extractRelations(s, [named(s, 5, 6, "Location"), named(s, 7, 8, "Location")]);
    expect(triples(out)).toContain("Egypt | led | talks");
    expect(triples(out)).toContain("talks | led in | Cairo");
    // OpenIE keeps the passive as written, the agent first: "were led by | The talks | Egypt | in Cairo".
    expect(out.propositions[0]).toMatchObject({ relation: "were led by", args: ["The talks", "Egypt", "in Cairo"] });
  });

  it("turns a passive with coordinated agents active for each", () => {
    const s = tree(`
      talks NOUN NNS 3 nsubj:pass
      were AUX VBD 3 aux:pass
      led VERB VBN 0 root
      by ADP IN 5 case
      Egypt PROPN NNP 3 obl:agent
      and CCONJ CC 7 cc
      Qatar PROPN NNP 5 conj`);
    expect(triples(extractRelations(s, [named(s, 4, 5, "Location"), named(s, 6, 7, "Location")]))).toEqual(["Egypt | led | talks", "Qatar | led | talks"]);
  });

  it("gives a passive's subject the role its nominal complement names, not an adjective or a clause", () => {
    const s = (complement: string) =>
      tree(`
      Jane PROPN NNP 3 nsubj:pass
      was AUX VBD 3 aux:pass
      named VERB VBN 0 root
      ${complement} 3 xcomp
      of ADP IN 7 case
      the DET DT 7 det
      tournament NOUN NN 4 nmod`);
    const player = s("player NOUN NN");
    expect(triples(extractRelations(player, [named(player, 0, 1, "Person")]))).toEqual(["Jane | named | player of the tournament"]);
    const fit = s("fit ADJ JJ");
    expect(triples(extractRelations(fit, [named(fit, 0, 1, "Person")]))).toEqual([]);
  });

  it("negates what an excess rules out (\"too hot to support water\")", () => {
    const rows = (adverb: string) => tree(`
      Mars PROPN NNP 4 nsubj
      is AUX VBZ 4 cop
      ${adverb} ADV RB 4 advmod
      hot ADJ JJ 0 root
      to PART TO 6 mark
      support VERB VB 4 advcl
      water NOUN NN 6 obj`);
    const too = rows("too");
    expect(extractRelations(too, [named(too, 0, 1, "Location")]).triples.map((t) => [t.predicate, t.negated])).toContainEqual(["not support", true]);
    const hot = rows("very");
    expect(extractRelations(hot, [named(hot, 0, 1, "Location")]).triples.map((t) => [t.predicate, t.negated])).toContainEqual(["support", undefined]);
  });

  it("gives a controlled verb the negation and modality of the verb that controls it", () => {
    const s = tree(`
      Acme PROPN NNP 4 nsubj
      did AUX VBD 4 aux
      not PART RB 4 advmod
      agree VERB VB 0 root
      to PART TO 6 mark
      sell VERB VB 4 xcomp
      the DET DT 8 det
      unit NOUN NN 6 obj
      . PUNCT . 4 punct`);
    const [triple] = extractRelations(s, [named(s, 0, 1, "Organization")]).triples;
    expect(triple).toMatchObject({ predicate: "not agree to sell", negated: true });
    const would = tree(`
      Acme PROPN NNP 3 nsubj
      would AUX MD 3 aux
      agree VERB VB 0 root
      to PART TO 5 mark
      sell VERB VB 3 xcomp
      shares NOUN NNS 5 obj`);
    expect(extractRelations(would, [named(would, 0, 1, "Organization")]).triples[0]).toMatchObject({ predicate: "agree to sell", modality: "would" });
  });

  it("reads \"whose X\" as X", () => {
    const s = tree(`
      Acme PROPN NNP 0 root
      , PUNCT , 5 punct
      whose PRON WP$ 4 nmod:poss
      shares NOUN NNS 5 nsubj
      fell VERB VBD 1 acl:relcl
      5 NUM CD 7 nummod
      percent NOUN NN 5 obl:unmarked`);
    expect(triples(extractRelations(s, [named(s, 0, 1, "Organization")]))).toEqual(["shares | fell | 5 percent"]);
  });

  it("gives a \"for\" gerund the person or organization in the object as its subject", () => {
    const s = tree(`
      Regulators NOUN NNS 2 nsubj
      fined VERB VBD 0 root
      Acme PROPN NNP 2 obj
      for SCONJ IN 5 mark
      breaching VERB VBG 2 advcl
      the DET DT 7 det
      rules NOUN NNS 5 obj`);
    expect(triples(extractRelations(s, [named(s, 2, 3, "Organization")]))).toEqual(["Acme | breaching | rules", "Regulators | fined | Acme"]);
    const award = tree(`
      Roe PROPN NNP 2 nsubj
      won VERB VBD 0 root
      the DET DT 4 det
      award NOUN NN 2 obj
      for SCONJ IN 6 mark
      writing VERB VBG 2 advcl
      the DET DT 8 det
      book NOUN NN 6 obj`);
    expect(triples(extractRelations(award, [named(award, 0, 1, "Person")]))).toEqual(["Roe | won | award", "Roe | writing | book"]);
    // a named indirect object before an amount: the one fined
    const fine = tree(`
      Regulators NOUN NNS 2 nsubj
      fined VERB VBD 0 root
      Acme PROPN NNP 2 iobj
      $ SYM $ 2 obj
      5 NUM CD 4 nummod
      for SCONJ IN 7 mark
      breaching VERB VBG 2 advcl
      rules NOUN NNS 7 obj`);
    expect(triples(extractRelations(fine, [named(fine, 2, 3, "Organization")]))).toContain("Acme | breaching | rules");
  });

  it.each([
    // object control: the object sells
    ["urged", "obj", ["Roe | urged | Acme", "Acme | sell | unit"]],
    ["told", "obj", ["Acme | sell | unit"]],
    // UD's label for the one urged ("urged him to stay"): the object all the same
    ["urged", "iobj", ["Roe | urged | Acme", "Acme | sell | unit"]],
    // any other verb: the "to" clause is the subject's purpose
    ["beat", "obj", ["Roe | beat | Acme", "Roe | sell | unit"]],
  ])("reads \"Roe %s Acme to sell the unit\" (Acme: %s) by the verb's kind of control", (verb, rel, expected) => {
    const s = tree(`
      Roe PROPN NNP 2 nsubj
      ${verb} VERB VBD 0 root
      Acme PROPN NNP 2 ${rel}
      to PART TO 5 mark
      sell VERB VB 2 xcomp
      the DET DT 7 det
      unit NOUN NN 5 obj`);
    const found = triples(extractRelations(s, [named(s, 0, 1, "Person"), named(s, 2, 3, "Organization")]));
    for (const t of expected) expect(found).toContain(t);
    if (verb !== "beat") expect(found).not.toContain("Roe | sell | unit");
    expect(found.filter((t) => t.includes("urged to"))).toEqual([]);
  });

  it("relates a named indirect object beside the object", () => {
    const s = tree(`
      Kendall PROPN NNP 2 nsubj
      fined VERB VBD 0 root
      Burke PROPN NNP 2 iobj
      2 NUM CD 5 nummod
      dollars NOUN NNS 2 obj`);
    expect(triples(extractRelations(s, [named(s, 0, 1, "Person"), named(s, 2, 3, "Person")]))).toEqual(["Kendall | fined | 2 dollars", "Kendall | fined | Burke"]);
    // After a verb of giving, the indirect object receives.
    const gave = tree(`
      Kendall PROPN NNP 2 nsubj
      gave VERB VBD 0 root
      Acme PROPN NNP 2 iobj
      the DET DT 5 det
      lead NOUN NN 2 obj`);
    expect(triples(extractRelations(gave, [named(gave, 0, 1, "Person"), named(gave, 2, 3, "Organization")]))).toEqual(["Kendall | gave to | Acme", "Kendall | gave | lead"]);
  });

  it("reads \"the Labour party\" as the party, and a title noun's phrase as the person it ends with", () => {
    const party = tree(`
      The DET DT 3 det
      Labour PROPN NNP 3 compound
      party NOUN NN 4 nsubj
      won VERB VBD 0 root
      the DET DT 6 det
      vote NOUN NN 4 obj`);
    expect(triples(extractRelations(party, [named(party, 1, 2, "Organization")]))).toEqual(["Labour | won | vote"]);
    const title = tree(`
      Secretary NOUN NN 6 nsubj
      of ADP IN 3 case
      State PROPN NNP 1 nmod
      Antony PROPN NNP 1 appos
      Blinken PROPN NNP 4 flat
      left VERB VBD 0 root
      Kyiv PROPN NNP 6 obj`);
    expect(triples(extractRelations(title, [named(title, 3, 5, "Person"), named(title, 6, 7, "Location")]))).toContain("Antony Blinken | left | Kyiv");
  });

  it("reads \"who\" after an apposition's \"of\"/\"at\" phrases as the person the apposition describes", () => {
    const s = tree(`
      Roe PROPN NNP 2 nsubj
      spoke VERB VBD 0 root
      , PUNCT , 5 punct
      a DET DT 5 det
      professor NOUN NN 1 appos
      at ADP IN 8 case
      the DET DT 8 det
      School PROPN NNP 5 nmod
      , PUNCT , 11 punct
      who PRON WP 11 nsubj
      led VERB VBD 8 acl:relcl
      the DET DT 13 det
      study NOUN NN 11 obj`);
    const found = triples(extractRelations(s, [named(s, 0, 1, "Person"), named(s, 7, 8, "Organization")]));
    expect(found).toContain("Roe | led | study");
    expect(found).not.toContain("School | led | study");
  });

  it("reads \"who\" on a noun coordinated in an apposition as the person the apposition describes", () => {
    const s = tree(`
      Jones PROPN NNP 0 root
      , PUNCT , 4 punct
      the DET DT 4 det
      composer NOUN NN 1 appos
      and CCONJ CC 6 cc
      producer NOUN NN 4 conj
      who PRON WP 8 nsubj
      worked VERB VBD 6 acl:relcl
      with ADP IN 10 case
      Sinatra PROPN NNP 8 obl`);
    const found = triples(extractRelations(s, [named(s, 0, 1, "Person"), named(s, 9, 10, "Person")]));
    expect(found).toContain("Jones | worked with | Sinatra");
    expect(found).not.toContain("producer | worked with | Sinatra");
  });

  it("reads \"who\" on a place as the noun whose phrase the place is in", () => {
    const s = tree(`
      Mexico PROPN NNP 2 nsubj
      refused VERB VBD 0 root
      people NOUN NNS 2 obj
      deported VERB VBN 3 acl
      by ADP IN 6 case
      Texas PROPN NNP 4 obl
      who PRON WP 10 nsubj
      are AUX VBP 10 cop
      not PART RB 10 advmod
      citizens NOUN NNS 6 acl:relcl`);
    const found = triples(extractRelations(s, [named(s, 0, 1, "Location"), named(s, 5, 6, "Location")]));
    expect(found).toContain("people | not is | citizens");
    expect(found).not.toContain("Texas | not is | citizens");
  });

  it("keeps an adverb that works as a particle right after the verb in the relation", () => {
    const s = tree(`
      Customers NOUN NNS 2 nsubj
      cut VERB VBD 0 root
      back ADV RB 2 advmod
      on ADP IN 5 case
      furniture NOUN NN 2 obl`);
    expect(triples(extractRelations(s, []))).toEqual(["Customers | cut back on | furniture"]);
  });

  it("lets no unit after a count stand for the counted noun as a named apposition would", () => {
    const s = tree(`
      Temperatures NOUN NNS 4 nsubj
      were AUX VBD 4 cop
      2 NUM CD 4 nummod
      degrees NOUN NNS 0 root
      Celsius PROPN NNP 4 appos`);
    expect(triples(extractRelations(s, [named(s, 4, 5, "Misc")]))).toEqual(["Temperatures | is | 2 degrees"]);
  });

  it("gives a \"to\" clause after \"called on\" the one called on", () => {
    const s = tree(`
      Roe PROPN NNP 2 nsubj
      called VERB VBD 0 root
      on ADP IN 4 case
      Acme PROPN NNP 2 obl
      to PART TO 6 mark
      cut VERB VB 2 advcl
      prices NOUN NNS 6 obj`);
    const out = extractRelations(s, [named(s, 0, 1, "Person"), named(s, 3, 4, "Organization")]);
    expect(triples(out)).toContain("Acme | cut | prices");
    expect(triples(out)).not.toContain("Roe | cut | prices");
  });

  it("takes no apposition from a phrase with a preposition or a time", () => {
    const s = tree(`
      Storms PROPN NNP 2 nsubj
      hit VERB VBD 0 root
      Tampa PROPN NNP 2 obj
      , PUNCT , 6 punct
      at ADP IN 6 case
      night NOUN NN 3 appos
      , PUNCT , 8 punct
      Tuesday PROPN NNP 3 appos`);
    const out = extractRelations(s, [named(s, 2, 3, "Location"), named(s, 7, 8, "Date")]);
    expect(out.triples.filter((t) => t.predicate === "is")).toEqual([]);
    expect(out.propositions.filter((p) => p.relation === "is")).toEqual([]);
  });

  it("states, at low confidence and for OpenIE only, what an adjective and a place modifier say of a noun", () => {
    const s = tree(`
      The DET DT 3 det
      comical ADJ JJ 3 amod
      contradictions NOUN NNS 4 nsubj
      grew VERB VBD 0 root
      in ADP IN 6 case
      Paterson PROPN NNP 3 nmod
      and CCONJ CC 9 cc
      other ADJ JJ 9 amod
      towns NOUN NNS 3 conj`);
    const out = extractRelations(s, [named(s, 5, 6, "Location")]);
    const loose = out.propositions.filter((p) => p.confidence <= 0.3).map((p) => [p.relation, ...p.args]);
    expect(loose).toContainEqual(["is", "contradictions", "comical"]);
    expect(loose).toContainEqual(["are in", "comical contradictions", "Paterson"]);
    // a vague adjective says nothing
    expect(loose.some((p) => p[2] === "other")).toBe(false);
    expect(out.triples.some((t) => t.predicate === "is" || t.predicate === "are in")).toBe(false);
  });

  it("reads \"he\" as the subject of what a named speaker says, before a nearer name", () => {
    const s = tree(`
      Trump PROPN NNP 2 nsubj
      congratulated VERB VBD 0 root
      Roe PROPN NNP 2 obj
      and CCONJ CC 5 cc
      said VERB VBD 2 conj
      he PRON PRP 7 nsubj
      visited VERB VBD 5 ccomp
      Paris PROPN NNP 7 obj`);
    const found = triples(extractRelations(s, [named(s, 0, 1, "Person"), named(s, 2, 3, "Person"), named(s, 7, 8, "Location")]));
    expect(found).toContain("Trump | visited | Paris");
    expect(found).not.toContain("Roe | visited | Paris");
  });

  it("reads \"he\" in an adverbial clause as the subject of the verb it modifies, before a nearer name", () => {
    const s = tree(`
      Jones PROPN NNP 2 nsubj
      toured VERB VBD 0 root
      with ADP IN 4 case
      Hampton PROPN NNP 2 obl
      before SCONJ IN 7 mark
      he PRON PRP 7 nsubj
      turned VERB VBD 2 advcl
      20 NUM CD 7 obj`);
    const found = triples(extractRelations(s, [named(s, 0, 1, "Person"), named(s, 3, 4, "Person")]));
    expect(found).toContain("Jones | turned | 20");
    expect(found).not.toContain("Hampton | turned | 20");
  });

  it("reads a measuring \"by\" phrase as how much, not as the agent", () => {
    const s = tree(`
      The DET DT 2 det
      launch NOUN NN 4 nsubj:pass
      was AUX VBD 4 aux:pass
      delayed VERB VBN 0 root
      by ADP IN 7 case
      one NUM CD 7 nummod
      day NOUN NN 4 obl
      . PUNCT . 4 punct`);
    expect(triples(extractRelations(s, []))).toEqual(["launch | delayed by | one day"]);
    const mail = tree(`
      The DET DT 2 det
      pill NOUN NN 4 nsubj:pass
      was AUX VBD 4 aux:pass
      sent VERB VBN 0 root
      by ADP IN 6 case
      mail NOUN NN 4 obl`);
    expect(triples(extractRelations(mail, []))).toEqual(["pill | sent by | mail"]);
  });

  it.each([
    ["accused", "of", "Acme | hiding | losses"],
    ["barred", "from", "Acme | hiding | losses"],
    // another verb's gerund is its subject's doing
    ["gained", "from", "Roe | hiding | losses"],
    ["told", "of", "Roe | hiding | losses"],
  ])("gives an \"of\" or \"from\" gerund after %s the object as its subject", (verb, mark, expected) => {
    const s = tree(`
      Roe PROPN NNP 2 nsubj
      ${verb} VERB VBD 0 root
      Acme PROPN NNP 2 obj
      ${mark} SCONJ IN 5 mark
      hiding VERB VBG 2 advcl
      losses NOUN NNS 5 obj`);
    expect(triples(extractRelations(s, [named(s, 0, 1, "Person"), named(s, 2, 3, "Organization")]))).toContain(expected);
  });

  it("reads a place's apposition naming a place as the place it is in (\"Kalu, Norland\")", () => {
    const s = tree(`
      storms NOUN NNS 2 nsubj
      hit VERB VBD 0 root
      Kalu PROPN NNP 2 obj
      , PUNCT , 5 punct
      Norland PROPN NNP 3 appos`);
    const found = triples(extractRelations(s, [named(s, 2, 3, "Location"), named(s, 4, 5, "Location")]));
    expect(found).toContain("Kalu | in | Norland");
    expect(found).not.toContain("Kalu | is | Norland");
  });

  it.each([
    ["for", "administration | argued | tariffs were needed"],
    // an "of" phrase's noun is often not what "which" is about ("the price of oil, which rose"): the head stays
    ["of", "setback of the administration | argued | tariffs were needed"],
  ])("reads \", which\" after a noun in a %j phrase on the noun the clause was hung on", (prep, expected) => {
    const s = tree(`
      a DET DT 2 det
      setback NOUN NN 0 root
      ${prep} ADP IN 5 case
      the DET DT 5 det
      administration NOUN NN 2 nmod
      , PUNCT , 8 punct
      which PRON WDT 8 nsubj
      argued VERB VBD 2 acl:relcl
      tariffs NOUN NNS 11 nsubj:pass
      were AUX VBD 11 aux:pass
      needed VERB VBN 8 ccomp`);
    expect(triples(extractRelations(s, []))).toContain(expected);
  });

  it("reads no score as an apposition (\"beat Norland 2-0\")", () => {
    const s = tree(`
      Acme PROPN NNP 2 nsubj
      beat VERB VBD 0 root
      Norland PROPN NNP 2 obj
      2-0 NUM CD 3 appos`);
    expect(triples(extractRelations(s, [named(s, 0, 1, "Organization"), named(s, 2, 3, "Organization")]))).toEqual(["Acme | beat | Norland"]);
  });

  it("reads \"who\" after a person's name that ends the phrase the clause was hung on as that person", () => {
    const s = tree(`
      It PRON PRP 5 nsubj
      was AUX VBD 5 cop
      the DET DT 5 det
      last ADJ JJ 5 amod
      match NOUN NN 0 root
      for ADP IN 8 case
      Jane PROPN NNP 8 compound
      Roe PROPN NNP 5 nmod
      , PUNCT , 12 punct
      who PRON WP 12 nsubj
      is AUX VBZ 12 aux
      retiring VERB VBG 5 acl:relcl
      from ADP IN 14 case
      football NOUN NN 12 obl`);
    expect(triples(extractRelations(s, [named(s, 6, 8, "Person")]))).toContain("Jane Roe | retiring from | football");
    // not a name before the noun: the noun the clause is on stays its subject
    const before = tree(`
      Jane PROPN NNP 2 compound
      Roe PROPN NNP 4 nmod:poss
      's PART POS 2 case
      team NOUN NN 0 root
      , PUNCT , 8 punct
      who PRON WP 8 nsubj
      is AUX VBZ 8 aux
      winning VERB VBG 4 acl:relcl
      games NOUN NNS 8 obj`);
    const found = triples(extractRelations(before, [named(before, 0, 2, "Person")])).filter((x) => x.includes("winning"));
    expect(found).toHaveLength(1);
    expect(found[0]).not.toMatch(/^Jane Roe \|/);
  });

  it("reads an \"according to\" phrase labelled an agent as the source it is, not as who did it", () => {
    const s = tree(`
      39 NUM CD 2 nummod
      people NOUN NNS 4 nsubj:pass
      were AUX VBD 4 aux:pass
      killed VERB VBN 0 root
      , PUNCT , 9 punct
      according VERB VBG 9 case
      to ADP IN 6 fixed
      the DET DT 9 det
      commission NOUN NN 4 obl:agent
      . PUNCT . 4 punct`);
    expect(triples(extractRelations(s, []))).not.toContain("commission | killed | 39 people");
    const by = tree(`
      39 NUM CD 2 nummod
      people NOUN NNS 4 nsubj:pass
      were AUX VBD 4 aux:pass
      killed VERB VBN 0 root
      by ADP IN 7 case
      the DET DT 7 det
      army NOUN NN 4 obl:agent
      . PUNCT . 4 punct`);
    expect(triples(extractRelations(by, []))).toContain("army | killed | 39 people");
  });

  it.each([
    ["became", "Jane Roe | became | prime minister"],
    ["remained", "Jane Roe | remained | prime minister"],
  ])("takes what the subject %s as the object", (verb, expected) => {
    const s = tree(`
      Jane PROPN NNP 3 nsubj
      Roe PROPN NNP 1 flat
      ${verb} VERB VBD 0 root
      prime ADJ JJ 5 amod
      minister NOUN NN 3 xcomp
      on ADP IN 7 case
      Friday PROPN NNP 3 obl
      . PUNCT . 3 punct`);
    expect(triples(extractRelations(s, [named(s, 0, 2, "Person")]))).toContain(expected);
  });

  it("reads a \"by\" phrase that says when as a time, not as the agent", () => {
    const s = tree(`
      A DET DT 2 det
      ruling NOUN NN 4 nsubj:pass
      is AUX VBZ 4 aux:pass
      expected VERB VBN 0 root
      by ADP IN 7 case
      the DET DT 7 det
      end NOUN NN 4 obl
      of ADP IN 9 case
      June PROPN NNP 7 nmod`);
    const dated = (x: ReturnType<typeof tree>) => [{ ...named(x, x.tokens.length - 1, x.tokens.length, "Date"), value: "2025-06" }];
    expect(triples(extractRelations(s, dated(s)))).toEqual(["ruling | expected by | end of June"]);
    const friday = tree(`
      The DET DT 2 det
      report NOUN NN 4 nsubj:pass
      is AUX VBZ 4 aux:pass
      due ADJ JJ 0 root
      by ADP IN 6 case
      Friday PROPN NNP 4 obl`);
    expect(triples(extractRelations(friday, dated(friday)))).not.toContain("Friday | due | report");
    // A name's phrase with a date inside stays the agent.
    const board = tree(`
      The DET DT 2 det
      plan NOUN NN 4 nsubj:pass
      was AUX VBD 4 aux:pass
      approved VERB VBN 0 root
      by ADP IN 7 case
      the DET DT 7 det
      board NOUN NN 4 obl
      on ADP IN 9 case
      Monday PROPN NNP 7 nmod`);
    expect(triples(extractRelations(board, dated(board)))).toContain("board | approved | plan");
  });

  it("takes a bare measure as the object of a verb without one, but not a distance in time", () => {
    const fell = tree(`
      Shares NOUN NNS 4 nsubj
      of ADP IN 3 case
      Acme PROPN NNP 1 nmod
      fell VERB VBD 0 root
      5 NUM CD 6 nummod
      percent NOUN NN 4 obl:unmarked
      . PUNCT . 4 punct`);
    expect(triples(extractRelations(fell, [named(fell, 2, 3, "Organization")]))).toEqual(["Shares of Acme | fell | 5 percent"]);
    const came = tree(`
      The DET DT 2 det
      decision NOUN NN 3 nsubj
      came VERB VBD 0 root
      a DET DT 5 det
      day NOUN NN 3 obl:unmarked
      after ADP IN 8 case
      the DET DT 8 det
      vote NOUN NN 3 obl
      . PUNCT . 3 punct`);
    expect(triples(extractRelations(came, []))).toEqual(["decision | came after | vote"]);
  });

  it("reads a participle clause as passive unless it has an object of its own (a misparsed past tense)", () => {
    // The parser made "appointed" an adverbial clause of the relative clause's verb.
    const s = tree(`
      The DET DT 2 det
      fund NOUN NN 0 root
      , PUNCT , 5 punct
      which PRON WDT 5 nsubj
      owns VERB VBZ 2 acl:relcl
      it PRON PRP 5 obj
      , PUNCT , 8 punct
      appointed VERB VBN 5 advcl
      Jane PROPN NNP 8 obj
      Roe PROPN NNP 9 flat
      as ADP IN 12 case
      chair NOUN NN 8 obl
      . PUNCT . 2 punct`);
    expect(triples(extractRelations(s, [named(s, 8, 10, "Person")]))).toContain("fund | appointed | Jane Roe");
    const passive = tree(`
      Roe PROPN NNP 0 root
      , PUNCT , 3 punct
      appointed VERB VBN 1 acl
      in ADP IN 5 case
      2020 NUM CD 3 obl
      . PUNCT . 1 punct`);
    expect(triples(extractRelations(passive, [named(passive, 0, 1, "Person")]))).toEqual(["Roe | appointed in | 2020"]);
  });

  it("expands coordinated verbs with a shared subject", () => {
    const s = tree(`
      Hamas PROPN NNP 3 nsubj
      has AUX VBZ 3 aux
      released VERB VBN 0 root
      hostages NOUN NNS 3 obj
      and CCONJ CC 6 cc
      returned VERB VBD 3 conj
      bodies NOUN NNS 6 obj
      . PUNCT . 3 punct`);
    const out = extractRelations(s, [named(s, 0, 1, "Organization")]);
    expect(triples(out)).toEqual(["Hamas | released | hostages", "Hamas | returned | bodies"]);
    const inherited = out.triples.find((t) => t.predicate === "returned")!;
    const direct = out.triples.find((t) => t.predicate === "released")!;
    expect(inherited.confidence).toBeLessThan(direct.confidence);
  });

  it("reads a participle that works as a preposition as none of the clause's relations", () => {
    const s = tree(`
      Following VERB VBG 5 advcl
      the DET DT 3 det
      talks NOUN NNS 1 obj
      Acme PROPN NNP 5 nsubj
      announced VERB VBD 0 root
      cuts NOUN NNS 5 obj`);
    const out = extractRelations(s, [named(s, 3, 4, "Organization")]);
    expect(triples(out)).toEqual(["Acme | announced | cuts"]);
    // As a verb of its own ("has been following the rules") it relates.
    const verb = tree(`
      Acme PROPN NNP 4 nsubj
      has AUX VBZ 4 aux
      been AUX VBN 4 aux
      following VERB VBG 0 root
      rules NOUN NNS 4 obj`);
    expect(triples(extractRelations(verb, [named(verb, 0, 1, "Organization")]))).toEqual(["Acme | following | rules"]);
  });

  it("gives a conjoined verb and a non-finite clause the subject as written, even an unresolved pronoun", () => {
    const s = tree(`
      Leaving VERB VBG 5 advcl
      the DET DT 3 det
      meeting NOUN NN 1 obj
      she PRON PRP 5 nsubj
      resigned VERB VBD 0 root
      and CCONJ CC 7 cc
      moved VERB VBD 5 conj
      to ADP IN 9 case
      Florida PROPN NNP 7 obl`);
    const out = extractRelations(s, [named(s, 8, 9, "Location")]);
    expect(out.propositions.map((p) => [p.relation, ...p.args])).toEqual(
      expect.arrayContaining([
        ["Leaving", "she", "the meeting"],
        ["moved to", "she", "Florida"],
      ]),
    );
    expect(out.triples).toEqual([]); // no name for "she": no graph edge
  });

  it("gives a participle on a noun the noun as subject, but not a gerund after a preposition", () => {
    const s = tree(`
      Acme PROPN NNP 2 nsubj
      liked VERB VBD 0 root
      the DET DT 4 det
      idea NOUN NN 2 obj
      of SCONJ IN 6 mark
      buying VERB VBG 4 acl
      Initech PROPN NNP 6 obj`);
    const gerund = extractRelations(s, [named(s, 0, 1, "Organization"), named(s, 6, 7, "Organization")]);
    expect(gerund.propositions.map((p) => p.relation)).not.toContain("buying");
    expect(triples(gerund)).toEqual(["Acme | liked | idea"]);
    const p = tree(`
      Acme PROPN NNP 2 nsubj
      hired VERB VBD 0 root
      engineers NOUN NNS 2 obj
      building VERB VBG 3 acl
      chips NOUN NNS 4 obj`);
    expect(triples(extractRelations(p, [named(p, 0, 1, "Organization")]))).toContain("engineers | building | chips");
  });

  it.each([
    ["plot", false],
    ["ship", true],
  ])("gives an infinitive on the noun %s the noun as subject: %s", (noun, subject) => {
    const s = tree(`
      Acme PROPN NNP 2 nsubj
      saw VERB VBD 0 root
      a DET DT 4 det
      ${noun} NOUN NN 2 obj
      to PART TO 6 mark
      attack VERB VB 4 acl
      Initech PROPN NNP 6 obj`);
    const out = triples(extractRelations(s, [named(s, 0, 1, "Organization"), named(s, 6, 7, "Organization")]));
    expect(out.includes(`${noun} | attack | Initech`)).toBe(subject);
  });

  it("expands coordinated subjects, but not the words of one name", () => {
    const s = tree(`
      Egypt PROPN NNP 4 nsubj
      and CCONJ CC 3 cc
      Qatar PROPN NNP 1 conj
      mediated VERB VBD 0 root
      the DET DT 6 det
      talks NOUN NNS 4 obj
      . PUNCT . 4 punct`);
    const out = extractRelations(s, [named(s, 0, 1, "Location"), named(s, 2, 3, "Location")]);
    expect(triples(out)).toEqual(["Egypt | mediated | talks", "Qatar | mediated | talks"]);
    expect(out.propositions.map((p) => [p.relation, ...p.args])).toEqual([
      ["mediated", "Egypt", "the talks"],
      ["mediated", "Qatar", "the talks"],
    ]);
    // One organization's name that the parser reads as a coordination.
    const one = extractRelations(s, [named(s, 0, 3, "Organization")]);
    expect(triples(one)).toEqual(["Egypt and Qatar | mediated | talks"]);
  });

  it("takes a name the parser made a verb's complement as its object when it has none", () => {
    const s = tree(`
      Acme PROPN NNP 2 nsubj
      named VERB VBD 0 root
      Jane PROPN NNP 2 xcomp
      Roe PROPN NNP 3 flat
      as ADP IN 6 case
      chief NOUN NN 2 obl`);
    const out = extractRelations(s, [named(s, 0, 1, "Organization"), named(s, 2, 4, "Person")]);
    expect(triples(out)).toContain("Acme | named | Jane Roe");
  });

  it("takes a name the parser labelled a bare oblique after the verb as its object when it has none", () => {
    const s = tree(`
      court NOUN NN 2 nsubj
      sentenced VERB VBD 0 root
      Nicolas PROPN NNP 2 obl
      Sarkozy PROPN NNP 3 flat
      to ADP IN 6 case
      prison NOUN NN 2 obl`);
    expect(triples(extractRelations(s, [named(s, 2, 4, "Person")]))).toEqual(["court | sentenced | Nicolas Sarkozy"]);
  });

  it("gives a person's kin or lawyer named in apposition a relation to that person, not a stranger's role", () => {
    const s = (role: string) =>
      tree(`
      Smith PROPN NNP 3 nmod:poss
      's PART POS 1 case
      ${role} NOUN NN 7 nsubj
      , PUNCT , 5 punct
      Karen PROPN NNP 3 appos
      Doe PROPN NNP 5 flat
      spoke VERB VBD 0 root`);
    const lawyer = s("lawyer");
    expect(triples(extractRelations(lawyer, [named(lawyer, 0, 1, "Person"), named(lawyer, 4, 6, "Person")]))).toContain("Karen Doe | lawyer of | Smith");
    // a title is an organization's or a place's, not a person's
    const chief = s("chief");
    expect(triples(extractRelations(chief, [named(chief, 0, 1, "Person"), named(chief, 4, 6, "Person")])).filter((x) => x.includes(" of |"))).toEqual([]);
  });

  it("gives each title coordinated in an apposition's description to the person, and no triple to the bare title", () => {
    const s = tree(`
      Wiz PROPN NNP 3 nmod:poss
      's PART POS 1 case
      co-founder NOUN NN 10 nsubj
      and CCONJ CC 6 cc
      chief ADJ JJ 6 amod
      executive NOUN NN 3 conj
      , PUNCT , 8 punct
      Jane PROPN NNP 3 appos
      Roe PROPN NNP 8 flat
      joined VERB VBD 0 root
      Acme PROPN NNP 10 obj`);
    const out = extractRelations(s, [named(s, 0, 1, "Organization"), named(s, 7, 9, "Person"), named(s, 10, 11, "Organization")]);
    expect(triples(out)).toEqual(["Jane Roe | chief executive of | Wiz", "Jane Roe | co-founder of | Wiz", "Jane Roe | joined | Acme"]);
  });

  it("reads a relative clause's subject from the noun it modifies, and a perfect as active", () => {
    const s = tree(`
      Barghouti PROPN NNP 0 root
      , PUNCT , 5 punct
      who PRON WP 5 nsubj:pass
      was AUX VBD 5 aux:pass
      arrested VERB VBN 1 acl:relcl
      in ADP IN 7 case
      1978 NUM CD 5 obl`);
    const d = { ...named(s, 6, 7, "Date"), value: "1978" };
    const out = extractRelations(s, [named(s, 0, 1, "Person"), d]);
    expect(triples(out)).toEqual(["Barghouti | arrested in | 1978"]);
    expect(out.triples[0]!.date).toBe("1978");
  });

  it("joins a control verb to the verb it controls", () => {
    const s = tree(`
      Israel PROPN NNP 2 nsubj
      agreed VERB VBD 0 root
      to PART TO 4 mark
      release VERB VB 2 xcomp
      prisoners NOUN NNS 4 obj`);
    expect(triples(extractRelations(s, [named(s, 0, 1, "Location")]))).toEqual(["Israel | agreed to release | prisoners"]);
  });

  it("keeps lowercase words that modify a title in it, not a verb's", () => {
    const s = (modifier: string) =>
      tree(`
      Acme PROPN NNP 4 compound
      ${modifier}
      policy NOUN NN 4 compound
      chief NOUN NN 5 nmod:desc
      Jane PROPN NNP 7 nsubj
      Roe PROPN NNP 5 flat
      spoke VERB VBD 0 root`);
    const foreign = s("foreign ADJ JJ 3 amod");
    expect(triples(extractRelations(foreign, [named(foreign, 0, 1, "Organization"), named(foreign, 4, 6, "Person")]))).toContain("Jane Roe | foreign policy chief of | Acme");
    // a word that hangs elsewhere ends the title, and the name before it is no affiliation
    const other = s("said VERB VBD 7 parataxis");
    expect(triples(extractRelations(other, [named(other, 0, 1, "Organization"), named(other, 4, 6, "Person")])).filter((x) => x.includes(" of | "))).toEqual([]);
  });

  it("gives a title before a name a relation to the demonym's country", () => {
    const s = tree(`
      Israeli ADJ JJ 5 amod
      Prime PROPN NNP 3 compound
      Minister PROPN NNP 5 compound
      Benjamin PROPN NNP 5 compound
      Netanyahu PROPN NNP 6 nsubj
      spoke VERB VBD 0 root`);
    const out = extractRelations(s, [named(s, 3, 5, "Person")]);
    expect(triples(out)).toContain("Benjamin Netanyahu | prime minister of | Israel");
    // A demonym of two words, one mention.
    const two = tree(`
      South PROPN NNP 2 compound
      Korean ADJ JJ 3 amod
      President PROPN NNP 4 compound
      Lee PROPN NNP 5 nsubj
      spoke VERB VBD 0 root`);
    expect(triples(extractRelations(two, [named(two, 0, 2, "Misc"), named(two, 3, 4, "Person")]))).toContain("Lee | president of | South Korea");
  });

  it("reads a title of several words, hyphenated ones too, before a name", () => {
    const s = tree(`
      Norland PROPN NNP 4 compound
      Attorney PROPN NNP 3 compound
      General PROPN NNP 4 compound
      Roe PROPN NNP 5 nsubj
      spoke VERB VBD 0 root`);
    expect(triples(extractRelations(s, [named(s, 0, 1, "Location"), named(s, 3, 4, "Person")]))).toContain("Roe | attorney general of | Norland");
    const who = tree(`
      WHO PROPN NNP 3 compound
      Director-General PROPN NNP 3 compound
      Roe PROPN NNP 4 nsubj
      spoke VERB VBD 0 root`);
    expect(triples(extractRelations(who, [named(who, 0, 1, "Organization"), named(who, 2, 3, "Person")]))).toContain("Roe | director-general of | WHO");
  });

  it.each([
    ["Democratic", "Misc"],
    ["Moscow-backed", "Location"],
  ])("gives a title after an adjective (%s, %s) no affiliation", (word, type) => {
    const s = tree(`
      ${word} ADJ JJ 3 amod
      leader NOUN NN 3 compound
      Roe PROPN NNP 4 nsubj
      spoke VERB VBD 0 root`);
    const out = extractRelations(s, [named(s, 0, 1, type as "Misc"), named(s, 2, 3, "Person")]);
    expect(triples(out).filter((x) => x.includes(" of "))).toEqual([]);
  });

  it("gives a title after a possessive a relation to the owner", () => {
    const s = tree(`
      Ukraine PROPN NNP 3 nmod:poss
      's PART POS 1 case
      President PROPN NNP 4 compound
      Volodymyr PROPN NNP 6 nsubj
      Zelensky PROPN NNP 4 flat
      spoke VERB VBD 0 root`);
    const out = extractRelations(s, [named(s, 0, 1, "Location"), named(s, 3, 5, "Person")]);
    expect(triples(out)).toContain("Volodymyr Zelensky | president of | Ukraine");
  });

  it("makes no graph edge of an apposition between a place and an organization (a misparse)", () => {
    const s = tree(`
      in ADP IN 2 case
      Brussels PROPN NNP 8 obl
      , PUNCT , 5 punct
      NATO PROPN NNP 5 compound
      Secretary PROPN NNP 2 appos
      General PROPN NNP 7 nmod:desc
      Rutte PROPN NNP 8 nsubj
      spoke VERB VBD 0 root`);
    const places = extractRelations(s, [named(s, 1, 2, "Location"), named(s, 3, 4, "Organization"), named(s, 6, 7, "Person")]);
    expect(triples(places).filter((t) => t.includes("| is |"))).toEqual([]);
    // Two places: "Tampa, Florida", the first in the second.
    const same = extractRelations(s, [named(s, 1, 2, "Location"), named(s, 3, 4, "Location"), named(s, 6, 7, "Person")]);
    expect(triples(same)).toContain("Brussels | in | NATO");
  });

  it("relates a person to the organization an apposition gives them a role in, either way round", () => {
    const after = tree(`
      Jane PROPN NNP 6 nsubj
      Roe PROPN NNP 1 flat
      , PUNCT , 5 punct
      Acme PROPN NNP 5 nmod:poss
      chairman NOUN NN 1 appos
      resigned VERB VBD 0 root`);
    expect(triples(extractRelations(after, [named(after, 0, 2, "Person"), named(after, 3, 4, "Organization")]))).toContain("Jane Roe | chairman of | Acme");
    const before = tree(`
      the DET DT 3 det
      chief ADJ JJ 3 amod
      executive NOUN NN 9 nsubj
      of ADP IN 5 case
      Acme PROPN NNP 3 nmod
      , PUNCT , 7 punct
      Jane PROPN NNP 3 appos
      Roe PROPN NNP 7 flat
      resigned VERB VBD 0 root`);
    const out = extractRelations(before, [named(before, 4, 5, "Organization"), named(before, 6, 8, "Person")]);
    expect(triples(out)).toContain("Jane Roe | chief executive of | Acme");
    // A role noun's owner must be an organization or a place.
    const spokesman = tree(`
      Jane PROPN NNP 0 root
      Roe PROPN NNP 1 flat
      , PUNCT , 5 punct
      a DET DT 5 det
      spokeswoman NOUN NN 1 appos
      for ADP IN 7 case
      Acme PROPN NNP 5 nmod`);
    expect(triples(extractRelations(spokesman, [named(spokesman, 0, 2, "Person"), named(spokesman, 6, 7, "Organization")]))).toContain("Jane Roe | spokeswoman for | Acme");
    const person = extractRelations(after, [named(after, 0, 2, "Person"), named(after, 3, 4, "Person")]);
    expect(triples(person).filter((x) => x.includes(" of "))).toEqual([]);
  });

  it.each([
    // a copula's predicate noun
    [`Jane PROPN NNP 6 nsubj
      Roe PROPN NNP 1 flat
      is AUX VBZ 6 cop
      Acme PROPN NNP 6 nmod:poss
      's PART POS 4 case
      chairman NOUN NN 0 root`, "Jane Roe | chairman of | Acme"],
    // the complement of "become", also in a relative clause
    [`Jane PROPN NNP 4 nsubj
      Roe PROPN NNP 1 flat
      , PUNCT , 4 punct
      who PRON WP 4 nsubj
      became VERB VBD 1 acl:relcl
      chief ADJ JJ 7 amod
      executive NOUN NN 5 xcomp
      of ADP IN 9 case
      Acme PROPN NNP 7 nmod`, "Jane Roe | chief executive of | Acme"],
    // not a negated or modal one
    [`Jane PROPN NNP 6 nsubj
      Roe PROPN NNP 1 flat
      is AUX VBZ 6 cop
      not PART RB 6 advmod
      the DET DT 6 det
      chairman NOUN NN 0 root
      of ADP IN 8 case
      Acme PROPN NNP 6 nmod`, undefined],
    [`Jane PROPN NNP 4 nsubj
      Roe PROPN NNP 1 flat
      could AUX MD 4 aux
      become VERB VB 0 root
      chairman NOUN NN 4 xcomp
      of ADP IN 7 case
      Acme PROPN NNP 5 nmod`, undefined],
  ])("gives a person the role a copula or \"become\" states: %#", (rows, expected) => {
    const s = tree(rows);
    const acme = s.tokens.findIndex((x) => x.text === "Acme");
    const out = triples(extractRelations(s, [named(s, 0, 2, "Person"), named(s, acme, acme + 1, "Organization")]));
    if (expected) expect(out).toContain(expected);
    else expect(out.filter((x) => / (of|for|at) \| Acme$/.test(x))).toEqual([]);
  });

  it("gives a role the organization of an \"at\" phrase, and the organization \"its\" refers to", () => {
    const at = tree(`
      Kevin PROPN NNP 0 root
      Mills PROPN NNP 1 flat
      , PUNCT , 5 punct
      a DET DT 5 det
      professor NOUN NN 1 appos
      at ADP IN 7 case
      Acme PROPN NNP 5 nmod`);
    expect(triples(extractRelations(at, [named(at, 0, 2, "Person"), named(at, 6, 7, "Organization")]))).toContain("Kevin Mills | professor at | Acme");
    const prev = tree(`
      Toyota PROPN NNP 2 nsubj
      invests VERB VBZ 0 root
      in ADP IN 4 case
      Ohio PROPN NNP 2 obl`);
    const toyota = named(prev, 0, 1, "Organization");
    const its = tree(`
      Its PRON PRP$ 2 nmod:poss
      chairman NOUN NN 7 nsubj
      , PUNCT , 4 punct
      Akio PROPN NNP 2 appos
      Toyoda PROPN NNP 4 flat
      , PUNCT , 4 punct
      resigned VERB VBD 0 root`, 1, 30);
    const context = { previous: [toyota, named(prev, 3, 4, "Location")], subjects: new Set([toyota]) };
    expect(triples(extractRelations(its, [named(its, 3, 5, "Person")], context))).toEqual(["Akio Toyoda | chairman of | Toyota"]);
  });

  it("gives a role the organization a description before it stands for", () => {
    const earlier = tree(`
      Acme PROPN NNP 2 nsubj
      grew VERB VBD 0 root`);
    const s = tree(`
      The DET DT 2 det
      company NOUN NN 5 nmod:poss
      's PART POS 2 case
      chief ADJ JJ 5 amod
      executive NOUN NN 10 nsubj
      , PUNCT , 7 punct
      Jane PROPN NNP 5 appos
      Roe PROPN NNP 7 flat
      , PUNCT , 7 punct
      resigned VERB VBD 0 root`, 1, 20);
    const acme = named(earlier, 0, 1, "Organization");
    expect(triples(extractRelations(s, [named(s, 6, 8, "Person")], { previous: [acme] }))).toContain("Jane Roe | chief executive of | Acme");
    expect(triples(extractRelations(s, [named(s, 6, 8, "Person")])).filter((x) => x.includes(" of "))).toEqual([]);
  });

  it("relates names inside a noun phrase and keeps negation as a property", () => {
    const s = tree(`
      the DET DT 3 det
      European PROPN NNP 3 compound
      Hospital PROPN NNP 8 nsubj
      in ADP IN 5 case
      Gaza PROPN NNP 3 nmod
      did AUX VBD 8 aux
      not PART RB 8 advmod
      close VERB VB 0 root
      wards NOUN NNS 8 obj`);
    const out = extractRelations(s, [named(s, 1, 3, "Facility"), named(s, 4, 5, "Location")]);
    expect(triples(out)).toContain("European Hospital | in | Gaza");
    const neg = out.triples.find((t) => t.object.name === "wards")!;
    expect(neg).toMatchObject({ predicate: "not close", negated: true });
    // A person of a place is from it; of an organization, of it.
    const of = (type: "Location" | "Organization") => {
      const p = tree(`
        Jane PROPN NNP 2 compound
        Roe PROPN NNP 5 nsubj
        of ADP IN 4 case
        Norland PROPN NNP 2 nmod
        won VERB VBD 0 root`);
      return triples(extractRelations(p, [named(p, 0, 2, "Person"), named(p, 3, 4, type)])).filter((x) => x.startsWith("Jane Roe | ") && x.endsWith("| Norland"));
    };
    expect(of("Location")).toEqual(["Jane Roe | from | Norland"]);
    expect(of("Organization")).toEqual(["Jane Roe | of | Norland"]);
  });

  it("resolves he/she to the last person named, and skips attribution", () => {
    const prev = tree(`
      Dana PROPN NNP 3 nsubj
      Levin PROPN NNP 1 flat
      resigned VERB VBD 0 root`);
    const s = tree(`
      She PRON PRP 2 nsubj
      cited VERB VBD 0 root
      failures NOUN NNS 2 obj
      according VERB VBG 6 case
      to ADP IN 4 fixed
      AFP PROPN NNP 2 obl`, 1, 40);
    const out = extractRelations(s, [named(s, 5, 6, "Organization")], { previous: [named(prev, 0, 2, "Person")] });
    expect(triples(out)).toEqual(["Dana Levin | cited | failures"]);
    expect(out.triples[0]!.subject.coreference).toBe(true);
  });

  it("reads \"it\" in what an organization says as that organization, and leaves other \"it\" alone", () => {
    const s = tree(`
      Acme PROPN NNP 2 nsubj
      said VERB VBD 0 root
      it PRON PRP 5 nsubj
      had AUX VBD 5 aux
      bought VERB VBN 2 ccomp
      Initech PROPN NNP 5 obj`);
    const out = extractRelations(s, [named(s, 0, 1, "Organization"), named(s, 5, 6, "Organization")]);
    expect(triples(out)).toContain("Acme | bought | Initech");
    expect(out.triples.find((t) => t.predicate === "bought")!.subject.coreference).toBe(true);
    // Not a reported clause: "it" stays unresolved, so no edge.
    const plain = tree(`
      Acme PROPN NNP 2 nsubj
      grew VERB VBD 0 root
      and CCONJ CC 5 cc
      it PRON PRP 5 nsubj
      bought VERB VBD 2 conj
      Initech PROPN NNP 5 obj`);
    const other = extractRelations(plain, [named(plain, 0, 1, "Organization"), named(plain, 5, 6, "Organization")]);
    expect(triples(other)).not.toContain("Acme | bought | Initech");
  });

  it("reads \"they\" in what one organization says as it, but not in what two say", () => {
    const one = tree(`
      Brentford PROPN NNP 2 nsubj
      said VERB VBD 0 root
      they PRON PRP 5 nsubj
      would AUX MD 5 aux
      use VERB VB 2 ccomp
      money NOUN NN 5 obj`);
    expect(triples(extractRelations(one, [named(one, 0, 1, "Organization")]))).toContain("Brentford | use | money");
    const two = tree(`
      Egypt PROPN NNP 4 nsubj
      and CCONJ CC 3 cc
      Qatar PROPN NNP 1 conj
      said VERB VBD 0 root
      they PRON PRP 7 nsubj
      would AUX MD 7 aux
      mediate VERB VB 4 ccomp
      talks NOUN NNS 7 obj`);
    expect(triples(extractRelations(two, [named(two, 0, 1, "Organization"), named(two, 2, 3, "Organization")])).filter((x) => x.includes("| mediate |"))).toEqual([]);
  });

  it.each([
    ["Commerce Department", "department", true],
    ["Ministry of Health", "ministry", true],
    ["Acme Foods", "department", false],
  ])("reads \"the %s ... the %s\" as one organization: %s", (orgName, noun, resolved) => {
    const words = (orgName as string).split(" ");
    const prev = tree(words.map((w, i) => `${w} PROPN NNP ${i === words.length - 1 ? 0 : words.length} ${i === words.length - 1 ? "root" : "compound"}`).join("\n"));
    const s = tree(`
      the DET DT 2 det
      ${noun} NOUN NN 3 nsubj
      sued VERB VBD 0 root
      Initech PROPN NNP 3 obj`, 1, 40);
    const out = extractRelations(s, [named(s, 3, 4, "Organization")], { previous: [named(prev, 0, words.length, "Organization")] });
    expect(triples(out)).toEqual([resolved ? `${orgName} | sued | Initech` : `${noun} | sued | Initech`]);
  });

  it("lets a named apposition stand for a common-noun argument", () => {
    const s = tree(`
      the DET DT 2 det
      chief NOUN NN 6 nsubj
      , PUNCT , 4 punct
      Jane PROPN NNP 2 appos
      Roe PROPN NNP 4 flat
      resigned VERB VBD 0 root
      on ADP IN 8 case
      Monday PROPN NNP 6 obl`);
    const monday = { ...named(s, 7, 8, "Date"), value: "--" };
    expect(triples(extractRelations(s, [named(s, 3, 5, "Person"), monday]))).toEqual(["Jane Roe | resigned on | Monday"]);
  });

  it("lets a name right after a common noun stand for it when the parser made the name a clause", () => {
    const s = tree(`
      a DET DT 2 det
      vaccine NOUN NN 0 root
      developed VERB VBN 2 acl
      by ADP IN 7 case
      the DET DT 7 det
      biotech NOUN NN 7 compound
      company NOUN NN 3 obl:agent
      Crucell PROPN NNP 7 parataxis`);
    expect(triples(extractRelations(s, [named(s, 7, 8, "Organization")]))).toEqual(["Crucell | developed | vaccine"]);
    // Not a name further on.
    const far = tree(`
      a DET DT 2 det
      vaccine NOUN NN 0 root
      developed VERB VBN 2 acl
      by ADP IN 5 case
      company NOUN NN 3 obl:agent
      , PUNCT , 7 punct
      Crucell PROPN NNP 5 parataxis`);
    expect(triples(extractRelations(far, [named(far, 6, 7, "Organization")]))).toEqual(["company | developed | vaccine"]);
  });

  it("gives a relative clause on an apposition to the name the apposition describes", () => {
    const s = tree(`
      Jane PROPN NNP 6 nsubj
      Roe PROPN NNP 1 flat
      , PUNCT , 5 punct
      the DET DT 5 det
      director NOUN NN 1 appos
      spoke VERB VBD 0 root
      . PUNCT . 6 punct`);
    const base = triples(extractRelations(s, [named(s, 0, 2, "Person")]));
    expect(base).toEqual(["Jane Roe | is | director"]);

    const r = tree(`
      Jane PROPN NNP 0 root
      Roe PROPN NNP 1 flat
      , PUNCT , 5 punct
      the DET DT 5 det
      director NOUN NN 1 appos
      , PUNCT , 9 punct
      who PRON WP 9 nsubj:pass
      was AUX VBD 9 aux:pass
      hired VERB VBN 5 acl:relcl
      in ADP IN 11 case
      2020 NUM CD 9 obl`);
    const year = { ...named(r, 10, 11, "Date"), value: "2020" };
    expect(triples(extractRelations(r, [named(r, 0, 2, "Person"), year]))).toEqual(["Jane Roe | hired in | 2020", "Jane Roe | is | director"]);
  });

  it("gives a non-finite adverbial clause the main clause's subject", () => {
    const s = tree(`
      Roe PROPN NNP 2 nsubj
      stayed VERB VBD 0 root
      in ADP IN 4 case
      Leeds PROPN NNP 2 obl
      before SCONJ IN 7 mark
      being AUX VBG 7 aux:pass
      appointed VERB VBN 2 advcl
      in ADP IN 9 case
      York PROPN NNP 7 obl`);
    const out = triples(extractRelations(s, [named(s, 0, 1, "Person"), named(s, 3, 4, "Location"), named(s, 8, 9, "Location")]));
    expect(out).toContain("Roe | appointed in | York");
    // A finite one ("was found") whose subject the parser lost inherits nothing.
    const finite = tree(`
      Police NOUN NNS 2 nsubj
      charged VERB VBD 0 root
      Roe PROPN NNP 2 obj
      after ADP IN 5 case
      woman NOUN NN 3 nmod
      was AUX VBD 7 aux:pass
      found VERB VBN 2 advcl
      in ADP IN 9 case
      Leeds PROPN NNP 7 obl`);
    expect(triples(extractRelations(finite, [named(finite, 2, 3, "Person"), named(finite, 8, 9, "Location")]))).toEqual(["Police | charged | Roe"]);
  });

  it("gives a relative clause on a copula's predicate noun to the copula's subject", () => {
    const s = tree(`
      Roe PROPN NNP 4 nsubj
      was AUX VBD 4 cop
      an DET DT 4 det
      engineer NOUN NN 0 root
      who PRON WP 6 nsubj
      built VERB VBD 4 acl:relcl
      bridges NOUN NNS 6 obj`);
    expect(triples(extractRelations(s, [named(s, 0, 1, "Person")]))).toContain("Roe | built | bridges");
  });

  it.each(["parataxis", "appos", "conj"])("reads a relative pronoun's referent from the noun a clause attached as %s hangs on", (rel) => {
    const s = tree(`
      Acme PROPN NNP 2 nsubj
      hired VERB VBD 0 root
      an DET DT 4 det
      auditor NOUN NN 2 obj
      , PUNCT , 7 punct
      which PRON WDT 7 nsubj
      found VERB VBD 4 ${rel}
      errors NOUN NNS 7 obj`);
    const out = extractRelations(s, [named(s, 0, 1, "Organization")]);
    expect(out.propositions.map((p) => [p.relation, ...p.args])).toContainEqual(["found", "an auditor", "errors"]);
    expect(out.propositions.some((p) => p.args[0] === "which")).toBe(false);
  });

  it("reads a who-clause attached to the verb as about the noun before the pronoun, and keeps adjectival copulas as propositions", () => {
    const s = tree(`
      Roe PROPN NNP 2 nsubj
      met VERB VBD 0 root
      a DET DT 4 det
      boss NOUN NN 2 obj
      , PUNCT , 9 punct
      who PRON WP 9 nsubj
      is AUX VBZ 9 cop
      usually ADV RB 9 advmod
      larger ADJ JJR 2 parataxis
      and CCONJ CC 11 cc
      tougher ADJ JJR 9 conj
      than ADP IN 13 case
      enemies NOUN NNS 11 obl`);
    const out = extractRelations(s, [named(s, 0, 1, "Person")]);
    expect(out.propositions.map((p) => [p.relation, ...p.args])).toEqual(
      expect.arrayContaining([
        ["is", "a boss", "usually larger"],
        ["is", "a boss", "tougher", "than enemies"],
      ]),
    );
    expect(out.triples.map((t) => t.predicate)).toEqual(["met"]); // adjectives are not graph nodes
  });

  it("shows a copula's negation in the relation only, not again in the predicate", () => {
    const s = tree(`
      The DET DT 2 det
      plan NOUN NN 5 nsubj
      is AUX VBZ 5 cop
      n't PART RB 5 advmod
      bad ADJ JJ 0 root
      . PUNCT . 5 punct`);
    const out = extractRelations(s, []);
    expect(out.propositions.map((p) => [p.relation, ...p.args])).toEqual([["is n't", "The plan", "bad"]]);
  });

  it("keeps a negated copula's negation out of its predicate and its object phrase", () => {
    const s = tree(`
      Portland PROPN NNP 6 nsubj
      is AUX VBZ 6 cop
      not PART RB 6 advmod
      a DET DT 6 det
      war NOUN NN 6 compound
      zone NOUN NN 0 root
      . PUNCT . 6 punct`);
    const out = extractRelations(s, [named(s, 0, 1, "Location")]);
    expect(out.triples.map((t) => [t.predicate, t.object.name, t.negated])).toEqual([["not is", "war zone", true]]);
    expect(out.propositions.map((p) => [p.relation, ...p.args])).toEqual([["is not", "Portland", "a war zone"]]);
  });

  it("keeps a predicate nominal's preposition in the relation (\"are in Cairo\")", () => {
    const s = tree(`
      The DET DT 2 det
      rebels NOUN NNS 5 nsubj
      are AUX VBP 5 cop
      in ADP IN 5 case
      Cairo PROPN NNP 0 root
      . PUNCT . 5 punct`);
    const out = extractRelations(s, [named(s, 4, 5, "Location")]);
    expect(triples(out)).toEqual(["rebels | is in | Cairo"]);
    expect(out.propositions.map((p) => [p.relation, ...p.args])).toEqual([["are in", "The rebels", "Cairo"]]);
  });

  it("gives each coordinated name in a copula's subject the relation, in the graph only", () => {
    const s = tree(`
      Korea PROPN NNP 6 nsubj
      and CCONJ CC 3 cc
      Japan PROPN NNP 1 conj
      are AUX VBP 6 cop
      close ADJ JJ 6 amod
      allies NOUN NNS 0 root
      of ADP IN 8 case
      Washington PROPN NNP 6 nmod`);
    const out = extractRelations(s, [named(s, 0, 1, "Location"), named(s, 2, 3, "Location"), named(s, 7, 8, "Location")]);
    expect(triples(out).filter((x) => x.includes("| is |"))).toEqual(["Japan | is | close allies of Washington", "Korea | is | close allies of Washington"]);
    expect(out.propositions.filter((p) => p.relation === "are").map((p) => p.args[0])).toEqual(["Korea"]);
  });

  it("takes a lone named indirect object as the object, and counts any as one (no edge to a date then)", () => {
    const s = tree(`
      Roe PROPN NNP 2 nsubj
      told VERB VBD 0 root
      Reuters PROPN NNP 2 iobj
      on ADP IN 5 case
      Monday PROPN NNP 2 obl`);
    const monday = { ...named(s, 4, 5, "Date"), value: "--" };
    expect(triples(extractRelations(s, [named(s, 0, 1, "Person"), named(s, 2, 3, "Organization"), monday]))).toEqual(["Roe | told | Reuters"]);
    const plain = tree(`
      Roe PROPN NNP 2 nsubj
      told VERB VBD 0 root
      supporters NOUN NNS 2 iobj
      on ADP IN 5 case
      Monday PROPN NNP 2 obl`);
    const monday2 = { ...named(plain, 4, 5, "Date"), value: "--" };
    expect(triples(extractRelations(plain, [named(plain, 0, 1, "Person"), monday2]))).toEqual([]);
  });

  it("reads a year before a singular noun as naming it, not counting it", () => {
    const s = tree(`
      Kast PROPN NNP 2 nsubj
      lost VERB VBD 0 root
      the DET DT 5 det
      2021 NUM CD 5 nummod
      runoff NOUN NN 2 obj
      and CCONJ CC 7 cc
      sold VERB VBD 2 conj
      1990 NUM CD 9 nummod
      cars NOUN NNS 7 obj`);
    const out = extractRelations(s, [named(s, 0, 1, "Person")]);
    expect(out.triples.map((t) => `${t.object.name}:${t.object.type}`).sort()).toEqual(["1990 cars:Quantity", "2021 runoff:Concept"]);
  });

  it("counts a phrase by its head's own number, not by a number inside its modifiers", () => {
    const s = tree(`
      Acme PROPN NNP 2 nsubj
      held VERB VBD 0 root
      a DET DT 4 det
      meeting NOUN NN 2 obj
      of ADP IN 7 case
      eight NUM CD 7 nummod
      members NOUN NNS 4 nmod`);
    const out = extractRelations(s, [named(s, 0, 1, "Organization")]);
    expect(out.triples.map((t) => `${t.object.name}:${t.object.type}`)).toEqual(["meeting of eight members:Concept"]);
  });

  it("gives a \"to\" clause read as an adverbial the object of a verb of object control, right after the object", () => {
    const forcing = tree(`
      Acme PROPN NNP 2 nsubj
      forced VERB VBD 0 root
      residents NOUN NNS 2 obj
      to PART TO 5 mark
      leave VERB VB 2 advcl
      homes NOUN NNS 5 obj`);
    expect(triples(extractRelations(forcing, [named(forcing, 0, 1, "Organization")]))).toEqual(["Acme | forced | residents", "residents | leave | homes"]);
    // "Acme led a mission to Poland to study the plan": the purpose of the leader, not of the mission
    const led = tree(`
      Acme PROPN NNP 2 nsubj
      led VERB VBD 0 root
      a DET DT 4 det
      mission NOUN NN 2 obj
      to ADP IN 6 case
      Poland PROPN NNP 2 obl
      to PART TO 8 mark
      study VERB VB 2 advcl
      the DET DT 10 det
      plan NOUN NN 8 obj`);
    expect(triples(extractRelations(led, [named(led, 0, 1, "Organization"), named(led, 5, 6, "Location")]))).toContain("Acme | study | plan");
  });

  it("gives a \"to\" clause beside an object and an indirect object to the indirect object", () => {
    const s = tree(`
      Officials NOUN NNS 2 nsubj
      gave VERB VBD 0 root
      residents NOUN NNS 2 iobj
      two NUM CD 5 nummod
      hours NOUN NNS 2 obj
      to PART TO 7 mark
      leave VERB VB 2 advcl
      the DET DT 9 det
      area NOUN NN 7 obj`);
    expect(triples(extractRelations(s, []))).toContain("residents | leave | area");
  });

  it("gives a \"to\" clause on a span of time the subject of the verb the span belongs to", () => {
    const s = tree(`
      Acme PROPN NNP 2 nsubj
      has VERB VBZ 0 root
      60 NUM CD 4 nummod
      days NOUN NNS 2 obj
      to PART TO 6 mark
      respond VERB VB 4 acl
      to ADP IN 8 case
      regulators NOUN NNS 6 obl`);
    expect(triples(extractRelations(s, [named(s, 0, 1, "Organization")]))).toEqual(["Acme | has | 60 days", "Acme | respond to | regulators"]);
    // an unresolved pronoun stays the proposition's subject: "They waited for 40 years only to marry in 2000"
    const they = tree(`
      They PRON PRP 2 nsubj
      waited VERB VBD 0 root
      for ADP IN 5 case
      40 NUM CD 5 nummod
      years NOUN NNS 2 obl
      to PART TO 7 mark
      marry VERB VB 5 acl
      in ADP IN 9 case
      2000 NUM CD 7 obl`);
    expect(extractRelations(they, []).propositions.map((p) => [p.relation, ...p.args])).toContainEqual(["marry in", "They", "2000"]);
  });

  it("gives a clause on the complement of \"become\" the verb's subject", () => {
    const s = tree(`
      Roe PROPN NNP 2 nsubj
      became VERB VBD 0 root
      the DET DT 5 det
      first ADJ JJ 5 amod
      woman NOUN NN 2 xcomp
      to PART TO 7 mark
      run VERB VB 5 acl
      the DET DT 9 det
      race NOUN NN 7 obj`);
    expect(triples(extractRelations(s, [named(s, 0, 1, "Person")]))).toContain("Roe | run | race");
  });

  it("takes the person a title introduces as the argument when the parser made the place before it the head", () => {
    const s = tree(`
      Oregon PROPN NNP 5 nsubj
      Governor PROPN NNP 1 compound
      Tina PROPN NNP 2 flat
      Kotek PROPN NNP 3 flat
      welcomed VERB VBD 0 root
      the DET DT 7 det
      ruling NOUN NN 5 obj`);
    const out = extractRelations(s, [named(s, 0, 1, "Location"), named(s, 2, 4, "Person")]);
    expect(triples(out)).toContain("Tina Kotek | welcomed | ruling");
    expect(triples(out).filter((t) => t.startsWith("Oregon |"))).toEqual([]);
  });

  it("resolves an object pronoun to a person other than its clause's subject", () => {
    const prev = tree(`
      Kast PROPN NNP 2 nsubj
      left VERB VBD 0 root`);
    const kast = named(prev, 0, 1, "Person");
    const s = tree(`
      Judge PROPN NNP 2 compound
      Roe PROPN NNP 3 nsubj
      ordered VERB VBD 0 root
      him PRON PRP 3 obj
      to PART TO 6 mark
      pay VERB VB 3 xcomp
      taxes NOUN NNS 6 obj`, 1, 20);
    expect(triples(extractRelations(s, [named(s, 0, 2, "Person")], { previous: [kast] }))).toEqual(["Judge Roe | ordered | Kast", "Kast | pay | taxes"]);
  });

  it("resolves a pronoun to a person of its gender when earlier pronouns gave one", () => {
    const prev = tree(`
      Ann PROPN NNP 2 nsubj
      met VERB VBD 0 root
      Tom PROPN NNP 2 obj`);
    const ann = named(prev, 0, 1, "Person");
    const tom = named(prev, 2, 3, "Person");
    const he = { ...tom, text: "he", coreference: true };
    const s = tree(`
      Voters NOUN NNS 2 nsubj
      backed VERB VBD 0 root
      her PRON PRP 2 obj`, 1, 20);
    expect(triples(extractRelations(s, [], { previous: [ann, tom, he] }))).toEqual(["Voters | backed | Ann"]);
    // Without the pronoun that made Tom a man, the nearest person.
    expect(triples(extractRelations(s, [], { previous: [ann, tom] }))).toEqual(["Voters | backed | Tom"]);
  });

  it("resolves a possessive to its clause's subject, and reports the personal pronouns no triple has", () => {
    const prev = tree(`
      Carter PROPN NNP 2 nsubj
      lost VERB VBD 0 root
      to ADP IN 4 case
      Reagan PROPN NNP 2 obl`);
    const carter = named(prev, 0, 1, "Person");
    const reagan = named(prev, 3, 4, "Person");
    const s = tree(`
      He PRON PRP 2 nsubj
      won VERB VBD 0 root
      praise NOUN NN 2 obj
      for ADP IN 6 case
      his PRON PRP$ 6 nmod:poss
      work NOUN NN 2 obl`, 1, 40);
    const out = extractRelations(s, [], { previous: [carter, reagan], subjects: new Set([carter]) });
    expect(triples(out)).toContain("Carter | won | praise");
    expect(out.references.map((m) => `${m.text}=${m.name}`)).toEqual(["He=Carter", "his=Carter"]);
  });

  it("resolves a sentence-opening subject pronoun to the last sentence's subject person before a nearer person", () => {
    const prev = tree(`
      Kast PROPN NNP 6 nsubj
      , PUNCT , 3 punct
      who PRON WP 3 nsubj
      lost VERB VBD 1 acl:relcl
      to ADP IN 5 case
      Boric PROPN NNP 3 obl
      promised VERB VBD 0 root
      a DET DT 8 det
      wall NOUN NN 6 obj`);
    const kast = named(prev, 0, 1, "Person");
    const boric = named(prev, 5, 6, "Person");
    const s = tree(`
      He PRON PRP 2 nsubj
      cut VERB VBD 0 root
      taxes NOUN NNS 2 obj`, 1, 60);
    expect(triples(extractRelations(s, [], { previous: [kast, boric], subjects: new Set([kast]) }))).toEqual(["Kast | cut | taxes"]);
    // Without a subject among them, the nearest person.
    expect(triples(extractRelations(s, [], { previous: [kast, boric], subjects: new Set() }))).toEqual(["Boric | cut | taxes"]);
    // An object pronoun keeps the nearest person.
    const o = tree(`
      Voters PROPN NNS 2 nsubj
      backed VERB VBD 0 root
      him PRON PRP 2 obj`, 1, 60);
    expect(triples(extractRelations(o, [], { previous: [kast, boric], subjects: new Set([kast]) }))).toEqual(["Voters | backed | Boric"]);
  });

  it("gives a reporting verb in parataxis the clause it interrupts as content", () => {
    const s = tree(`
      Sales NOUN NNS 2 nsubj
      rose VERB VBD 0 root
      sharply ADV RB 2 advmod
      , PUNCT , 6 punct
      the DET DT 6 det
      firm NOUN NN 7 nsubj
      added VERB VBD 2 parataxis
      . PUNCT . 2 punct`);
    const out = extractRelations(s, []);
    expect(out.propositions.map((p) => [p.relation, ...p.args])).toContainEqual(["added", "the firm", "Sales rose sharply"]);
    // and a triple: the graph's edge from the firm to what it said
    expect(triples(out)).toContain("firm | added | Sales rose sharply");
  });

  it("leaves the conjunction that joins an interrupted clause to the one before out of what was said", () => {
    const s = tree(`
      Acme PROPN NNP 2 nsubj
      bid VERB VBD 0 root
      , PUNCT , 6 punct
      but CCONJ CC 6 cc
      Roe PROPN NNP 6 nsubj
      left VERB VBD 2 conj
      , PUNCT , 9 punct
      Doe PROPN NNP 9 nsubj
      said VERB VBD 6 parataxis`);
    expect(triples(extractRelations(s, [named(s, 7, 8, "Person")]))).toContain("Doe | said | Roe left");
  });

  it("makes what a verb reports its object, before its prepositional arguments", () => {
    const interrupted = tree(`
      Sales NOUN NNS 2 nsubj
      rose VERB VBD 0 root
      , PUNCT , 5 punct
      officials NOUN NNS 5 nsubj
      said VERB VBD 2 parataxis
      on ADP IN 7 case
      Sunday PROPN NNP 5 obl
      . PUNCT . 2 punct`);
    expect(extractRelations(interrupted, []).propositions.map((p) => [p.relation, ...p.args])).toContainEqual(["said", "officials", "Sales rose", "on Sunday"]);
    const complement = tree(`
      Officials NOUN NNS 2 nsubj
      said VERB VBD 0 root
      after ADP IN 5 case
      the DET DT 5 det
      match NOUN NN 2 obl
      that SCONJ IN 9 mark
      he PRON PRP 9 nsubj
      was AUX VBD 9 cop
      lucky ADJ JJ 2 ccomp
      . PUNCT . 2 punct`);
    expect(extractRelations(complement, []).propositions.map((p) => [p.relation, ...p.args])).toContainEqual(["said that", "Officials", "he was lucky", "after the match"]);
  });

  it("keeps a verb's prepositional object when the \"that\" clause after it may be the noun's relative clause", () => {
    // "It pointed to ailments that the reforms failed to cure": the clause lacks its object.
    const s = tree(`
      It PRON PRP 2 nsubj
      pointed VERB VBD 0 root
      to ADP IN 4 case
      ailments NOUN NNS 2 obl
      that SCONJ IN 8 mark
      the DET DT 7 det
      reforms NOUN NNS 8 nsubj
      failed VERB VBD 2 ccomp
      to PART TO 10 mark
      cure VERB VB 8 xcomp
      . PUNCT . 2 punct`);
    const props = extractRelations(s, []).propositions.map((p) => [p.relation, ...p.args]);
    expect(props).toContainEqual(["pointed to", "It", "ailments"]);
    expect(props.some((p) => p[0] === "pointed that")).toBe(false);
  });

  it("keeps an object's clauses in the proposition's argument, not in the graph's mention", () => {
    const s = tree(`
      Acme PROPN NNP 2 nsubj
      passed VERB VBD 0 root
      a DET DT 4 det
      rule NOUN NN 2 obj
      that PRON WDT 6 nsubj
      bans VERB VBZ 4 acl:relcl
      fees NOUN NNS 6 obj`);
    const out = extractRelations(s, [named(s, 0, 1, "Organization")]);
    expect(out.propositions.map((p) => [p.relation, ...p.args])).toContainEqual(["passed", "Acme", "a rule that bans fees"]);
    expect(triples(out)).toContain("Acme | passed | rule");
  });

  it("states a title before a person's name as a proposition, but not a form of address", () => {
    const s = tree(`
      Mr. PROPN NNP 2 compound
      Baker PROPN NNP 3 nsubj
      thanked VERB VBD 0 root
      former ADJ JJ 5 amod
      Attorney PROPN NNP 7 compound
      Todd PROPN NNP 7 compound
      Graves PROPN NNP 3 obj`);
    const out = extractRelations(s, [named(s, 1, 2, "Person"), named(s, 5, 7, "Person")]);
    const is = out.propositions.filter((p) => p.relation === "is").map((p) => p.args);
    expect(is).toEqual([["Todd Graves", "former Attorney"]]);
  });

  it("keeps a bare temporal argument in the proposition", () => {
    const s = tree(`
      The DET DT 2 det
      bills NOUN NNS 3 nsubj
      settle VERB VBP 0 root
      today NOUN NN 3 obl:tmod
      in ADP IN 6 case
      cash NOUN NN 3 obl`);
    expect(extractRelations(s, []).propositions.map((p) => [p.relation, ...p.args])).toEqual([["settle in", "The bills", "cash", "today"]]);
    const bare = tree(`
      Prices NOUN NNS 2 nsubj
      fell VERB VBD 0 root
      yesterday NOUN NN 2 obl:tmod`);
    expect(extractRelations(bare, []).propositions.map((p) => [p.relation, ...p.args])).toEqual([["fell", "Prices", "yesterday"]]);
  });

  it("returns nothing for an unparsed sentence", () => {
    const s = { ...tree("A X X 0 root"), tokens: [{ text: "A", start: 0, end: 1 }] };
    expect(extractRelations(s, [])).toEqual({ triples: [], propositions: [], references: [] });
  });
});
