import { type Lang, q, type Text } from '../i18n/index.js';
import type { Diagnostic, Position } from '../model/index.js';
import type { Lines } from '../source/index.js';
import { span } from './support/positions.js';

/**
 * Inline suppression, one syntax for .txt and .md: an HTML comment, which Markdown does not
 * render and a notulist can type anywhere.
 *
 *   <!-- verslag-disable name-variant, speaker-unlisted -->   off from here …
 *   <!-- verslag-enable name-variant -->                      … on again from here
 *   <!-- verslag-disable-next-line name-variant -- two people, not one -->
 *
 * No ids means every rule. Text after ` -- ` is the reason, for the reader.
 */
const DIRECTIVE = /<!--[ \t]*verslag-(disable-next-line|disable|enable)\b([^\n]*?)-->/g;

export const UNUSED_ID = 'unused-suppression';

export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line';
  /** null: every rule. */
  ids: string[] | null;
  line: number;
  position: Position;
  written: string;
}

export function readDirectives(lines: Lines): Directive[] {
  const out: Directive[] = [];
  DIRECTIVE.lastIndex = 0;
  const text = lines.text;
  for (let m = DIRECTIVE.exec(text); m; m = DIRECTIVE.exec(text)) {
    const spec = m[2]!.split(/\s--\s|\s--$/)[0]!.trim();
    const ids = spec ? spec.split(/[\s,]+/).filter(Boolean) : null;
    const position = span(lines, m.index, m.index + m[0].length);
    out.push({ kind: m[1] as Directive['kind'], ids, line: position.start.line, position, written: m[0] });
  }
  return out;
}

const unused: Text<{ written: string; id: string | null }> = {
  en: (p) => `${q(p.written)} suppresses nothing: there is no ${p.id ?? ''}${p.id ? ' ' : ''}finding for it to hide; expected the comment removed`,
  nl: (p) => `${q(p.written)} onderdrukt niets: er is geen ${p.id ? `${p.id}-` : ''}melding om te verbergen; verwacht het commentaar verwijderd`,
};
const unknown: Text<{ written: string; id: string }> = {
  en: (p) => `${q(p.written)} names ${q(p.id)}, which is not a rule id; expected one of the ids that verslag validate --help lists`,
  nl: (p) => `${q(p.written)} noemt ${q(p.id)}, maar dat is geen regel; verwacht een van de regels die verslag validate --help noemt`,
};

interface Scope {
  directive: Directive;
  id: string | null;
  from: number;
  to: number;
  used: boolean;
}

/**
 * Drop the findings the directives suppress; report directives that suppress nothing, and ids
 * that are no rule. Findings without a position (about the whole file) are never suppressed inline.
 */
export function applySuppressions(
  diagnostics: Diagnostic[],
  directives: Directive[],
  options: { knownIds: ReadonlySet<string>; lines: Lines; lang: Lang },
): { kept: Diagnostic[]; problems: Array<Omit<Diagnostic, 'severity' | 'source' | 'ruleId'>> } {
  const scopes: Scope[] = [];
  const problems: Array<Omit<Diagnostic, 'severity' | 'source' | 'ruleId'>> = [];
  const open = new Map<string | null, Scope[]>();
  const lastLine = options.lines.lines.length;
  for (const d of directives) {
    for (const id of d.ids ?? [null]) {
      if (id !== null && !options.knownIds.has(id)) {
        problems.push({ reason: unknown[options.lang]({ written: d.written, id }), position: d.position, actual: id });
        continue;
      }
      if (d.kind === 'disable-next-line') {
        const next = nextTextLine(options.lines, d.line);
        scopes.push({ directive: d, id, from: next, to: next, used: false });
      } else if (d.kind === 'disable') {
        const scope = { directive: d, id, from: d.line, to: lastLine, used: false };
        scopes.push(scope);
        open.set(id, [...(open.get(id) ?? []), scope]);
      } else {
        // "enable x" ends "disable x" and "disable" (all) scopes that are still open.
        for (const key of id === null ? [...open.keys()] : [id, null]) {
          for (const scope of open.get(key) ?? []) if (scope.to === lastLine && scope.from <= d.line) scope.to = d.line;
          if (id === null || key === id) open.delete(key);
        }
      }
    }
  }
  const kept = diagnostics.filter((diag) => {
    if (!diag.position) return true;
    const line = diag.position.start.line;
    const hit = scopes.filter((s) => (s.id === null || s.id === diag.ruleId) && line >= s.from && line <= s.to);
    for (const s of hit) s.used = true;
    return hit.length === 0;
  });
  for (const s of scopes) {
    if (!s.used) problems.push({ reason: unused[options.lang]({ written: s.directive.written, id: s.id }), position: s.directive.position, ...(s.id ? { actual: s.id } : {}) });
  }
  return { kept, problems };
}

/** The first line after `line` with text on it (the line a next-line directive covers). */
function nextTextLine(lines: Lines, line: number): number {
  for (let l = line + 1; l <= lines.lines.length; l++) if (lines.lines[l - 1]!.trim() !== '') return l;
  return line + 1;
}
