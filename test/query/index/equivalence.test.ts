import { cpSync, mkdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dirname } from 'node:path';
import { generateArchive } from '../../../scripts/gen-archive/index.js';
import { tempDir } from '../../archive/helpers.js';
import { cases, corpusFiles, FIXTURES, SHARED } from '../../helpers/fixtures.js';
import { runCli } from '../../helpers/run-cli.js';

/**
 * The core promise of the query index: `verslag query --cache` prints what `verslag query` prints,
 * byte for byte, whether the index is being built, is read back, or holds a file that has changed
 * since. Over the parser fixtures, the query golden file, a small generated archive and (when it is
 * there) the shared corpus, copied to a temporary folder so a file can be edited.
 */
const QUERIES: string[][] = [
  ['-e', 'kleine bedrijven'],
  // A phrase over a hard wrap in seed 000 ("… te vertalen naar\nde coronamaatregelen").
  ['-e', 'naar de coronamaatregelen'],
  ['--json', '-e', 'naar de coronamaatregelen'],
  ['-i', '-e', 'ADVIES'],
  ['-S', '-e', 'raad'],
  ['-S', '-e', 'Raad'],
  ['-F', '-e', 'dhr.', '-e', '(R/'],
  // Beyond Latin-1: only in files whose text the index keeps as UTF-16.
  ['-F', '-e', '‘stand van het land’', '-e', 'Raad'],
  ['-e', 'advies', '-e', 'verslag'],
  ['--speaker', 'voorzitter', '-e', 'de'],
  ['--geleding', 'werknemers'],
  ['--item', '2', '-e', 'advies'],
  ['--item', 'rondvraag'],
  ['--from', '2018', '--to', '2019-06', '-e', 'het'],
  ['--kind', 'paragraph', '-e', 'vergadering'],
  ['--kind', 'paragraph', '--count'],
  ['--json', '-e', 'advies'],
  ['--count', '-e', 'het'],
  ['--format', 'csv', '-e', 'advies'],
  ['--format', 'jsonl', '--kind', 'paragraph', '-e', 'werkgevers'],
  ['--stats'],
  ['--stats', '--by', 'item', '-e', 'advies'],
  ['-C', '2', '-e', 'advies'],
  ['--kind', 'paragraph', '-C', '1', '-e', 'sluit'],
  // Not local (anchors, lookaround): every paragraph is searched on its own.
  ['-e', '^De voorzitter'],
  ['-e', '\\.$'],
  ['-e', '(?<=de )raad'],
  ['--kind', 'paragraph', '-e', '[^a-z]{3}'],
  // Matches that run on over a paragraph's end in the joined text, or are empty.
  ['-e', 'n[\\s\\S]{0,4}D'],
  ['-e', 'zz*'],
  ['-e', '\\bwet\\b'],
  // Kinds the index does not answer: the records do, as without a cache.
  ['--kind', 'decision', '-e', 'vastgesteld'],
  ['--kind', 'speaker', '--geleding', 'werkgevers'],
];

