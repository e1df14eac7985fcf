// Dates and times by rules (chrono-node), normalized to ISO 8601 against the document's date when known.
// Without a document date, a date with no year stays partial ("--01-19"); relative ones keep no value.
import * as chrono from "chrono-node";
import type { Mention, Sentence } from "../model/types.js";

const pad = (n: number) => String(n).padStart(2, "0");

/** Words without which no date expression is possible: chrono only runs on sentences that have one. */
const DATE_HINT = /\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|ago|last|next|this|noon|midnight|morning|evening|week|month|year|decade|century|spring|summer|autumn|fall|winter)/i;

const DURATION = new RegExp(
  "^(for\\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|\\d+)\\s+(second|minute|hour|day|week|month|year)s?" +
    "(\\s+(after|before|later|earlier|on))?$",
  "i",
);

export function findDates(sentence: Sentence, documentDate?: string): Mention[] {
  if (!DATE_HINT.test(sentence.text)) return [];
  const ref = documentDate ? new Date(`${documentDate.slice(0, 10)}T12:00:00Z`) : undefined;
  const results = chrono.parse(sentence.text, ref ?? new Date(Date.UTC(2000, 0, 1)), { forwardDate: false });
  const out: Mention[] = [];
  for (const r of results) {
    // chrono includes a leading preposition ("on Thursday"); the date is what follows it.
    const lead = /^(on|in|at|by|since|until|from|of|during|before|after)\s+/i.exec(r.text)?.[0].length ?? 0;
    // It may also take a word after the date that led nowhere ("convicted in December of bribery").
    const text = r.text.slice(lead).replace(/[\s,.;:]+$/, "").replace(/(\s+(of|in|on|at|the))+$/i, "");
    if (!text || /^(now|today|tonight|\d{1,2})$/i.test(text) && !ref) continue;
    if (/^\d{1,2}(:\d\d)?$/.test(text)) continue; // bare small numbers are rarely dates
    // A length of time is no date ("for a second consecutive year", "eight hours", "a day after the
    // vote"); "two days ago" is one.
    if (DURATION.test(text)) continue;
    // A lowercase single word ("sat", "may", "march") is an ordinary word, not a date.
    if (/^\p{Ll}+$/u.test(text) && !/^(today|tonight|yesterday|tomorrow)$/.test(text)) continue;
    const start = sentence.start + r.index + lead;
    // A date starts where a word starts ("$125,000 a year" holds no date "000 a").
    if (sentence.tokens.length && !sentence.tokens.some((t) => t.start === start)) continue;
    const c = r.start;
    const known = (k: chrono.Component) => c.isCertain(k);
    let value: string | undefined;
    // Relative dates ("this year", "last month") have a value only against a known document date.
    const relative = /\b(this|last|next|ago|yesterday|today|tomorrow|tonight|earlier|later|recent)\b/i.test(text);
    if (relative && !ref) value = undefined;
    else if (known("year") && known("month") && known("day")) value = `${c.get("year")}-${pad(c.get("month")!)}-${pad(c.get("day")!)}`;
    else if (known("year") && known("month")) value = `${c.get("year")}-${pad(c.get("month")!)}`;
    else if (known("year") && !known("day")) value = String(c.get("year"));
    else if (known("month") && known("day")) value = ref ? resolveYear(c, ref) : `--${pad(c.get("month")!)}-${pad(c.get("day")!)}`;
    else if (ref && WEEKDAY.test(text) && c.get("weekday") !== null && c.get("weekday") !== undefined) value = weekday(c.get("weekday")!, ref, tenseAt(sentence, start));
    else if (ref) value = isoDay(c.date());
    out.push({ start, end: start + text.length, sentence: sentence.index, text, name: text, type: "Date", ...(value ? { value } : {}) });
  }
  // Bare years ("in 1978") that chrono leaves alone.
  for (const t of sentence.tokens) {
    if (!/^(1[5-9]\d\d|20\d\d)$/.test(t.text)) continue;
    if (out.some((m) => m.start <= t.start && t.end <= m.end)) continue;
    const i = sentence.tokens.indexOf(t);
    const prev = sentence.tokens[i - 1]?.text.toLowerCase();
    if (prev && ["in", "since", "until", "by", "from", "of", "before", "after", "during", "early", "late", "mid"].includes(prev)) {
      out.push({ start: t.start, end: t.end, sentence: sentence.index, text: t.text, name: t.text, type: "Date", value: t.text });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
const FUTURE_AUX = new Set(["will", "'ll", "shall", "would"]);

/**
 * The tense of the clause a date at character `start` belongs to, from its verb: "past" ("met on
 * Monday", "was killed on Monday", "has said"), "future" ("will meet on Monday", "would visit"), or
 * undefined (present, or no verb found).
 */
export function tenseAt(sentence: Sentence, start: number): "past" | "future" | undefined {
  const tokens = sentence.tokens;
  let i = tokens.findIndex((t) => t.start === start);
  for (let steps = 0; i >= 0 && steps < tokens.length; steps++) {
    const t = tokens[i]!;
    const aux = tokens.filter((a) => a.head === i && /^(aux|cop)/.test(a.deprel ?? ""));
    if (t.upos === "VERB" || aux.length) {
      if (aux.some((a) => FUTURE_AUX.has(a.text.toLowerCase()))) return "future";
      if (t.xpos === "VBD" || aux.some((a) => a.xpos === "VBD" || /^(has|have|had)$/i.test(a.text))) return "past";
      return undefined;
    }
    i = t.head ?? -1;
  }
  return undefined;
}

/**
 * A bare weekday against the document's date: the last such day on or before it in a past clause
 * ("was killed on Monday"), the next on or after it in a future one, else the nearest (chrono's choice).
 */
function weekday(day: number, ref: Date, tense: "past" | "future" | undefined): string {
  const today = ref.getUTCDay();
  let offset: number;
  if (tense === "past") offset = -((today - day + 7) % 7);
  else if (tense === "future") offset = (day - today + 7) % 7;
  else {
    const ahead = (day - today + 7) % 7;
    offset = ahead <= 3 ? ahead : ahead - 7;
  }
  return isoDay(new Date(ref.getTime() + offset * 86_400_000));
}

const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

function resolveYear(c: chrono.ParsedComponents, ref: Date): string {
  const d = c.date();
  return `${d.getFullYear()}-${pad(c.get("month")!)}-${pad(c.get("day")!)}`;
}
