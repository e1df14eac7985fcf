// A hand-made graph document for the viewer tests: no extraction model needed. Offsets are computed
// from the text, so mentions and evidence point at real sentences. One article is hostile: its names
// and sentences carry <script> and <img onerror> markup that the viewer must show as text.
import { EmbeddedStore } from "../../src/store/embedded.js";
import { sentenceId } from "../../src/model/ids.js";
import type { DocumentRecord, EntityRecord, EntityType, EvidenceRecord, GraphDocument, MentionRecord, RelationRecord, SentenceRecord } from "../../src/model/types.js";

export const XSS_NAME = "<img src=x onerror=window.__xss=1>";
export const XSS_ALIAS = "<script>window.__xss=2</script>";

class FixtureBuilder {
  readonly documents: DocumentRecord[] = [];
  readonly sentences: SentenceRecord[] = [];
  readonly entities: EntityRecord[] = [];
  readonly relations: RelationRecord[] = [];

  doc(id: string, title: string, date: string, lines: readonly string[]): this {
    this.documents.push({ id, source: `${id.replace(/^doc:/, "")}.txt`, title, date });
    let at = 0;
    lines.forEach((text, index) => {
      this.sentences.push({ id: sentenceId(id, index), doc: id, index, start: at, end: at + text.length, text });
      at += text.length + 1;
    });
    return this;
  }

  private locate(doc: string, surface: string, sentence?: number): MentionRecord {
    const s = this.sentences.find((x) => x.doc === doc && (sentence === undefined || x.index === sentence) && x.text.includes(surface));
    if (!s) throw new Error(`fixture: "${surface}" not found in ${doc}`);
    const start = s.start + s.text.indexOf(surface);
    return { doc, start, end: start + surface.length, text: surface, sentence: s.index };
  }

  entity(id: string, name: string, type: EntityType, mentions: readonly [doc: string, surface: string, sentence?: number][], aliases: readonly string[] = []): this {
    this.entities.push({ id, name, type, aliases, mentions: mentions.map(([d, s, i]) => this.locate(d, s, i)) });
    return this;
  }

  relation(subject: string, predicate: string, object: string, evidence: readonly [doc: string, sentence: number, subjectText: string, predicateText: string, objectText: string][], extra: { date?: string; negated?: boolean } = {}): this {
    const records: EvidenceRecord[] = evidence.map(([doc, sentence, subjectText, predicateText, objectText]) => {
      const s = this.sentences.find((x) => x.doc === doc && x.index === sentence)!;
      const p = s.text.indexOf(predicateText);
      return { doc, sentence, start: s.start + p, end: s.start + p + predicateText.length, subjectText, predicateText, objectText, confidence: 0.8 };
    });
    this.relations.push({ id: `rel:${subject}>${predicate}>${object}`, subject, predicate, object, confidence: 0.8, evidence: records, ...extra });
    return this;
  }

  build(): GraphDocument {
    return { documents: this.documents, entities: this.entities, relations: this.relations, sentences: this.sentences };
  }
}

const CAIRO = "doc:cairo-talks";
const SWAP = "doc:prisoner-swap";
const XSS = "doc:hostile";

