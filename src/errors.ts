// Typed errors: a stable code, a readable message and a suggestion for the user.
// Library code throws these; only the CLI entry point turns them into exit codes.

export type ErrorCode =
  | "INPUT_NOT_FOUND"
  | "INPUT_EMPTY"
  | "INPUT_BINARY"
  | "INPUT_ENCODING"
  | "INPUT_TOO_LARGE"
  | "INPUT_NO_TEXT"
  | "INPUT_UNSUPPORTED"
  | "STORE_CORRUPT"
  | "STORE_LOCKED"
  | "STORE_IO"
  | "NOT_FOUND"
  | "USAGE"
  | "NEO4J_UNAVAILABLE"
  | "NEO4J_AUTH"
  | "NEO4J_DATABASE"
  | "NEO4J_QUERY"
  | "NEO4J_WRITE_REFUSED"
  | "MODEL_MISSING"
  | "INTERNAL";

export class KgError extends Error {
  readonly code: ErrorCode;
  readonly suggestion?: string;
  /** The file, URL or entity the error is about, when there is one. */
  readonly subject?: string;

  constructor(code: ErrorCode, message: string, options: { suggestion?: string; subject?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "KgError";
    this.code = code;
    this.suggestion = options.suggestion;
    this.subject = options.subject;
  }
}

export class InputError extends KgError {
  constructor(code: ErrorCode, subject: string, message: string, suggestion?: string) {
    super(code, `${subject}: ${message}`, { subject, suggestion });
    this.name = "InputError";
  }
}

export class UsageError extends KgError {
  constructor(message: string, suggestion?: string) {
    super("USAGE", message, { suggestion });
    this.name = "UsageError";
  }
}

export class NotFoundError extends KgError {
  constructor(what: string, suggestion?: string) {
    super("NOT_FOUND", `not found: ${what}`, { subject: what, suggestion });
    this.name = "NotFoundError";
  }
}

export class StoreError extends KgError {
  constructor(code: ErrorCode, message: string, options: { suggestion?: string; subject?: string; cause?: unknown } = {}) {
    super(code, message, options);
    this.name = "StoreError";
  }
}

export const isKgError = (e: unknown): e is KgError => e instanceof KgError;
