import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph/resolve.js";
import { acronymOf, fullerName, normalizeName } from "../../src/graph/names.js";
import { DocBuilder } from "../helpers/docs.js";

describe("names", () => {
  it.each([
    ["The United Nations", "united nations"],
    ["Egypt\u2019s", "egypt"],
    ["Café  Müller", "cafe muller"],
  ])("normalizeName(%j) = %j", (a, b) => expect(normalizeName(a)).toBe(b));

  it.each([
    ["Israel Defense Forces", "IDF"],
    ["United Nations", "UN"],
    ["Bank of England", "BE"],
    ["Reuters", undefined],
  ])("acronymOf(%j) = %j", (a, b) => expect(acronymOf(a)).toBe(b));

  it.each([
    ["LOS ANGELES", "Los Angeles", "Los Angeles"],
    ["Amsterdam", "AMSTERDAM", "Amsterdam"],
    ["Herzi Halevi", "Halevi", "Herzi Halevi"],
    // acronyms keep their capitals
    ["NATO", "Nato", "NATO"],
    ["Idf", "IDF", "IDF"],
  ])("fullerName(%j, %j) = %j", (a, b, expected) => expect(fullerName(a, b)).toBe(expected));
});

describe("buildGraph", () => {
  it("merges a person's full name, title form and surname into one entity", () => {
    const d = new DocBuilder("Army chief General Dana Levin resigned. Levin said the army failed. Dana Levin left.");
    d.mention("Dana Levin", "Person");
    d.mention("Levin", "Person", { nth: 1 });
    d.mention("Dana Levin", "Person", { nth: 1 });
    const g = buildGraph([d.build()]);
    expect(g.entities).toHaveLength(1);
    expect(g.entities[0]).toMatchObject({ id: "person:dana-levin", name: "Dana Levin", type: "Person", aliases: ["Levin"] });
    expect(g.entities[0]!.mentions).toHaveLength(3);
    for (const m of g.entities[0]!.mentions) expect(d.text.slice(m.start, m.end)).toBe(m.text);
  });


  it.each([
    ["Lisa Su leads the firm. Su said sales rose.", "Lisa Su", "Su", 1, ["Lisa Su"]],
    ["Xi Jinping spoke. Xi said trade grew.", "Xi Jinping", "Xi", 1, ["Xi Jinping"]],
    // a particle or a suffix stands for no one alone
    ["Lula da Silva spoke. Da said trade grew.", "Lula da Silva", "Da", 0, ["Da", "Lula da Silva"]],
    ["Martin Luther King Jr spoke. Jr said trade grew.", "Martin Luther King Jr", "Jr", 1, ["Jr", "Martin Luther King Jr"]],
  ])("joins a two-letter name to the person it is part of: %j", (text, full, short, nth, names) => {
    const d = new DocBuilder(text);
    d.mention(full, "Person");
    d.mention(short, "Person", { nth });
    expect(buildGraph([d.build()]).entities.map((e) => e.name).sort()).toEqual(names);
  });
  it("keeps two people with the same surname apart when the short form is ambiguous", () => {
    const d = new DocBuilder("Anna Berg met Tom Berg. Berg spoke.");
    d.mention("Anna Berg", "Person");
    d.mention("Tom Berg", "Person");
    d.mention("Berg", "Person", { nth: 2 });
    const g = buildGraph([d.build()]);
    expect(g.entities.map((e) => e.name).sort()).toEqual(["Anna Berg", "Berg", "Tom Berg"]);
  });

  it("joins a one-word name of another kind to a person only in that person's document", () => {
    const a = new DocBuilder("Carter defeated Gerald Ford in 1976.", "a.txt");
    a.mention("Carter", "Person");
    a.mention("Gerald Ford", "Person");
    const b = new DocBuilder("Toyota has been slower than Ford to launch electric models.", "b.txt");
    b.mention("Toyota", "Organization");
    b.mention("Ford", "Organization");
    const g = buildGraph([a.build(), b.build()]);
    expect(g.entities.map((e) => `${e.type} ${e.name}`).sort()).toEqual(["Organization Ford", "Organization Toyota", "Person Carter", "Person Gerald Ford"]);
  });

  it("joins a short form to the one person of that name named before it in the document", () => {
    const d = new DocBuilder("Han Kang won. Han, 53, thanked her father, Han Seung-won.");
    d.mention("Han Kang", "Person");
    d.mention("Han", "Person", { nth: 1 });
    d.mention("Han Seung-won", "Person");
    const g = buildGraph([d.build()]);
    expect(g.entities.map((e) => `${e.name} [${e.aliases.join("; ")}]`).sort()).toEqual(["Han Kang [Han]", "Han Seung-won []"]);
  });

  it("joins an acronym to the organization it abbreviates", () => {
    const d = new DocBuilder("The World Health Organization warned. The WHO said more.");
    d.mention("World Health Organization", "Organization");
    d.mention("WHO", "Organization");
    const g = buildGraph([d.build()]);
    expect(g.entities).toHaveLength(1);
    expect(g.entities[0]!.aliases).toContain("WHO");
  });

  it("joins the end of a longer person's name in the same document", () => {
    const d = new DocBuilder("Ursula von der Leyen spoke. Von der Leyen left. Anna Berg and Tom Berg met.");
    d.mention("Ursula von der Leyen", "Person");
    d.mention("Von der Leyen", "Person");
    const g = buildGraph([d.build()]);
    expect(g.entities).toHaveLength(1);
    expect(g.entities[0]).toMatchObject({ name: "Ursula von der Leyen", aliases: ["Von der Leyen"] });
  });

  it("joins an organization's name with and without its country, in either order, when one fits", () => {
    const one = new DocBuilder("The Supreme Court ruled. The U.S. Supreme Court had heard the case.");
    one.mention("Supreme Court", "Organization");
    one.mention("U.S. Supreme Court", "Organization");
    expect(buildGraph([one.build()]).entities.map((e) => e.name)).toEqual(["U.S. Supreme Court"]);
    const back = new DocBuilder("The Russian Foreign Ministry said so. The Foreign Ministry added more.");
    back.mention("Russian Foreign Ministry", "Organization");
    back.mention("Foreign Ministry", "Organization");
    expect(buildGraph([back.build()]).entities.map((e) => e.name)).toEqual(["Russian Foreign Ministry"]);
    // Two countries' ministries: "the Foreign Ministry" stays apart.
    const two = new DocBuilder("The Russian Foreign Ministry and the Ukrainian Foreign Ministry spoke. The Foreign Ministry added more.");
    two.mention("Russian Foreign Ministry", "Organization");
    two.mention("Ukrainian Foreign Ministry", "Organization");
    two.mention("Foreign Ministry", "Organization", { nth: 2 });
    expect(buildGraph([two.build()]).entities.map((e) => e.name).sort()).toEqual(["Foreign Ministry", "Russian Foreign Ministry", "Ukrainian Foreign Ministry"]);
  });

  it("joins an organization's name with and without what it is of, in either order, when one fits", () => {
    const one = new DocBuilder("The Alder Institute of Norland grew. The Alder Institute said so.");
    one.mention("Alder Institute of Norland", "Organization");
    one.mention("Alder Institute", "Organization");
    expect(buildGraph([one.build()]).entities.map((e) => e.name)).toEqual(["Alder Institute of Norland"]);
    const back = new DocBuilder("The Central Bank said so. The Central Bank of Norland added more.");
    back.mention("Central Bank", "Organization");
    back.mention("Central Bank of Norland", "Organization");
    expect(buildGraph([back.build()]).entities.map((e) => e.name)).toEqual(["Central Bank of Norland"]);
    // Two central banks: apart.
    const two = new DocBuilder("The Central Bank of Norland and the Central Bank of Estia met. The Central Bank said so.");
    two.mention("Central Bank of Norland", "Organization");
    two.mention("Central Bank of Estia", "Organization");
    two.mention("Central Bank", "Organization", { nth: 2 });
    expect(buildGraph([two.build()]).entities.map((e) => e.name).sort()).toEqual(["Central Bank", "Central Bank of Estia", "Central Bank of Norland"]);
  });

  it("joins an organization's head noun alone to the one organization it heads in the document", () => {
    const one = new DocBuilder("The European Commission met. The Commission agreed.");
    one.mention("European Commission", "Organization");
    one.mention("Commission", "Organization");
    expect(buildGraph([one.build()]).entities.map((e) => e.name)).toEqual(["European Commission"]);
    // Two commissions: "the Commission" stays apart.
    const two = new DocBuilder("The European Commission and the Federal Trade Commission met. The Commission agreed.");
    two.mention("European Commission", "Organization");
    two.mention("Federal Trade Commission", "Organization");
    two.mention("Commission", "Organization", { nth: 2 });
    expect(buildGraph([two.build()]).entities.map((e) => e.name).sort()).toEqual(["Commission", "European Commission", "Federal Trade Commission"]);
    // A span over two names is headed by neither.
    const pair = new DocBuilder("Braves and Cubs split a doubleheader. The Cubs won.");
    pair.mention("Braves and Cubs", "Organization");
    pair.mention("Cubs", "Organization", { nth: 1 });
    expect(buildGraph([pair.build()]).entities.map((e) => e.name).sort()).toEqual(["Braves and Cubs", "Cubs"]);
  });

  it("joins an organization's first word alone to the one organization whose name it opens in the document", () => {
    const one = new DocBuilder("Rivermark Foods Inc cut jobs. Shares of Rivermark fell.");
    one.mention("Rivermark Foods Inc", "Organization");
    one.mention("Rivermark", "Organization");
    expect(buildGraph([one.build()]).entities.map((e) => e.name)).toEqual(["Rivermark Foods Inc"]);
    // Not the first word of a longer name, which names a part of it.
    const unit = new DocBuilder("Kalu Web Services grew. Shares of Kalu fell.");
    unit.mention("Kalu Web Services", "Organization");
    unit.mention("Kalu", "Organization");
    expect(buildGraph([unit.build()]).entities.map((e) => e.name).sort()).toEqual(["Kalu", "Kalu Web Services"]);
    // Two organizations open with the word: it stays apart.
    const two = new DocBuilder("Acme Foods and Acme Steel merged. Acme said so.");
    two.mention("Acme Foods", "Organization");
    two.mention("Acme Steel", "Organization");
    two.mention("Acme", "Organization", { nth: 2 });
    expect(buildGraph([two.build()]).entities.map((e) => e.name).sort()).toEqual(["Acme", "Acme Foods", "Acme Steel"]);
    // A country opening an organization's name is not that organization.
    const place = new DocBuilder("Israel Aerospace Industries won. Israel said so.");
    place.mention("Israel Aerospace Industries", "Organization");
    place.mention("Israel", "Organization", { nth: 1 });
    expect(buildGraph([place.build()]).entities.map((e) => e.name).sort()).toEqual(["Israel", "Israel Aerospace Industries"]);
  });

  it("merges entities across documents and keeps mentions per document", () => {
    const a = new DocBuilder("Acme Corp hired Jane Roe.", "a.txt");
    a.triple(a.mention("Acme Corp", "Organization"), "hired", a.mention("Jane Roe", "Person"));
    const b = new DocBuilder("Roe later left Acme Corp for good.", "b.txt");
    b.triple(b.mention("Roe", "Person"), "left", b.mention("Acme Corp", "Organization"));
    const g = buildGraph([a.build(), b.build()]);
    const roe = g.entities.find((e) => e.name === "Jane Roe")!;
    expect(new Set(roe.mentions.map((m) => m.doc))).toEqual(new Set([a.id, b.id]));
    expect(g.relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`).sort()).toEqual([
      "organization:acme-corp hired person:jane-roe",
      "person:jane-roe left organization:acme-corp",
    ]);
  });

  it("gives a yearless date the full date with the same day, and dates ISO ids", () => {
    const d = new DocBuilder("It began on March 3, 2021. Since March 3 nothing changed.");
    d.mention("March 3, 2021", "Date", { value: "2021-03-03" });
    d.mention("March 3", "Date", { nth: 1, value: "--03-03" });
    const g = buildGraph([d.build()]);
    expect(g.entities).toHaveLength(1);
    expect(g.entities[0]!.id).toBe("date:2021-03-03");
  });

  it("is deterministic and combines evidence confidence", () => {
    const d = new DocBuilder("Acme sued Beta. Later, Acme sued Beta again.");
    d.triple(d.mention("Acme", "Organization"), "sued", d.mention("Beta", "Organization"), 0.5);
    d.triple(d.mention("Acme", "Organization", { nth: 1 }), "sued", d.mention("Beta", "Organization", { nth: 1 }), 0.5);
    const g1 = buildGraph([d.build()]);
    const g2 = buildGraph([d.build()]);
    expect(g1).toEqual(g2);
    expect(g1.relations).toHaveLength(1);
    expect(g1.relations[0]!.evidence).toHaveLength(2);
    expect(g1.relations[0]!.confidence).toBe(0.75);
  });

  it("resolves new mentions against entities already stored", () => {
    const d = new DocBuilder("Levin spoke again.");
    d.mention("Levin", "Person");
    const g = buildGraph([d.build()], [{ id: "person:dana-levin", name: "Dana Levin", type: "Person", aliases: [] }]);
    expect(g.entities.map((e) => e.id)).toEqual(["person:dana-levin"]);
  });
});
