import { describe, expect, it } from "vitest";
import { DEMONYMS, isNationalPersonNoun, isObjectControlVerb, isTitleWord, nameHead } from "../../src/pipeline/lexicon.js";

describe("demonyms", () => {
  // A demonym several territories share names the UN member state.
  it.each([
    ["French", "France"],
    ["Dutch", "Netherlands"],
    ["Indian", "India"],
    ["Norwegian", "Norway"],
    ["American", "United States"],
    ["Israeli", "Israel"],
    // short forms the country data lacks
    ["Saudi", "Saudi Arabia"],
    ["Emirati", "United Arab Emirates"],
    // adjectives that differ from the data's demonym
    ["Philippine", "Philippines"],
    ["Slovenian", "Slovenia"],
  ])("%s -> %s", (demonym, country) => {
    expect(DEMONYMS.get(demonym)).toBe(country);
  });
});

describe("title words", () => {
  it.each([
    ["President", true],
    ["gen.", true],
    ["Director-General", true],
    ["secretary-general", true],
    ["Attorney", true],
    ["Alderman", true],
    ["well-known", false],
    ["Director-Designate", false],
    ["Paxton", false],
  ])("%s: %s", (word, expected) => expect(isTitleWord(word)).toBe(expected));
});

describe("object-control verbs", () => {
  it.each([
    ["urged", true],
    ["asks", true],
    ["forcing", true],
    ["told", true],
    ["allowed", true],
    ["hired", true],
    ["beat", false],
    ["used", false],
    ["agreed", false],
  ])("%s: %s", (word, expected) => {
    expect(isObjectControlVerb(word)).toBe(expected);
  });
});

describe("nationality nouns for one person", () => {
  it.each([
    ["Italian", true],
    ["Israeli", true],
    ["Spaniard", true],
    ["Briton", true],
    ["Spanish", false],
    ["Chinese", false],
    ["Swiss", false],
    ["driver", false],
  ])("%s: %s", (word, expected) => {
    expect(isNationalPersonNoun(word)).toBe(expected);
  });
});

describe("head noun of an organization's name", () => {
  it.each([
    ["European Commission", "commission"],
    ["Ministry of Health", "ministry"],
    ["Institute for Fiscal Studies", "institute"],
    ["Smart Lander for Investigating Moon", "lander"],
    ["Committee to Protect Journalists", "committee"],
    ["Braves and Cubs", undefined],
    ["Reuters", undefined],
  ])("%s -> %s", (name, head) => {
    expect(nameHead(name)).toBe(head);
  });

  it("keeps \"the moon\" apart from a name that ends in Moon", async () => {
    const { analyzeDocument } = await import("../../src/pipeline/analyze.js");
    const { loadAnnotators } = await import("../../src/pipeline/annotators.js");
    const text = "The Smart Lander for Investigating Moon touched down near a crater. Only India has landed on the moon before.\n";
    const doc = analyzeDocument({ id: "d", source: "test", text }, await loadAnnotators());
    const found = doc.triples.map((t) => `${t.subject.name} | ${t.predicate} | ${t.object.name}`);
    expect(found).toContain("India | landed on | moon");
  });
});