describe('query --cache gives what query gives (the query index)', () => {
  const temp = tempDir();
  const root = temp.dir;
  const cache = join(root, '.verslag-cache');
  const corpus = corpusFiles();
  // Without ../shared there is no corpus folder to name (a missing path would make every run exit 2).
  const paths = corpus.length > 0 ? ['fixtures', 'gen', 'corpus'] : ['fixtures', 'gen'];

  beforeAll(async () => {
    for (const file of generateArchive({ files: 24, seed: 11 }).files()) {
      mkdirSync(dirname(join(root, 'gen', file.path)), { recursive: true });
      writeFileSync(join(root, 'gen', file.path), file.text);
    }
    for (const c of [...cases('parse'), { name: 'golden', input: join(FIXTURES, 'query', 'golden', 'input.txt') }]) {
      cpSync(c.input, join(root, 'fixtures', c.name, 'input.txt'));
    }
    if (corpus.length === 0) console.log(`query index equivalence: no corpus at ${join(SHARED, 'corpus')}, its files are left out`);
    for (const f of corpus) cpSync(join(SHARED, 'corpus', f), join(root, 'corpus', f));
    // A file stands for its stamp only once it is older than the file system's tick (file-stamp.ts).
    await new Promise((r) => setTimeout(r, 3100));
  }, 20_000);
  afterAll(() => temp.remove());

  const query = (args: string[], cached: boolean) => runCli(['query', '-q', '-j', '1', ...(cached ? ['--cache-location', cache] : []), ...args, ...paths], { cwd: root });

  it('every query, while the index is built and once it is read back', async () => {
    expect((await query(['--count'], false)).stdout.split('\n').length).toBeGreaterThan(30);
    for (const args of QUERIES) {
      const plain = await query(args, false);
      // Built from the content cache's entries (no index file), then read from the index.
      rmSync(join(cache, 'query-index'), { recursive: true, force: true });
      const building = await query(args, true);
      const indexed = await query(args, true);
      for (const run of [building, indexed]) {
        expect({ args, out: run.stdout, err: run.stderr, code: run.code }).toEqual({ args, out: plain.stdout, err: plain.stderr, code: plain.code });
      }
    }
  }, 120_000);

  it('on a terminal too: matches drawn in colour, the same from the index', async () => {
    for (const args of [['-e', 'kleine bedrijven'], ['-S', '-e', 'raad'], ['--kind', 'paragraph', '-C', '1', '-e', 'sluit'], ['-e', 'n[\\s\\S]{0,4}D']]) {
      const coloured = (cached: boolean) => runCli(['query', '-q', '-j', '1', ...(cached ? ['--cache-location', cache] : []), ...args, ...paths], { cwd: root, tty: true, env: { NO_COLOR: '' } });
      const plain = await coloured(false);
      expect(plain.stdout, args.join(' ')).toContain('\x1b[31m');
      rmSync(join(cache, 'query-index'), { recursive: true, force: true });
      for (const run of [await coloured(true), await coloured(true)]) {
        expect({ args, out: run.stdout, code: run.code }).toEqual({ args, out: plain.stdout, code: plain.code });
      }
    }
  }, 60_000);

  it('the queries find something: a phrase over a hard wrap, filters, each output', async () => {
    const wrapped = await query(['--count', '-e', 'naar de coronamaatregelen'], false);
    expect(wrapped.stdout).toBe('fixtures/seed-000/input.txt:1\n');
    for (const args of [['--speaker', 'voorzitter', '-e', 'de'], ['--item', 'rondvraag'], ['--from', '2018', '--to', '2019-06', '-e', 'het'], ['-e', '^De voorzitter'], ['-e', 'n[\\s\\S]{0,4}D']]) {
      expect((await query(args, true)).code, args.join(' ')).toBe(0);
    }
  });

  it('after a file changes with its size and mtime kept (only its ctime moves)', async () => {
    const file = join(root, 'fixtures', 'golden', 'input.txt');
    const before = await query(['--json', '-e', 'bedrijven'], true);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('kleine bedrijven');
    const { atime, mtime } = statSync(file);
    writeFileSync(file, text.replace('kleine bedrijven', 'kleine bedrijfen'));
    utimesSync(file, atime, mtime);
    await new Promise((r) => setTimeout(r, 50));
    for (const args of [['--json', '-e', 'bedrijven'], ['-e', 'bedrijfen'], ['--count', '-e', 'kleine']]) {
      const plain = await query(args, false);
      const indexed = await query(args, true);
      expect({ args, out: indexed.stdout, code: indexed.code }).toEqual({ args, out: plain.stdout, code: plain.code });
    }
    const after = await query(['--json', '-e', 'bedrijven'], true);
    expect(after.stdout).not.toBe(before.stdout);
  });
});
