import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { comparable, parseBytes, toMarkdown, type Verslag } from '../../src/index.js';
import { loadMarkdownReader } from '../../src/api/markdown-reader.js';
import { cases, corpusFiles, SHARED } from '../helpers/fixtures.js';
import { checkInvariants } from '../helpers/invariants.js';
import { syntheticRecord } from './synthetic.js';

// parseBytes reads exports once the reader is loaded (parseFile and the CLI load it themselves).
beforeAll(loadMarkdownReader);

// parse(export markdown(parse(x))) equals parse(x), positions aside: `comparable` (src/export/comparable.ts)
// says which fields count. Each case also reports what it compared, so an empty record can't pass unnoticed.
function roundTrip(record: Verslag): Verslag {
  const markdown = toMarkdown(record);
  return parseBytes(Buffer.from(markdown), { path: 'export.md' });
}

const files = corpusFiles();
if (files.length === 0) console.log('corpus round trip skipped: ../shared/corpus is not beside this checkout');

describe('Markdown round trip', () => {
  for (const c of cases('parse')) {
    it(`fixture ${c.name} reads back into the same record`, () => {
      const record = parseBytes(readFileSync(c.input), { path: c.input });
      const back = roundTrip(record);
      expect(comparable(back)).toEqual(comparable(record));
      expect(back.diagnostics).toEqual([]);
      expect(back.source.format).toBe('markdown');
      // Positions and segments of the read-back record are sound in the Markdown file. Lines of the
      // front matter and of the writer's annotations belong to no paragraph, so coverage is not asked.
      const problems = checkInvariants(back, toMarkdown(record)).filter((p) => !p.includes(' is in no record'));
      expect(problems).toEqual([]);
    });
  }

  for (const file of files) {
    it(`corpus ${file} reads back into the same record`, () => {
      const record = parseBytes(readFileSync(join(SHARED, 'corpus', file)), { path: file });
      expect(comparable(roundTrip(record))).toEqual(comparable(record));
    });
  }

  it('a hand-built record with speakers, also, decisions, actions and every paragraph kind reads back the same', () => {
    const record = syntheticRecord();
    const back = roundTrip(record);
    expect(back.diagnostics).toEqual([]);
    expect(comparable(back)).toEqual(comparable(record));
    // The comparison covers what the issue names; check a few of them by hand too.
    const item = back.agenda[1]!;
    expect(item.decisions[0]).toMatchObject({ subject: 'briefadvies', unanimous: true, amended: true, votes: { for: 20, against: 3, abstain: 1 } });
    expect(item.decisions[1]!.votes).toEqual({});
    expect(item.actions.map((a) => [a.who, a.speakerId])).toEqual([['Kuik', 'kuik'], ['Secretariaat', 'de-vries-2'], ['Prins', undefined]]);
    expect(item.paragraphs[3]!.also?.map((r) => r.id)).toEqual(['de-vries-2', 'hamer']);
    expect(back.speakers.find((s) => s.id === 'de-vries-1')!.evidence.map((e) => e.kind)).toEqual(['organisation']);
  });

  it('round trips twice to the same Markdown (the export is stable)', () => {
    const once = toMarkdown(syntheticRecord());
    const twice = toMarkdown(parseBytes(Buffer.from(once), { path: 'x.md' }));
    // Only the provenance line differs: the second export's source is the first export.
    const strip = (md: string) => md.replace(/\nsource:\n(?: {2}.*\n)+/, '\n');
    expect(strip(twice)).toBe(strip(once));
  });

  it('positions of the read-back record point into the Markdown file', () => {
    const markdown = toMarkdown(syntheticRecord());
    const back = parseBytes(Buffer.from(markdown), { path: 'x.md' });
    const lines = markdown.split('\n');
    const item = back.agenda[1]!;
    expect(lines[item.position.start.line - 1]).toBe("## 5a. Vaststelling (brief)advies 'Nadere bevindingen'");
    const geel = item.paragraphs[1]!;
    expect(lines[geel.position.start.line - 1]).toMatch(/^\*\*Geel\*\* \(werkgevers\): Mevrouw Geel/);
    // Segments map the text back: the first character of the text is where its segment says.
    const [t, s] = geel.segments[0]!;
    expect(markdown[s]).toBe(geel.text[t]);
  });
});
