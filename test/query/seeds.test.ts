import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { hasShared, SHARED } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

/** The acceptance of issue 6 on the seeds, scored against the hand annotations in ../shared/gold/. */

interface Gold {
  decisions?: Array<{ item: string; line: number; subject: string; outcome: string; unanimous: boolean; amended: boolean }>;
  turns?: Array<{ line: number; speaker: string | null; uncertain?: boolean }>;
  speakers?: Array<{ name: string; geleding?: string }>;
}

const SEEDS = [
  { input: 'fixtures/parse/seed-000/input.txt', gold: '000_fb3833134d3ae36f.txt.gold.yaml' },
  { input: 'fixtures/parse/seed-001/input.txt', gold: '001_9dd7416cea971a2f.txt.gold.yaml' },
];

if (!hasShared) console.log('test/query/seeds: ../shared/gold is absent; the gold acceptance tests are skipped');

const gold = (file: string): Gold => parseYaml(readFileSync(join(SHARED, 'gold', file), 'utf8')) as Gold;
const key = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

interface Match {
  kind: string;
  line_number: number;
  item: { number: string } | null;
  speaker: { name: string; geleding: string | null } | null;
  decision?: { subject: string; outcome: string; unanimous: boolean; amended: boolean };
  text: { text: string };
  position: { start: { line: number } };
  submatches: Array<{ match: { text: string }; start: number; end: number; position: { start: { line: number; column: number; offset: number }; end: { line: number; column: number; offset: number } } }>;
}

/** Run `query --json` and return the match objects (every line must parse). */
async function matches(argv: string[]): Promise<Match[]> {
  const r = await runCli(['query', '--json', ...argv]);
  expect(r.stderr).toBe('');
  const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { type: string; data: unknown });
  return lines.filter((l) => l.type === 'match').map((l) => l.data as Match);
}

/** Start lines of the paragraphs of each contribution hit: `--kind paragraph` gives them one each. */
async function paragraphLines(argv: string[], file: string): Promise<number[]> {
  return (await matches(['--kind', 'paragraph', ...argv, file])).map((m) => m.line_number).sort((a, b) => a - b);
}

/** The gold's turn lines of these speakers, and the lines marked uncertain (not scored). */
function goldLines(g: Gold, speakers: Set<string>): { lines: number[]; uncertain: Set<number> } {
  const turns = (g.turns ?? []).filter((t) => t.speaker !== null && speakers.has(key(t.speaker)));
  return {
    lines: turns.filter((t) => !t.uncertain).map((t) => t.line).sort((a, b) => a - b),
    uncertain: new Set((g.turns ?? []).filter((t) => t.uncertain).map((t) => t.line)),
  };
}

describe.skipIf(!hasShared)('verslag query on the seeds, against the gold', () => {
  it.each(SEEDS)('--geleding werknemers returns exactly the werknemers speakers’ contributions ($input)', async ({ input, gold: file }) => {
    const g = gold(file);
    const werknemers = new Set((g.speakers ?? []).filter((s) => s.geleding === 'werknemers').map((s) => key(s.name)));
    const want = goldLines(g, werknemers);
    const got = (await paragraphLines(['--geleding', 'werknemers'], input)).filter((l) => !want.uncertain.has(l));
    expect(got).toEqual(want.lines);
    // And the default kind groups those paragraphs into contributions of werknemers speakers only.
    const contributions = await matches(['--geleding', 'werknemers', input]);
    expect(contributions.length).toBeGreaterThan(0);
    for (const c of contributions) expect(werknemers.has(key(c.speaker!.name))).toBe(true);
  });

  it('--speaker "van selm" finds Van Selm’s contributions', async () => {
    const { input, gold: file } = SEEDS[1]!;
    const want = goldLines(gold(file), new Set(['van selm']));
    expect(want.lines.length).toBeGreaterThan(5);
    const got = (await paragraphLines(['--speaker', 'van selm'], input)).filter((l) => !want.uncertain.has(l));
    expect(got).toEqual(want.lines);
    const contributions = await matches(['--speaker', 'van selm', input]);
    expect(new Set(contributions.map((c) => c.speaker?.name))).toEqual(new Set(['Van Selm']));
  });

  it('--kind decision returns the four decisions of the seeds', async () => {
    const want = SEEDS.flatMap(({ gold: file }) => (gold(file).decisions ?? []).map((d) => [d.item, d.line, d.subject, d.outcome, d.unanimous, d.amended]));
    expect(want).toHaveLength(4);
    const got = (await matches(['--kind', 'decision', ...SEEDS.map((s) => s.input)])).map((m) => [
      m.item?.number,
      m.line_number,
      m.decision?.subject,
      m.decision?.outcome,
      m.decision?.unanimous,
      m.decision?.amended,
    ]);
    expect(got).toEqual(want);
  });
});

describe('verslag query on seed 000: a phrase split over a line break', () => {
  it('is found on the normalised text and mapped back to both original lines', async () => {
    const input = SEEDS[0]!.input;
    const source = readFileSync(input, 'utf8');
    // "Spreekster" ends line 15, "bestudeert" begins line 16.
    expect(source.split('\n')[14]).toMatch(/Spreekster$/);
    const [hit, ...rest] = await matches(['--kind', 'paragraph', '-e', 'Spreekster bestudeert', input]);
    expect(rest).toHaveLength(0);
    const m = hit!.submatches[0]!;
    expect(m.match.text).toBe('Spreekster bestudeert');
    expect(hit!.text.text.slice(m.start, m.end)).toBe('Spreekster bestudeert');
    expect(m.position.start).toEqual({ line: 15, column: source.split('\n')[14]!.indexOf('Spreekster') + 1, offset: m.position.start.offset });
    expect(m.position.end).toMatchObject({ line: 16, column: 11 });
    expect(source.slice(m.position.start.offset, m.position.end.offset)).toBe('Spreekster\nbestudeert');
  });

  it('finds "UN-richtlijnen" where the hyphen ends a line (kept: UN is not lower case)', async () => {
    const input = SEEDS[0]!.input;
    const source = readFileSync(input, 'utf8');
    const [hit] = await matches(['--kind', 'paragraph', '-F', '-e', 'UN-richtlijnen', input]);
    const m = hit!.submatches[0]!;
    expect(source.slice(m.position.start.offset, m.position.end.offset)).toBe('UN-\nrichtlijnen');
    expect(m.position.start.line).toBe(310);
  });
});
