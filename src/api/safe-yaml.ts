/**
 * YAML from users' files (rosters, `.verslagrc.yaml`) is data, read with limits so a hostile file
 * can't exhaust memory or the stack, and with no tags: the `yaml` package's core schema runs no
 * code, and a tag it does not know (`!!js/function`, `!include`) is refused rather than silently
 * read as a string. Nothing here reads a file: YAML has no include, and the callers read only
 * the file the user named.
 */
export const YAML_LIMITS = {
  /** Larger files are refused before parsing (a roster of 100 000 members is far smaller). */
  maxBytes: 5 * 1024 * 1024,
  /** Alias expansions; a "billion laughs" file needs millions, a real roster none. */
  maxAliasCount: 100,
  /** Nesting of collections; a roster needs 4, a config 5. Deeper input would recurse the parser into a stack overflow. */
  maxDepth: 64,
} as const;

export type YamlResult = { ok: true; data: unknown } | { ok: false; error: string };

/** Parse YAML text within YAML_LIMITS. `what` names the file's role in messages ("roster", "config"). */
export async function parseYaml(text: string, what: string): Promise<YamlResult> {
  if (text.length > YAML_LIMITS.maxBytes) return { ok: false, error: `the ${what} is larger than ${YAML_LIMITS.maxBytes} bytes` };
  const depth = nestingDepth(text);
  if (depth > YAML_LIMITS.maxDepth) return { ok: false, error: `the ${what} is nested more than ${YAML_LIMITS.maxDepth} levels deep` };
  const { parseDocument } = await import('yaml');
  try {
    // logLevel silent: the library must not print (warnings are turned into errors below). The
    // alias limit applies where aliases are expanded, in toJS.
    const doc = parseDocument(text, { prettyErrors: true, customTags: [], logLevel: 'silent', uniqueKeys: true });
    const error = doc.errors[0];
    if (error) return { ok: false, error: `not valid YAML: ${firstLine(error.message)}` };
    const warning = doc.warnings[0];
    if (warning) {
      const tag = /Unresolved tag: (\S+)/.exec(warning.message)?.[1];
      const where = warning.linePos?.[0] ? ` (line ${warning.linePos[0].line})` : '';
      return { ok: false, error: tag ? `the tag ${shortTag(tag)} is not allowed${where}: only plain YAML is read, no tags` : `not valid YAML: ${firstLine(warning.message)}` };
    }
    return { ok: true, data: doc.toJS({ maxAliasCount: YAML_LIMITS.maxAliasCount }) };
  } catch (e) {
    // toJS throws for an alias count over the limit; a stack overflow is ruled out by the depth check.
    const message = (e as Error).message;
    if (/alias count/i.test(message)) {
      return { ok: false, error: `the ${what} expands aliases more than ${YAML_LIMITS.maxAliasCount} times and is refused (a "billion laughs" file would exhaust memory)` };
    }
    return { ok: false, error: `not valid YAML: ${firstLine(message)}` };
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/:$/, '');
}

function shortTag(tag: string): string {
  return tag.replace(/^tag:yaml\.org,2002:/, '!!');
}

/**
 * An upper bound on how deeply the text nests collections, found in one pass without parsing:
 * block nesting from the stack of indentations (plus `- `/`? ` markers that open a collection on
 * the same line) and flow nesting from `[` `{` outside quotes and comments. It can over-count in
 * odd files (a `[` inside a plain scalar), never under-count, which is the safe direction.
 */
export function nestingDepth(text: string): number {
  const indents: number[] = [];
  let flow = 0;
  let max = 0;
  let quote: '"' | "'" | null = null;
  let i = 0;
  const n = text.length;
  while (i < n) {
    // Start of a line: indentation and block markers (only outside flow and quotes).
    let block = indents.length;
    if (flow === 0 && quote === null) {
      let indent = 0;
      while (i + indent < n && text[i + indent] === ' ') indent++;
      let j = i + indent;
      let markers = 0;
      while (j < n && (text[j] === '-' || text[j] === '?') && (text[j + 1] === ' ' || text[j + 1] === '\t')) {
        markers++;
        j += 2;
        while (j < n && (text[j] === ' ' || text[j] === '\t')) j++;
      }
      const c = text[j];
      if (c !== undefined && c !== '\n' && c !== '\r' && c !== '#') {
        while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
        indents.push(indent);
      }
      block = indents.length + markers;
      i = j;
    }
    max = Math.max(max, block + flow);
    // The rest of the line.
    let prev = ' ';
    while (i < n && text[i] !== '\n' && text[i] !== '\r') {
      const c = text[i]!;
      if (quote === '"') {
        if (c === '\\') i++;
        else if (c === '"') quote = null;
      } else if (quote === "'") {
        if (c === "'") {
          if (text[i + 1] === "'") i++;
          else quote = null;
        }
      } else if (c === '#' && (prev === ' ' || prev === '\t')) {
        while (i < n && text[i] !== '\n' && text[i] !== '\r') i++;
        break;
      } else if ((c === '"' || c === "'") && /[\s[{,:]/.test(prev)) {
        quote = c;
      } else if (c === '[' || c === '{') {
        flow++;
        max = Math.max(max, block + flow);
      } else if ((c === ']' || c === '}') && flow > 0) {
        flow--;
      }
      prev = c;
      i++;
    }
    // Past the line ending.
    if (text[i] === '\r' && text[i + 1] === '\n') i += 2;
    else if (i < n) i++;
  }
  return max;
}
