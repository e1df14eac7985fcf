// Query parameters from the command line: `key=value`, the value read as JSON when it is JSON.
// Driver-free on purpose, so commands can parse options without loading neo4j-driver.

export type QueryParams = Record<string, unknown>;

/** Parses `key=value`: JSON values (3, true, "text", ["a","b"], {"k":1}) as such, anything else as text. */
export function parseParam(text: string): [string, unknown] {
  const at = text.indexOf("=");
  if (at <= 0) throw new Error(`expecting key=value, got "${text}"`);
  const raw = text.slice(at + 1);
  try {
    return [text.slice(0, at).trim(), JSON.parse(raw)];
  } catch {
    return [text.slice(0, at).trim(), raw];
  }
}

/** A commander collector for a repeatable `--param key=value`; `fail` turns a bad one into the caller's error. */
export function paramCollector(fail: (message: string) => Error) {
  return (value: string, previous: QueryParams = {}): QueryParams => {
    try {
      const [key, v] = parseParam(value);
      return { ...previous, [key]: v };
    } catch (error) {
      throw fail((error as Error).message);
    }
  };
}
