// Entity resolution and graph assembly: analysed documents (mentions and triples with offsets)
// become one graph document whose entities are merged across sentences and documents.
// Pure: the existing store's entities come in as an index, the new graph delta goes out.
import { entityId, relationId, sentenceId } from "../model/ids.js";
import type {
  AnalyzedDocument,
  EntityRecord,
  EntityType,
  EvidenceRecord,
  GraphDocument,
  Mention,
  MentionRecord,
  RelationRecord,
  SentenceRecord,
} from "../model/types.js";
import { COUNTRY_NAMES, DEMONYMS, nameHead } from "../pipeline/lexicon.js";
import { acronymKey, acronymOf, fullerName, isAcronym, nameWords, normalizeName, organizationKey } from "./names.js";

/** What resolution needs to know of entities already stored. */
export interface IndexedEntity {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly value?: string;
}

const NAMED = new Set<EntityType>(["Person", "Organization", "Location", "Facility", "Misc"]);
/**
 * Types that may name the same thing across documents. Within one document one name is one thing
 * whatever the recognizer said of each mention; across documents a city and its football club share
 * a name but not an identity, so only a country's name joins its organization uses ("Israel agreed").
 */
const COMPATIBLE: Record<string, readonly EntityType[]> = {
  Person: ["Person"],
  Organization: ["Organization"],
  Location: ["Location", "Facility"],
  Facility: ["Facility", "Location"],
  Misc: ["Misc"],
};

interface Cluster {
  id?: string;
  name: string;
  names: Map<string, string>; // normalized -> surface form
  types: Map<EntityType, number>;
  value?: string;
  mentions: { doc: string; mention: Mention }[];
  fromIndex: boolean;
}

export function buildGraph(docs: readonly AnalyzedDocument[], index: readonly IndexedEntity[] = []): GraphDocument {
  const resolver = new Resolver(index);
  const mentionCluster = new Map<string, Cluster>();
  const key = (doc: string, m: Mention) => `${doc}:${m.start}:${m.end}:${m.type}`;

  // All mentions: detected ones and relation arguments; full names first so short forms find them.
  const all: { doc: string; mention: Mention; order: number }[] = [];
  let order = 0;
  for (const d of docs) {
    const seen = new Set<string>();
    const add = (m: Mention) => {
      const k = key(d.document.id, m);
      if (seen.has(k)) return;
      seen.add(k);
      all.push({ doc: d.document.id, mention: m, order: order++ });
    };
    d.mentions.forEach(add);
    for (const t of d.triples) {
      add(t.subject);
      add(t.object);
    }
  }
  const rank = (m: Mention) =>
    NAMED.has(m.type) ? (isAcronym(m.name) ? 1 : -nameWords(m.name).length) : m.type === "Date" && m.value?.startsWith("--") ? 11 : 10;
  all.sort((a, b) => rank(a.mention) - rank(b.mention) || a.order - b.order);
  for (const { doc, mention } of all) mentionCluster.set(key(doc, mention), resolver.assign(doc, mention));

  const clusters = resolver.clusters().filter((c) => c.mentions.length > 0);
  const ids = assignIds(clusters);

  const entities: EntityRecord[] = clusters.map((c) => {
    const id = ids.get(c)!;
    const type = clusterType(c);
    const mentions: MentionRecord[] = c.mentions
      .filter(({ mention }) => !mention.coreference)
      .map(({ doc, mention }) => ({ doc, start: mention.start, end: mention.end, text: mention.text, sentence: mention.sentence }))
      .sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start));
    const aliases = [...new Set([...c.names.values(), ...c.mentions.filter((m) => !m.mention.coreference).map((m) => m.mention.text)])].filter((n) => n !== c.name).sort();
    return { id, name: c.name, type, aliases, ...(c.value ? { value: c.value } : {}), mentions };
  });
  entities.sort((a, b) => (a.id < b.id ? -1 : 1));

  const relations = new Map<string, { rec: RelationRecord; evidence: EvidenceRecord[]; conf: number[] }>();
  const sentences: SentenceRecord[] = [];
  for (const d of docs) {
    const docId = d.document.id;
    for (const s of d.sentences) sentences.push({ id: sentenceId(docId, s.index), doc: docId, index: s.index, start: s.start, end: s.end, text: s.text });
    for (const t of d.triples) {
      const subject = ids.get(mentionCluster.get(key(docId, t.subject))!)!;
      const object = ids.get(mentionCluster.get(key(docId, t.object))!)!;
      if (subject === object) continue;
      const predicate = t.predicate.toLowerCase();
      const id = relationId(subject, predicate, object);
      const sentence = d.sentences[t.sentence]!;
      const ev: EvidenceRecord = {
        doc: docId,
        sentence: t.sentence,
        start: sentence.start,
        end: sentence.end,
        subjectText: t.subjectText ?? t.subject.text,
        predicateText: t.predicateText,
        objectText: t.objectText ?? t.object.text,
        confidence: t.confidence,
      };
      const date = t.date ?? (t.object.type === "Date" ? t.object.value : undefined);
      let r = relations.get(id);
      if (!r) {
        r = {
          rec: { id, subject, predicate, object, confidence: 0, ...(t.negated ? { negated: true } : {}), ...(t.modality ? { modality: t.modality } : {}), ...(date ? { date } : {}), evidence: [] },
          evidence: [],
          conf: [],
        };
        relations.set(id, r);
      }
      if (r.evidence.some((e) => e.doc === ev.doc && e.sentence === ev.sentence && e.predicateText === ev.predicateText)) continue;
      r.evidence.push(ev);
      r.conf.push(t.confidence);
    }
  }
  const relationList = [...relations.values()]
    .map(({ rec, evidence, conf }) => ({ ...rec, confidence: combineConfidence(conf), evidence }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));

  const documents = docs.map((d) => ({
    id: d.document.id,
    source: d.document.source,
    ...(d.document.title ? { title: d.document.title } : {}),
    ...(d.document.date ? { date: d.document.date } : {}),
  }));
  return { documents, entities, relations: relationList, sentences };
}

