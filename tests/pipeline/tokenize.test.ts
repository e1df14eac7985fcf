import { describe, expect, it } from "vitest";
import { splitSentences, tokenize } from "../../src/pipeline/tokenize.js";

const words = (text: string) => tokenize(text).map((t) => t.text);

describe("tokenize", () => {
  it.each([
    ["The cat sat.", ["The", "cat", "sat", "."]],
    ["Egypt's army", ["Egypt", "'s", "army"]],
    ["Egypt\u2019s army", ["Egypt", "\u2019s", "army"]],
    ["They don't know", ["They", "do", "n't", "know"]],
    ["the U.S. and Gen. Smith", ["the", "U.S.", "and", "Gen.", "Smith"]],
    ["killing 1,218 people, mostly", ["killing", "1,218", "people", ",", "mostly"]],
    ["\u201cintensive talks\u201d are", ["\u201c", "intensive", "talks", "\u201d", "are"]],
    ["ministry\u2014figures", ["ministry", "\u2014", "figures"]],
    ["the Hamas-run ministry", ["the", "Hamas-run", "ministry"]],
    ["the hostages' families", ["the", "hostages", "'", "families"]],
    ["(AFP)", ["(", "AFP", ")"]],
    // a percent sign is a token of its own, as the treebanks write it
    ["rose 2.5% on", ["rose", "2.5", "%", "on"]],
    ["a 5%.", ["a", "5", "%", "."]],
    // and so is a currency sign before a number
    ["fell to $63.90 a barrel", ["fell", "to", "$", "63.90", "a", "barrel"]],
    ["\u20ac500 million and US$5", ["\u20ac", "500", "million", "and", "US$5"]],
    ["Wait...", ["Wait", "..."]],
    ["on `` Velocity '' ,", ["on", "``", "Velocity", "''", ","]],
    // already-tokenized text: a clitic written apart from its word stays whole, quotes do not
    ["the firm 's plan , they 're ready and Marc 's.", ["the", "firm", "'s", "plan", ",", "they", "'re", "ready", "and", "Marc", "'s", "."]],
    ["the letter 'd' is 'quoted'", ["the", "letter", "'", "d", "'", "is", "'", "quoted", "'"]],
    ["'s at the start", ["'", "s", "at", "the", "start"]],
    ["", []],
  ])("%j", (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it("keeps offsets that slice back to the token text", () => {
    const text = "Israeli Prime Minister Benjamin Netanyahu\u2019s office said \u201cno\u201d \u2014 twice.";
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("handles other scripts and emoji without losing characters", () => {
    const text = "Beijing \u5317\u4eac \ud83d\ude00 ok.";
    const tokens = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.text)).toContain("\ud83d\ude00");
  });
});

describe("splitSentences", () => {
  const split = (text: string) => splitSentences(text).map((s) => s.text);

  it.each([
    ["One. Two.", ["One.", "Two."]],
    ["Headline here\nBody starts. Then more.", ["Headline here", "Body starts.", "Then more."]],
    ["Gen. Smith spoke. He left.", ["Gen. Smith spoke.", "He left."]],
    ["He said \u201cgo.\u201d Then he left.", ["He said \u201cgo.\u201d", "Then he left."]],
    // a straight quote closes the sentence when it follows the mark, and opens the next one when it is attached to its first word
    ['He said "go." Then he left.', ['He said "go."', "Then he left."]],
    ['She won. "I am happy," she said.', ["She won.", '"I am happy," she said.']],
    ['He said: "We won." "Really?" she asked.', ['He said: "We won."', '"Really?" she asked.']],
    ["Talks in the U.S. were held.", ["Talks in the U.S. were held."]],
    ["The court overturned Roe v. Wade in 2022.", ["The court overturned Roe v. Wade in 2022."]],
    ["Is it? Yes! Fine.", ["Is it?", "Yes!", "Fine."]],
    ["Prices rose 3.5 percent. Stocks fell.", ["Prices rose 3.5 percent.", "Stocks fell."]],
    ["   ", []],
    ["PARIS \u2014 The talks resumed.", ["PARIS \u2014", "The talks resumed."]],
    ["Lagos, Nigeria (Reuters) - Prices rose.", ["Lagos, Nigeria (Reuters) -", "Prices rose."]],
    // with the date the wire adds after the place
    ["SEOUL, March 14 (Reuters) - The bank held rates.", ["SEOUL, March 14 (Reuters) -", "The bank held rates."]],
    ["BUENOS AIRES, Nov 20 (Reuters) - Voters chose.", ["BUENOS AIRES, Nov 20 (Reuters) -", "Voters chose."]],
    ["WASHINGTON, Jan. 5, 2024 (AP) \u2014 Congress met.", ["WASHINGTON, Jan. 5, 2024 (AP) \u2014", "Congress met."]],
    // a state abbreviated as news style does it, in a dateline and in running text
    ["CAPE CANAVERAL, Fla. (AP) - A rocket lifted off.", ["CAPE CANAVERAL, Fla. (AP) -", "A rocket lifted off."]],
    ["She moved to Fla. The heat was worse.", ["She moved to Fla.", "The heat was worse."]],
    ["He felt ill. Then he left.", ["He felt ill.", "Then he left."]],
    // a number right at the start is no date of a dateline
    ["Apple 3 - Google 1 was the score.", ["Apple 3 - Google 1 was the score."]],
    ["Prices rose \u2014 sharply.", ["Prices rose \u2014 sharply."]],
    // a sentence that opens with a name and a dash is no dateline
    ["The Avocado Commission -- which led the fight -- said no.", ["The Avocado Commission -- which led the fight -- said no."]],
  ])("%j", (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it("marks a dateline as one", () => {
    expect(splitSentences("LOS ANGELES (Reuters) - A fire spread.").map((s) => s.dateline ?? false)).toEqual([true, false]);
  });

  it("gives sentence offsets into the original text", () => {
    const text = "  First one.\n\nSecond one here.  ";
    for (const s of splitSentences(text)) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.tokens[0]!.start).toBe(s.start);
    }
  });
});
