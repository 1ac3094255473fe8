import { q, type Text } from '../i18n/index.js';
import type { AgendaItem, Position } from '../model/index.js';
import { TRAILING_REFS } from '../parse/lexicon/structure.js';
import { defineRule } from './define-rule.js';

// A numbered line that reads like an agenda title: "4. Vaststellen advies …" (not "1. een punt").
const NUMBERED_TITLE = /^[ \t]{0,3}(\d{1,2})([a-z]?)[.)][ \t]+(\S.*)$/u;
const TITLE_START = /^[\p{Lu}“"'‘([]/u;

interface Numbered {
  n: number;
  suffix: string;
  title: string;
  position: Position;
}

const gap: Text<{ number: string; title: string; previous: string; missing: string[]; line: number }> = {
  en: (p) =>
    `Agenda item ${p.number} ${q(p.title)} (line ${p.line}) follows item ${p.previous}: ${p.missing.length === 1 ? `item ${p.missing[0]} is` : `items ${p.missing.join(', ')} are`} missing; expected the items to run on without a gap`,
  nl: (p) =>
    `Agendapunt ${p.number} ${q(p.title)} (regel ${p.line}) volgt op agendapunt ${p.previous}: ${p.missing.length === 1 ? `agendapunt ${p.missing[0]} ontbreekt` : `agendapunten ${p.missing.join(', ')} ontbreken`}; verwacht een doorlopende nummering`,
};
const duplicate: Text<{ number: string; title: string; first: string; firstLine: number; expected: string }> = {
  en: (p) => `Agenda item number ${p.number} is used twice: ${q(p.title)} and ${q(p.first)} (line ${p.firstLine}); expected ${p.expected}`,
  nl: (p) => `Agendapuntnummer ${p.number} komt twee keer voor: ${q(p.title)} en ${q(p.first)} (regel ${p.firstLine}); verwacht ${p.expected}`,
};
const backwards: Text<{ number: string; title: string; previous: string }> = {
  en: (p) => `Agenda item ${p.number} ${q(p.title)} comes after item ${p.previous}; expected the numbers to go up`,
  nl: (p) => `Agendapunt ${p.number} ${q(p.title)} staat na agendapunt ${p.previous}; verwacht een oplopende nummering`,
};

/**
 * Agenda items run 1, 2, 3 … (or 5a, 5b) with no gap or duplicate. The parser accepts items only
 * as a chain that counts up, so a numbered title that breaks the chain ends up as a list line in
 * the item before it; this rule looks for those lines too, in the record's paragraphs.
 */
export default defineRule({
  id: 'agenda-numbering',
  severity: 'error',
  description: 'Agenda items are numbered 1, 2, 3 … with no gap, duplicate or step back.',
  why: 'Decisions and later verslagen refer to items by number; a gap usually means an item was lost or merged.',
  check(ctx) {
    const items = ctx.record.agenda;
    // Markdown from Word prints every item as "1."; the parser numbers them by order.
    if (items.some((i) => i.printedNumber !== undefined)) return;
    const label = (n: Numbered) => `${n.n}${n.suffix}`;
    const chain: Numbered[] = items.map(asNumbered).filter((n): n is Numbered => n !== undefined);
    for (let i = 1; i < chain.length; i++) compare(chain[i - 1]!, chain[i]!, chain);
    // Numbered titles the parser left in an item body because they broke the chain.
    items.forEach((item, index) => {
      let previous = asNumbered(item);
      if (!previous) return;
      const next = items[index + 1] ? asNumbered(items[index + 1]!) : undefined;
      for (const numbered of strayTitles(ctx.lines.lines, item)) {
        // A list inside the item that starts at 1 is a list, not agenda items.
        if (numbered.n === 1) break;
        if (numbered.n === previous.n && numbered.suffix === previous.suffix) {
          report('duplicate', numbered, previous);
          continue;
        }
        if (next || numbered.n <= previous.n + 1) break;
        report('gap', numbered, previous);
        previous = numbered;
      }
    });

    function compare(a: Numbered, b: Numbered, all: Numbered[]): void {
      if (b.n === a.n && b.suffix === a.suffix) report('duplicate', b, all.find((x) => x.n === b.n && x.suffix === b.suffix)!);
      else if (b.n > a.n + 1) report('gap', b, a);
      else if (b.n < a.n) {
        ctx.report({ message: ctx.t(backwards, { number: label(b), title: b.title, previous: label(a) }), position: b.position, actual: label(b) });
      }
    }

    function report(kind: 'gap' | 'duplicate', at: Numbered, previous: Numbered): void {
      if (kind === 'gap') {
        const missing: string[] = [];
        for (let k = previous.n + 1; k < at.n; k++) missing.push(String(k));
        ctx.report({
          message: ctx.t(gap, { number: label(at), title: at.title, previous: label(previous), missing, line: at.position.start.line }),
          position: at.position,
          actual: label(at),
          expected: [String(previous.n + 1)],
        });
      } else {
        ctx.report({
          message: ctx.t(duplicate, { number: label(at), title: at.title, first: previous.title, firstLine: previous.position.start.line, expected: String(previous.n + 1) }),
          position: at.position,
          actual: label(at),
          expected: [String(previous.n + 1)],
          related: [{ position: previous.position, note: `item ${label(previous)}` }],
        });
      }
    }
  },
});

function asNumbered(item: AgendaItem): Numbered | undefined {
  const m = /^(\d+)([a-z]?)$/.exec(item.number);
  return m ? { n: Number(m[1]), suffix: m[2]!, title: item.title, position: item.position } : undefined;
}

/** List paragraphs of an item whose source line is a numbered, capitalised title. */
function* strayTitles(lines: string[], item: AgendaItem): Generator<Numbered> {
  for (const p of item.paragraphs) {
    if (p.kind !== 'list') continue;
    const raw = lines[p.position.start.line - 1] ?? '';
    const m = NUMBERED_TITLE.exec(raw);
    if (!m || !TITLE_START.test(m[3]!)) continue;
    const lineStart = p.position.start.offset - (p.position.start.column - 1);
    const lead = raw.length - raw.trimStart().length;
    yield {
      n: Number(m[1]),
      suffix: m[2]!,
      title: m[3]!.replace(TRAILING_REFS, '').trim(),
      position: {
        start: { line: p.position.start.line, column: lead + 1, offset: lineStart + lead },
        end: { line: p.position.start.line, column: raw.trimEnd().length + 1, offset: lineStart + raw.trimEnd().length },
      },
    };
  }
}