/** Independent pieces of evidence raise confidence: 1 - prod(1 - c). */
export function combineConfidence(values: readonly number[]): number {
  const p = 1 - values.reduce((acc, c) => acc * (1 - Math.min(0.99, Math.max(0, c))), 1);
  return Math.round(p * 1000) / 1000;
}

/** The cluster's type: a vote of its mentions, fuller names weighing more; a country is a location. */
function clusterType(c: Cluster): EntityType {
  let best: EntityType = "Concept";
  let n = -1;
  for (const [t, k] of c.types) if (k > n || (k === n && TYPE_ORDER.indexOf(t) < TYPE_ORDER.indexOf(best))) [best, n] = [t, k];
  if ((best === "Organization" || best === "Misc") && COUNTRY_NAMES.has(c.name.toLowerCase())) return "Location";
  return best;
}

/** Words of names that stand for no one alone: particles, suffixes, "St". */
const NAME_PARTICLES = new Set(
  "van von der den del della das dos bin ibn abu mac the and iii de da di do du la le el al af av zu jr sr ii iv vi st mc".split(" "),
);

const TYPE_ORDER: readonly EntityType[] = ["Person", "Organization", "Location", "Facility", "Misc", "Event", "Group", "Date", "Quantity", "Concept"];

function assignIds(clusters: readonly Cluster[]): Map<Cluster, string> {
  const ids = new Map<Cluster, string>();
  const used = new Set<string>();
  for (const c of clusters) if (c.id) used.add(c.id);
  for (const c of clusters) {
    if (c.id) {
      ids.set(c, c.id);
      continue;
    }
    const type = clusterType(c);
    let id = entityId(type, type === "Date" && c.value ? c.value : c.name);
    // Two different clusters with one id would merge silently: keep them apart, deterministically.
    for (let i = 2; used.has(id); i++) id = `${entityId(type, type === "Date" && c.value ? c.value : c.name)}-${i}`;
    used.add(id);
    ids.set(c, id);
  }
  return ids;
}

class Resolver {
  private readonly list: Cluster[] = [];
  private readonly byKey = new Map<string, Cluster[]>();
  private readonly byWord = new Map<string, Cluster[]>();
  private readonly byAcronym = new Map<string, Cluster[]>();

  constructor(index: readonly IndexedEntity[]) {
    for (const e of index) {
      const c: Cluster = { id: e.id, name: e.name, names: new Map(), types: new Map([[e.type, 1]]), value: e.value, mentions: [], fromIndex: true };
      this.list.push(c);
      for (const n of [e.name, ...e.aliases]) this.addName(c, n, e.type);
    }
  }

  clusters(): Cluster[] {
    return this.list;
  }

  assign(doc: string, m: Mention): Cluster {
    const c = NAMED.has(m.type) ? this.findNamed(doc, m) : this.findValue(m);
    const cluster = c ?? this.create(m);
    cluster.mentions.push({ doc, mention: m });
    cluster.types.set(m.type, (cluster.types.get(m.type) ?? 0) + (m.coreference ? 0.5 : nameWords(m.name).length));
    if (m.coreference) return cluster;
    if (!cluster.fromIndex || NAMED.has(m.type)) cluster.name = NAMED.has(m.type) ? fullerName(cluster.name, m.name) : cluster.name;
    this.addName(cluster, m.name, m.type);
    return cluster;
  }