export function fixtureGraph(): GraphDocument {
  return new FixtureBuilder()
    .doc(CAIRO, "Talks Resume in Cairo", "2025-02-27", [
      "Negotiators from Israel, Hamas, the United States and Qatar are back in Cairo for talks.",
      "The renewed discussions are led by Egypt.",
      "Israeli military chief General Herzi Halevi took responsibility for the failures of October 7.",
      "Halevi had already announced his resignation last month.",
      "Israeli Prime Minister Benjamin Netanyahu sent negotiators to Cairo.",
      "Hamas attacked Israel on October 7, 2023.",
      "Herzi Halevi commands the Israeli military.",
    ])
    .doc(SWAP, "Hostage-Prisoner Exchange", "2025-02-26", [
      "Hamas returned the remains of four Israeli hostages on Thursday.",
      "Israel released Nael Barghouti, the longest-serving Palestinian prisoner.",
      "The Hostages and Missing Families Forum in Israel confirmed the identities.",
      "Qatar mediated the exchange between Israel and Hamas.",
    ])
    .doc(XSS, `Hostile ${XSS_ALIAS} article`, "2025-03-01", [
      `${XSS_NAME} criticized Benjamin Netanyahu <b>loudly</b>.`,
      `Observers said <img src=x onerror=window.__xss=3> was ${XSS_ALIAS} nonsense.`,
    ])
    .entity("person:herzi-halevi", "Herzi Halevi", "Person", [[CAIRO, "Herzi Halevi", 2], [CAIRO, "Halevi", 3], [CAIRO, "Herzi Halevi", 6]], ["Halevi", "General Herzi Halevi"])
    .entity("person:benjamin-netanyahu", "Benjamin Netanyahu", "Person", [[CAIRO, "Benjamin Netanyahu"], [XSS, "Benjamin Netanyahu"]], ["Netanyahu"])
    .entity("person:nael-barghouti", "Nael Barghouti", "Person", [[SWAP, "Nael Barghouti"]], ["Barghouti"])
    .entity("organization:hamas", "Hamas", "Organization", [[CAIRO, "Hamas", 0], [CAIRO, "Hamas", 5], [SWAP, "Hamas", 0], [SWAP, "Hamas", 3]])
    .entity("organization:israeli-military", "Israeli military", "Organization", [[CAIRO, "Israeli military", 2], [CAIRO, "Israeli military", 6]], ["IDF"])
    .entity("organization:families-forum", "Hostages and Missing Families Forum", "Organization", [[SWAP, "Hostages and Missing Families Forum"]])
    .entity("location:israel", "Israel", "Location", [[CAIRO, "Israel", 0], [CAIRO, "Israel", 5], [SWAP, "Israel", 1], [SWAP, "Israel", 3]])
    .entity("location:cairo", "Cairo", "Location", [[CAIRO, "Cairo", 0], [CAIRO, "Cairo", 4]])
    .entity("location:egypt", "Egypt", "Location", [[CAIRO, "Egypt"]])
    .entity("location:qatar", "Qatar", "Location", [[CAIRO, "Qatar"], [SWAP, "Qatar"]])
    .entity("location:united-states", "United States", "Location", [[CAIRO, "United States"]], ["US"])
    .entity("date:2023-10-07", "October 7, 2023", "Date", [[CAIRO, "October 7, 2023"]])
    .entity("event:ceasefire-talks", "ceasefire talks", "Event", [[CAIRO, "talks", 0]])
    .entity(`organization:hostile`, XSS_NAME, "Organization", [[XSS, XSS_NAME]], [XSS_ALIAS])
    .relation("person:herzi-halevi", "took responsibility for", "date:2023-10-07", [[CAIRO, 2, "Herzi Halevi", "took responsibility for", "October 7"]], { date: "2023-10-07" })
    .relation("person:herzi-halevi", "commands", "organization:israeli-military", [[CAIRO, 6, "Herzi Halevi", "commands", "Israeli military"], [CAIRO, 2, "General Herzi Halevi", "chief", "Israeli military"]])
    .relation("organization:hamas", "attacked", "location:israel", [[CAIRO, 5, "Hamas", "attacked", "Israel"]], { date: "2023-10-07" })
    .relation("organization:hamas", "returned remains to", "location:israel", [[SWAP, 0, "Hamas", "returned the remains", "Israeli hostages"]], { date: "2025-02-27" })
    .relation("location:israel", "released", "person:nael-barghouti", [[SWAP, 1, "Israel", "released", "Nael Barghouti"]], { date: "2025-02-26" })
    .relation("person:benjamin-netanyahu", "sent negotiators to", "location:cairo", [[CAIRO, 4, "Benjamin Netanyahu", "sent negotiators to", "Cairo"]], { date: "2025-02-27" })
    .relation("location:egypt", "leads", "event:ceasefire-talks", [[CAIRO, 1, "Egypt", "led by", "The renewed discussions"]])
    .relation("location:qatar", "mediated", "event:ceasefire-talks", [[SWAP, 3, "Qatar", "mediated", "the exchange"]])
    .relation("organization:israeli-military", "part of", "location:israel", [[CAIRO, 2, "Israeli military", "Israeli", "Israel"]])
    .relation("organization:families-forum", "based in", "location:israel", [[SWAP, 2, "Hostages and Missing Families Forum", "in", "Israel"]])
    .relation("organization:hostile", "criticized", "person:benjamin-netanyahu", [[XSS, 0, XSS_NAME, "criticized", "Benjamin Netanyahu"]])
    .build();
}

/** Writes a graph document into a new embedded store file through the store's own writer. */
export async function writeStore(path: string, doc: GraphDocument = fixtureGraph()): Promise<string> {
  const store = await EmbeddedStore.open(path, { write: true });
  try {
    await store.write(doc);
  } finally {
    await store.close();
  }
  return path;
}
