import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/index.js';
import { formatGithub } from '../../src/report/github.js';
import { formatJson } from '../../src/report/json.js';
import { formatJunit } from '../../src/report/junit.js';
import { sortReports } from '../../src/report/sort.js';
import { formatStylish } from '../../src/report/stylish.js';

const at = (line: number, column: number) => ({ start: { line, column, offset: 0 }, end: { line, column: column + 3, offset: 3 } });
const d = (line: number, column: number, ruleId: string, severity: Diagnostic['severity'], reason: string): Diagnostic => ({
  reason,
  ruleId,
  source: 'verslag:rule',
  severity,
  position: at(line, column),
});

const REPORTS = [
  { path: 'b.txt', diagnostics: [d(12, 4, 'name-variant', 'warning', '‘Haroon Sheik’ looks like ‘Haroon Sheikh’')] },
  { path: 'a.txt', diagnostics: [d(3, 1, 'date-weekday', 'error', 'wrong day'), d(2, 9, 'header-fields', 'warning', 'no chair'), d(2, 9, 'date-weekday', 'error', 'earlier id')] },
  { path: 'c.txt', diagnostics: [] },
];

describe('sorting', () => {
  it('orders files by path and findings by line, column and rule id, whatever order they came in', () => {
    const sorted = sortReports(REPORTS);
    expect(sorted.map((r) => r.path)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(sorted[0]!.diagnostics.map((x) => `${x.position!.start.line}:${x.position!.start.column} ${x.ruleId}`)).toEqual(['2:9 date-weekday', '2:9 header-fields', '3:1 date-weekday']);
    expect(sortReports([...REPORTS].reverse())).toEqual(sorted);
  });
});

describe('stylish', () => {
  it('prints aligned lines per file and a count, without colour when told so', () => {
    expect(formatStylish(sortReports(REPORTS), { lang: 'en', color: false })).toBe(
      [
        '',
        'a.txt',
        '  2:9  error    earlier id  date-weekday',
        '  2:9  warning  no chair  header-fields',
        '  3:1  error    wrong day  date-weekday',
        '',
        'b.txt',
        '  12:4  warning  ‘Haroon Sheik’ looks like ‘Haroon Sheikh’  name-variant',
        '',
        '✖ 4 problems (2 errors, 2 warnings)',
        '',
      ].join('\n'),
    );
  });

  it('counts in Dutch with --lang nl, and prints nothing when there is nothing to say', () => {
    expect(formatStylish(sortReports(REPORTS), { lang: 'nl', color: false })).toContain('✖ 4 problemen (2 fouten, 2 waarschuwingen)');
    expect(formatStylish([{ path: 'c.txt', diagnostics: [] }], { lang: 'en', color: false })).toBe('');
  });

  it('colours with ANSI codes only when colour is on', () => {
    expect(formatStylish(sortReports(REPORTS), { lang: 'en', color: true })).toContain('\u001b[');
    expect(formatStylish(sortReports(REPORTS), { lang: 'en', color: false })).not.toContain('\u001b[');
  });

  it('makes escape sequences from the verslag visible instead of sending them to the terminal', () => {
    const out = formatStylish([{ path: 'x.txt', diagnostics: [d(1, 1, 'text-artefact', 'warning', 'has \u001b[2J here')] }], { lang: 'en', color: false });
    expect(out).toContain('has \\x1b[2J here');
    expect(out).not.toContain('\u001b');
  });
});

describe('json', () => {
  it('gives each file with its counts and diagnostics as the model writes them', () => {
    const parsed = JSON.parse(formatJson(sortReports(REPORTS)));
    expect(parsed.map((f: { path: string; errorCount: number; warningCount: number }) => [f.path, f.errorCount, f.warningCount])).toEqual([
      ['a.txt', 2, 1],
      ['b.txt', 0, 1],
      ['c.txt', 0, 0],
    ]);
    expect(parsed[1].diagnostics[0]).toEqual(REPORTS[0]!.diagnostics[0]);
  });
});

describe('github', () => {
  it('writes one workflow command per finding, escaping data and properties', () => {
    const out = formatGithub([{ path: 'map, met: komma.txt', diagnostics: [d(2, 9, 'header-fields', 'warning', '100% sure\nnext line')] }]);
    expect(out).toBe('::warning file=map%2C met%3A komma.txt,line=2,col=9,endLine=2,endColumn=12,title=header-fields::100%25 sure%0Anext line\n');
  });
});

describe('junit', () => {
  it('gives a testsuite per file, a failing testcase per finding and a passing one for a clean file, all escaped', () => {
    const out = formatJunit(sortReports([{ path: 'a&b.txt', diagnostics: [d(1, 2, 'name-variant', 'warning', '‘A’ <> "B" \u0007')] }, { path: 'c.txt', diagnostics: [] }]));
    expect(out).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="verslag validate" tests="2" failures="1" errors="0">',
        '  <testsuite name="a&amp;b.txt" tests="1" failures="1" errors="0">',
        '    <testcase classname="a&amp;b.txt" name="1:2 name-variant">',
        '      <failure type="warning" message="‘A’ &lt;&gt; &quot;B&quot; \\u0007">a&amp;b.txt:1:2 warning ‘A’ &lt;&gt; &quot;B&quot; \\u0007 (name-variant)</failure>',
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="c.txt" tests="1" failures="0" errors="0">',
        '    <testcase classname="c.txt" name="verslag validate"/>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });
});