  private create(m: Mention): Cluster {
    const c: Cluster = { name: m.name, names: new Map(), types: new Map(), value: m.value, mentions: [], fromIndex: false };
    this.list.push(c);
    return c;
  }

  private valueKey(type: EntityType, m: { name: string; value?: string }): string {
    return `${type}|${m.value ?? normalizeName(m.name)}`;
  }

  private addName(c: Cluster, name: string, type: EntityType): void {
    const norm = normalizeName(name);
    if (!norm) return;
    if (!c.names.has(norm)) c.names.set(norm, name);
    const keys = NAMED.has(type) ? [`N|${norm}`] : [this.valueKey(type, { name, value: c.value })];
    if (!NAMED.has(type) && c.value) keys.push(this.valueKey(type, { name: "", value: c.value }));
    if (NAMED.has(type) && type !== "Person") keys.push(`O|${organizationKey(name)}`);
    for (const k of keys) pushTo(this.byKey, k, c);
    if (!NAMED.has(type)) return;
    // Any word of a person's full name can stand for them ("Lula" for Luiz Inacio Lula da Silva), if unambiguous.
    const words = nameWords(name);
    // (Two letters count in a person's name, "Lisa Su", "Amadou Ba", "Xi Jinping", unless a particle or a suffix.)
    const counts = (w: string) => !NAME_PARTICLES.has(w) && (w.length > 2 || (type === "Person" && /^\p{L}{2}$/u.test(w)));
    if (words.length > 1) for (const w of words) if (counts(w)) pushTo(this.byWord, w, c);
    const acr = isAcronym(name) ? acronymKey(name) : acronymOf(name);
    if (acr) pushTo(this.byAcronym, acr, c);
  }

  private findValue(m: Mention): Cluster | undefined {
    const hit = this.byKey.get(this.valueKey(m.type, m))?.[0];
    if (hit || m.type !== "Date" || !m.value?.startsWith("--")) return hit;
    // A date without a year ("October 7") is the full date with that month and day, when exactly one is known.
    const full = this.list.filter((c) => c.value && /^\d{4}/.test(c.value) && c.value.endsWith(m.value!.slice(1)) && c.value.length === 10);
    return full.length === 1 ? full[0] : undefined;
  }

