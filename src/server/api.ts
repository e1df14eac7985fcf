// The read-only JSON API under /api/: every answer comes from the GraphStore interface, so the embedded
// store and Neo4j answer the same. Pure request -> response mapping; the HTTP plumbing lives in index.ts.
import { isKgError, NotFoundError, UsageError } from "../errors.js";
import { exportGraph, type ExportFormat } from "../export/index.js";
import type { GraphDocument } from "../model/types.js";
import type { GraphStore, SubgraphSelector } from "../store/types.js";
import { dateInRange, ISO_DATE_PREFIX, type DateRange } from "./date-range.js";
import { toGraphPayload, type ApiErrorBody } from "./payload.js";

export interface ApiResponse {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Formats the viewer offers; csv (two files) stays with `kg export`. */
export const VIEW_EXPORT_FORMATS = ["json", "graphml", "gexf", "cypher"] as const;
const EXPORT_TYPES: Record<(typeof VIEW_EXPORT_FORMATS)[number], string> = {
  json: "application/json; charset=utf-8",
  graphml: "application/graphml+xml; charset=utf-8",
  gexf: "application/gexf+xml; charset=utf-8",
  cypher: "text/plain; charset=utf-8",
};
export const MAX_DEPTH = 5;
const MAX_SEARCH_RESULTS = 50;

const json = (status: number, value: unknown): ApiResponse => ({ status, contentType: "application/json; charset=utf-8", body: JSON.stringify(value) });

/** Reads the subgraph selector (focus, depth, type, predicate, doc) from query parameters; repeated parameters give lists. */
export function parseSelector(params: URLSearchParams): SubgraphSelector {
  const list = (name: string) => (params.has(name) ? params.getAll(name) : undefined);
  const focus = params.get("focus") ?? undefined;
  const depthText = params.get("depth");
  let depth: number | undefined;
  if (depthText !== null) {
    depth = Number(depthText);
    if (!Number.isInteger(depth) || depth < 0 || depth > MAX_DEPTH) throw new UsageError(`invalid depth "${depthText}": expecting an integer from 0 to ${MAX_DEPTH}`);
  }
  return { focus: focus || undefined, depth, types: list("type"), predicates: list("predicate"), docs: list("doc") };
}

export function parseDateRange(params: URLSearchParams): DateRange {
  const read = (name: string) => {
    const value = params.get(name) || undefined;
    if (value !== undefined && !ISO_DATE_PREFIX.test(value)) throw new UsageError(`invalid ${name} "${value}": expecting YYYY, YYYY-MM or YYYY-MM-DD`);
    return value;
  };
  return { from: read("from"), to: read("to") };
}

/** Keeps the relations whose date falls in the range (undated relations stay), as the viewer's time filter does. */
export function filterByDate(doc: GraphDocument, range: DateRange): GraphDocument {
  if (!range.from && !range.to) return doc;
  return { ...doc, relations: doc.relations.filter((r) => dateInRange(r.date, range)) };
}

function errorResponse(error: unknown): ApiResponse {
  if (isKgError(error)) {
    const status = error instanceof NotFoundError || error.code === "NOT_FOUND" ? 404 : error instanceof UsageError || error.code === "USAGE" ? 400 : 500;
    const body: ApiErrorBody = { error: { code: error.code, message: error.message, ...(error.suggestion ? { suggestion: error.suggestion } : {}) } };
    return json(status, body);
  }
  const body: ApiErrorBody = { error: { code: "INTERNAL", message: "internal error" } };
  return json(500, body);
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new UsageError(`bad percent-encoding in "${segment}"`);
  }
}

/** Answers one GET /api/… request. Unknown paths are 404; errors become a JSON body with a code. */
export async function handleApi(store: GraphStore, path: string, params: URLSearchParams): Promise<ApiResponse> {
  try {
    const parts = path.split("/").slice(2).map(decodeSegment);
    const [route, arg] = parts;
    if (parts.length > 2) throw new NotFoundError(`API path ${path}`);
    switch (route) {
      case "stats":
        return json(200, await store.stats());
      case "graph": {
        const doc = await store.subgraph(parseSelector(params));
        return json(200, toGraphPayload(filterByDate(doc, parseDateRange(params))));
      }
      case "neighborhood": {
        if (!arg) throw new UsageError("missing entity: use /api/neighborhood/<id>?depth=N");
        const doc = await store.subgraph({ ...parseSelector(params), focus: arg });
        return json(200, toGraphPayload(doc));
      }
      case "search": {
        const q = (params.get("q") ?? "").trim();
        const limit = Math.min(MAX_SEARCH_RESULTS, Math.max(1, Number(params.get("limit")) || 10));
        return json(200, q ? await store.listEntities({ search: q, limit }) : []);
      }
      case "entity":
        if (!arg) throw new UsageError("missing entity: use /api/entity/<id>");
        return json(200, await store.getEntity(arg));
      case "export":
        return await exportResponse(store, params);
      default:
        throw new NotFoundError(`API path ${path}`, "the API has /api/graph, /api/neighborhood/<id>, /api/search?q=, /api/entity/<id>, /api/stats and /api/export");
    }
  } catch (error) {
    return errorResponse(error);
  }
}

async function exportResponse(store: GraphStore, params: URLSearchParams): Promise<ApiResponse> {
  const format = params.get("format") ?? "json";
  if (!(VIEW_EXPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown export format "${format}"`, `use one of: ${VIEW_EXPORT_FORMATS.join(", ")}`);
  const doc = filterByDate(await store.subgraph(parseSelector(params)), parseDateRange(params));
  const [file] = exportGraph(doc, format as ExportFormat);
  return {
    status: 200,
    contentType: EXPORT_TYPES[format as keyof typeof EXPORT_TYPES],
    body: file!.content,
    headers: { "Content-Disposition": `attachment; filename="${file!.name}"` },
  };
}
