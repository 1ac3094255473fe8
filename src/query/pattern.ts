import { QueryError } from './errors.js';

/**
 * Matches in one string: [start, end) in UTF-16 code units; `test` only says whether there is one.
 * `regex` is the compiled expression itself (global), for a search over many texts at once;
 * `local` says whether a match depends only on the characters it covers (see isLocal).
 */
export type Finder = ((text: string) => Array<[number, number]>) & { test: (text: string) => boolean; regex: RegExp; local: boolean; literals?: string[] };

export interface PatternOptions {
  fixedStrings?: boolean;
  ignoreCase?: boolean;
  smartCase?: boolean;
}

const SPECIAL = /[.*+?^${}()|[\]\\]/g;
const UPPER = /\p{Lu}/u;

/**
 * Compile the patterns into one regular expression (an alternation), or undefined when there are
 * none. The `u` flag is tried first so `.` and classes see whole characters; a pattern that is only
 * valid without it (`\-`, as grep users write) falls back to plain mode rather than being refused.
 */
export function compilePatterns(patterns: readonly string[], options: PatternOptions = {}): Finder | undefined {
  if (patterns.length === 0) return undefined;
  const sources = patterns.map((p) => (options.fixedStrings ? p.replace(SPECIAL, '\\$&') : `(?:${p})`));
  const ignoreCase = options.ignoreCase === true || (options.smartCase === true && !patterns.some((p) => UPPER.test(p)));
  const flags = ignoreCase ? 'gi' : 'g';
  const source = sources.join('|');
  let re: RegExp;
  try {
    re = new RegExp(source, flags + 'u');
  } catch {
    try {
      re = new RegExp(source, flags);
    } catch (e) {
      throw new QueryError(`not a valid regular expression: ${patterns.join(' | ')} (${(e as Error).message})`);
    }
  }
  const find = (text: string) => {
    const found: Array<[number, number]> = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      // An empty match (`a*`) would loop forever; step over it and don't report it.
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      found.push([m.index, m.index + m[0].length]);
    }
    return found;
  };
  const test = (text: string) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length > 0) return true;
      re.lastIndex++;
    }
    return false;
  };
  const literals = ignoreCase ? undefined : literalsOf(patterns, options.fixedStrings === true);
  return Object.assign(find, { test, regex: re, local: isLocal(source) }, literals ? { literals } : {});
}

const SYNTAX = /[\\^$.|?*+()[\]{}]/;

/**
 * The patterns as plain strings, when each one is (-F, or no regular-expression syntax) and case
 * counts: then a byte search finds where they can match. Not with a line break, which joins the
 * paragraphs of the query index.
 */
function literalsOf(patterns: readonly string[], fixed: boolean): string[] | undefined {
  if (patterns.some((p) => p === '' || p.includes('\n') || (!fixed && SYNTAX.test(p)))) return undefined;
  return [...patterns];
}

/**
 * True when the expression has no anchors (`^`, `$`) and no lookaround: then whether it matches at a
 * place depends only on the characters from there on (and `\b` on a neighbour that a line break
 * stands in for), so a search over texts joined by line breaks finds every text that has a match on
 * its own. Conservative: a `^` in a class (`[^a]`) also counts, and only costs speed.
 */
function isLocal(source: string): boolean {
  const bare = source.replace(/\\[\s\S]/g, '');
  return !/[\^$]|\(\?<?[=!]/.test(bare);
}