  private findNamed(doc: string, m: Mention): Cluster | undefined {
    const norm = normalizeName(m.name);
    const country = COUNTRY_NAMES.has(m.name.toLowerCase());
    const compatible = (c: Cluster) => {
      const t = clusterType(c);
      if (t === "Concept" || (COMPATIBLE[m.type] ?? [m.type]).includes(t)) return true;
      if (t === "Person" || m.type === "Person") return false;
      return inDoc(c, doc) || (country && (t === "Location" || t === "Organization"));
    };
    const exact = (this.byKey.get(`N|${norm}`) ?? []).filter(compatible);
    if (exact.length) return preferDoc(exact, doc);
    // "Acme" and "Acme Corporation": an organization's name without its legal designator.
    const org = (this.byKey.get(`O|${organizationKey(m.name)}`) ?? []).filter((c) => compatible(c) && clusterType(c) !== "Person");
    if (m.type !== "Person" && org.length) return preferDoc(org, doc);
    if (isAcronym(m.name)) {
      const hits = (this.byAcronym.get(acronymKey(m.name)) ?? []).filter((c) => compatible(c) && clusterType(c) !== "Person");
      if (hits.length) return preferDoc(hits, doc);
    } else {
      const acr = acronymOf(m.name);
      const hits = acr ? (this.byAcronym.get(acr) ?? []).filter((c) => compatible(c) && [...c.names.values()].some(isAcronym)) : [];
      if (hits.length) return preferDoc(hits, doc);
    }
    const words = nameWords(m.name);
    if (words.length === 1) {
      // A surname or given name alone joins the person who carries it, preferring this document, and
      // there the one named before it ("Han Kang … Han, 53, … her father, Han Seung-won").
      // (A name read as another kind's joins a person only in the person's own document, where the
      // recognizer may have mistyped a surname: "Ford" the carmaker is no Gerald Ford of another
      // article, nor "Washington" the city MaliVai Washington. CoNLL-2003 dev: 93.01 -> 93.03; with
      // such a name joining a person other articles call by it alone, 92.90.)
      const hits = (this.byWord.get(words[0]!) ?? []).filter((c) => clusterType(c) === "Person" && (m.type === "Person" || inDoc(c, doc)));
      const distinct = [...new Set(hits)];
      if (distinct.length === 1) return distinct[0];
      const here = distinct.filter((c) => inDoc(c, doc));
      if (here.length === 1) return here[0];
      const before = here.filter((c) => c.mentions.some((x) => x.doc === doc && !x.mention.coreference && x.mention.start < m.start));
      if (before.length === 1) return before[0];
    }
    const last = words[words.length - 1];
    if (m.type === "Person" && words.length > 1 && last) {
      // "Von der Leyen" for Ursula von der Leyen: the end of a longer name of one person in this document.
      const tail = words.join(" ");
      const hits = (this.byWord.get(last) ?? []).filter((c) => clusterType(c) === "Person" && inDoc(c, doc) && [...c.names.keys()].some((n) => n.endsWith(` ${tail}`)));
      if (hits.length === 1) return hits[0];
    }
    if (m.type === "Organization" && words.length > 1) {
      // "the U.S. Supreme Court" and "the Supreme Court": one organization's name with and without the
      // country it belongs to, in one document, when only one organization there fits.
      const bare = withoutPlace(norm);
      const hits = new Set<Cluster>();
      if (bare) for (const c of this.byKey.get(`N|${bare}`) ?? []) if (clusterType(c) === "Organization" && inDoc(c, doc)) hits.add(c);
      for (const c of this.byWord.get(last!) ?? []) {
        if (clusterType(c) === "Organization" && inDoc(c, doc) && [...c.names.keys()].some((n) => withoutPlace(n) === norm)) hits.add(c);
      }
      if (hits.size === 1) return [...hits][0];
      // "the Serum Institute" for the Serum Institute of India, and the other way round: one
      // organization's name with and without the place or body it is "of" or "in", in one document.
      const short = withoutOf(norm);
      const shorts = new Set<Cluster>();
      for (const c of this.byWord.get(words[0]!) ?? []) {
        if (clusterType(c) !== "Organization" || !inDoc(c, doc)) continue;
        if ([...c.names.keys()].some((n) => withoutOf(n) === norm || (short !== undefined && n === short))) shorts.add(c);
      }
      if (shorts.size === 1) return [...shorts][0];
    }
    if (m.type === "Organization" && words.length === 1 && last) {
      // "the Commission" for the European Commission: the head noun of one organization's name in this document.
      const hits = (this.byWord.get(last) ?? []).filter((c) => clusterType(c) === "Organization" && inDoc(c, doc) && [...c.names.keys()].some((n) => nameHead(n) === last));
      if (hits.length === 1) return hits[0];
      // "Rivermark" for Rivermark Foods Inc, "Boeing" for Boeing Co: the first word of one
      // organization's longer name in this document (a company named by its distinctive word). Of a
      // name of two words at most, legal designator aside: "Amazon Web Services" is a unit of Amazon.
      const opens = (n: string) => n.startsWith(`${last} `) && organizationKey(n).split(" ").length <= 2;
      const firsts = PLACE_PREFIXES.has(last)
        ? []
        : (this.byWord.get(last) ?? []).filter((c) => clusterType(c) === "Organization" && inDoc(c, doc) && [...c.names.keys()].some(opens));
      if (firsts.length === 1) return firsts[0];
    }
    return undefined;
  }
}

/** Place words that may open an organization's name, normalized ("u s", "uk", "eu"; countries and demonyms). */
const PLACE_PREFIXES = new Set(["u s", "us", "uk", "u k", "eu", "un", ...COUNTRY_NAMES, ...[...DEMONYMS.keys()].map((d) => d.toLowerCase())]);

/** A normalized name without the country or demonym it opens with ("u s supreme court" -> "supreme court"), if it has one. */
function withoutPlace(norm: string): string | undefined {
  const words = norm.split(" ");
  for (let k = Math.min(3, words.length - 1); k >= 1; k--) {
    if (PLACE_PREFIXES.has(words.slice(0, k).join(" "))) return words.slice(k).join(" ");
  }
  return undefined;
}

/**
 * A normalized name of two words or more before an "of" or "in" and the one to three words after
 * it ("serum institute of india" -> "serum institute"), if it is one.
 */
function withoutOf(norm: string): string | undefined {
  const m = /^(\S+(?: \S+)+?) (?:of|in) (?:the )?\S+(?: \S+){0,2}$/.exec(norm);
  return m?.[1];
}

function inDoc(c: Cluster, doc: string): boolean {
  return c.mentions.some((m) => m.doc === doc);
}

function preferDoc(cs: readonly Cluster[], doc: string): Cluster {
  return cs.find((c) => inDoc(c, doc)) ?? cs[0]!;
}

function pushTo<K, V>(map: Map<K, V[]>, k: K, v: V): void {
  const list = map.get(k);
  if (!list) map.set(k, [v]);
  else if (!list.includes(v)) list.push(v);
}
