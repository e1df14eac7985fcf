// Turns neo4j-driver errors into KgErrors that name the problem and the fix.
// Pure: an error and where we were talking to in, a KgError out.
import { KgError } from "../errors.js";

export interface ErrorContext {
  readonly uri: string;
  readonly user: string;
  readonly database?: string;
  /** What kg was doing, for the message ("writing doc:…", "running your query"). */
  readonly doing?: string;
}

const START_HINT = "start it with `npm run neo4j:start` (or `docker compose up -d --wait`), or check NEO4J_URI / --neo4j";
const RERUN_HINT = "nothing of the documents being written was stored; once Neo4j is back (`npm run neo4j:start`, or check NEO4J_URI), run the same command again: documents are written whole and re-ingesting is idempotent";

export interface QueryPosition {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

/** Where a Cypher error is: the GQL diagnostic record's position, else Neo4j's "(line 1, column 11 (offset: 10))". */
export function syntaxErrorPosition(error: unknown): QueryPosition | undefined {
  for (let e = error as { diagnosticRecord?: { _position?: Record<string, unknown> }; cause?: unknown } | undefined, i = 0; e && i < 5; e = e.cause as typeof e, i++) {
    const p = e.diagnosticRecord?._position;
    if (p && p.line !== undefined && p.column !== undefined) return { line: Number(p.line), column: Number(p.column), offset: Number(p.offset ?? 0) };
  }
  const message = (error as Error)?.message ?? String(error);
  const m = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/.exec(message);
  return m ? { line: Number(m[1]), column: Number(m[2]), offset: Number(m[3]) } : undefined;
}

function driverCode(error: unknown): string {
  const e = error as { code?: unknown };
  return typeof e?.code === "string" ? e.code : "";
}

function causeChain(error: unknown): string {
  const parts: string[] = [];
  for (let e = error as { message?: unknown; cause?: unknown } | undefined, i = 0; e && i < 5; e = e.cause as typeof e, i++) {
    if (typeof e.message === "string") parts.push(e.message);
  }
  return parts.join(" ");
}

/** Whether the error means the connection to the server is gone or never came up. */
export function isConnectionError(error: unknown): boolean {
  const code = driverCode(error);
  if (code === "ServiceUnavailable" || code === "SessionExpired" || code === "Neo.TransientError.General.DatabaseUnavailable") return true;
  return /ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH|Connection was closed by server|socket hang up/i.test(causeChain(error));
}

export function toKgError(error: unknown, ctx: ErrorContext): KgError {
  if (error instanceof KgError) return error;
  const code = driverCode(error);
  const message = (error as Error)?.message ?? String(error);
  const db = ctx.database ?? "neo4j";
  const doing = ctx.doing ? ` while ${ctx.doing}` : "";

  if (code === "Neo.ClientError.Security.Unauthorized" || code === "Neo.ClientError.Security.AuthenticationRateLimit") {
    const limited = code.endsWith("AuthenticationRateLimit");
    return new KgError("NEO4J_AUTH", `Neo4j at ${ctx.uri} rejected user "${ctx.user}": ${limited ? "too many failed logins, the user is locked for a few seconds" : "wrong user name or password"}`, {
      subject: ctx.uri,
      suggestion: "set NEO4J_USERNAME and NEO4J_PASSWORD (or --neo4j-user) to the server's credentials; `npm run neo4j:start` uses neo4j / kg-password",
      cause: error,
    });
  }
  if (code === "Neo.ClientError.Database.DatabaseNotFound") {
    return new KgError("NEO4J_DATABASE", `Neo4j at ${ctx.uri} has no database "${db}"`, {
      subject: db,
      suggestion: "unset NEO4J_DATABASE / --neo4j-database to use the default (Community edition has only `neo4j`), or create it with `CREATE DATABASE` on Enterprise",
      cause: error,
    });
  }
  if (code === "Neo.ClientError.Statement.AccessMode" || code === "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase") {
    return new KgError("NEO4J_WRITE_REFUSED", "the query tries to write, and queries run read-only by default", {
      suggestion: "add --write to run it in a write transaction",
      cause: error,
    });
  }
  if (code === "Neo.ClientError.Statement.SyntaxError") {
    const at = syntaxErrorPosition(error);
    return new KgError("NEO4J_QUERY", `Cypher syntax error${at ? ` at line ${at.line}, column ${at.column}` : ""}: ${message.trimEnd()}`, {
      suggestion: "fix the query; the caret marks where Neo4j stopped understanding it",
      cause: error,
    });
  }
  if (isConnectionError(error)) {
    const chain = causeChain(error);
    const lost = code === "SessionExpired" || /closed|ECONNRESET|EPIPE|socket hang up|DatabaseUnavailable/i.test(`${code} ${chain}`);
    const reason = chain.match(/ECONN\w+ \S+/)?.[0] ?? (/Could not perform discovery/.test(chain) ? "routing discovery found no server" : undefined);
    const writing = ctx.doing?.startsWith("writing") ?? false;
    return new KgError(
      "NEO4J_UNAVAILABLE",
      lost ? `lost the connection to Neo4j at ${ctx.uri}${doing} (the server stopped or restarted)` : `cannot reach Neo4j at ${ctx.uri}${reason ? ` (${reason})` : ""}${doing}`,
      { subject: ctx.uri, suggestion: lost || writing ? RERUN_HINT : START_HINT, cause: error },
    );
  }
  if (code.startsWith("Neo.ClientError.Statement.") || code.startsWith("Neo.ClientError.Procedure.")) {
    return new KgError("NEO4J_QUERY", `Neo4j refused the query${doing}: ${message.trimEnd()} (${code})`, { suggestion: "check the query and its --param values", cause: error });
  }
  if (code.startsWith("Neo.TransientError.") || code.startsWith("Neo.DatabaseError.")) {
    return new KgError("NEO4J_UNAVAILABLE", `Neo4j at ${ctx.uri} failed${doing}: ${message.trimEnd()} (${code})`, { subject: ctx.uri, suggestion: RERUN_HINT, cause: error });
  }
  if (code.startsWith("Neo.")) {
    return new KgError("NEO4J_QUERY", `Neo4j refused${doing || " the request"}: ${message.trimEnd()} (${code})`, { cause: error });
  }
  return new KgError("INTERNAL", `Neo4j driver error${doing}: ${message}`, { suggestion: "this is a bug in kg; please report it with the command you ran", cause: error });
}
